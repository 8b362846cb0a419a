package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A sentence opening with a subjectless gerund states what the article's focus agent does (real CoreNLP). */
class ImplicitAgentRulesTest {
    private static final String TEXT = "Germany wants closer ties with Norway. Germany signed a gas deal on Monday. "
            + "Building stronger ties with Sweden helps Germany cut its reliance on imports. "
            + "According to Bud Bunce, Perez has been a priest in Corvallis for ten years. "
            + "Speaking to reporters, Olaf Scholz said Poland had agreed. "
            + "Boeing spokesman Paul Lewis declined to comment on the deal. "
            + "Acting Labor Secretary Julie Su met negotiators in Washington on Monday.";

    private static Extractor.Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("implicit-agent-article", TEXT);
    }

    private static String relations() {
        return HandWrittenArticle.relations(extraction);
    }

    private static boolean germanyDoesIn(String sentenceStart) {
        String germany = HandWrittenArticle.idOf(extraction, "Germany");
        return extraction.annotation().relations().stream()
                .anyMatch(r -> r.subject().equals(germany) && r.evidence().startsWith(sentenceStart));
    }

    @Test
    void theFocusAgentDoesWhatASubjectlessGerundSays() {
        assertTrue(germanyDoesIn("Building stronger ties"), relations());
    }

    @Test
    void aPrepositionOrAClauseWithItsOwnSubjectIsNoGerundOfTheFocus() {
        assertFalse(germanyDoesIn("According to") || germanyDoesIn("Speaking to"), relations());
    }

    @Test
    void aNameEndingInIngIsNoGerund() {
        assertFalse(germanyDoesIn("Boeing spokesman"), relations());
    }

    @Test
    void aParticipleQualifyingANamedHoldersTitleIsNoGerund() {
        assertFalse(germanyDoesIn("Acting Labor Secretary"), relations());
    }
}
