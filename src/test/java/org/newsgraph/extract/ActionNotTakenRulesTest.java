package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verbs whose action the sentence does not give to the names around them: negated, refused, done by someone else in
 * a relative clause, or directed against what a call names (real CoreNLP).
 */
class ActionNotTakenRulesTest {
    private static final String TEXT = "Germany, whose carmakers Volkswagen and BMW sell millions of cars in China, "
            + "opposed the tariffs. Hungary, where BYD is building a factory in Szeged, abstained.\n"
            + "Microsoft declined to comment on the FTC's requests.\n"
            + "Canada did not cooperate with Mexico on the inquiry. Canada and Brazil do not cooperate on trade, "
            + "while Canada and Chile cooperate on mining.\n"
            + "The World Health Organization urged governments to close gaps in vaccination coverage.";

    private static Extractor.Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("actions-not-taken", TEXT);
    }

    private static boolean relatesBy(String label, String verb) {
        String id = HandWrittenArticle.idOf(extraction, label);
        return extraction.annotation().relations().stream()
                .anyMatch(r -> (r.subject().equals(id) || r.object().equals(id)) && verb.equals(r.verb()));
    }

    private static void assertNotRelated(String subject, String predicate, String object) {
        assertFalse(HandWrittenArticle.relates(extraction, subject, predicate, object),
                HandWrittenArticle.relations(extraction));
    }

    @Test
    void theAntecedentOfARelativeClauseWithItsOwnSubjectDoesNotAct() {
        assertFalse(relatesBy("Germany", "sell"), HandWrittenArticle.relations(extraction));
        assertNotRelated("Hungary", "relatedTo", "Szeged");
        assertNotRelated("Szeged", "relatedTo", "Hungary");
    }

    @Test
    void anActionDeclinedOrNegatedRelatesNoOne() {
        assertFalse(relatesBy("Microsoft", "comment"), HandWrittenArticle.relations(extraction));
        assertNotRelated("Canada", "cooperatesWith", "Mexico");
        assertNotRelated("Canada", "cooperatesWith", "Brazil");
        assertTrue(HandWrittenArticle.relates(extraction, "Canada", "cooperatesWith", "Chile"),
                HandWrittenArticle.relations(extraction));
    }

    @Test
    void aCallToActAgainstSomethingDoesNotAdvocateIt() {
        String who = HandWrittenArticle.idOf(extraction, "World Health Organization");
        String relations = HandWrittenArticle.relations(extraction);
        assertTrue(extraction.annotation().claims().stream().anyMatch(c -> c.source().equals(who)
                && c.text().equals("to close gaps in vaccination coverage")), extraction.annotation().claims().toString());
        assertTrue(extraction.annotation().relations().stream()
                .noneMatch(r -> r.subject().equals(who) && r.predicate().equals("advocates")), relations);
    }
}
