package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.RelationSpec;

/** Partners that act together and the area their relationship applies to (real CoreNLP). */
class CooperationRulesTest {
    private static final String TEXT = "Canada and Mexico cooperate closely on counter-terrorism and organised crime. "
            + "Canada cooperates with Japan on issues like cyber security and drug trafficking. "
            + "Canada and Brazil met in Ottawa.";

    /** A possessive in a conjunction, which coreference may give to the wrong name. */
    private static final String COALITION = "Opposition gains as Japan's ruling coalition loses its majority\n\n"
            + "TOKYO — Japan's ruling Liberal Democratic Party and its partner Komeito lost their majority in the lower "
            + "house on Sunday, the worst result for the party in fifteen years.";

    private static Extractor.Extraction extraction;
    private static Extractor.Extraction coalition;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("cooperation-article", TEXT);
        coalition = HandWrittenArticle.extract("coalition-article", COALITION);
    }

    @Test
    void aPossessiveInTheSecondOfTwoConjoinedNounsIsTheFirstOnes() {
        String party = "Liberal Democratic Party";
        String relations = HandWrittenArticle.relations(coalition);
        assertTrue(HandWrittenArticle.relates(coalition, party, "cooperatesWith", "Komeito"), relations);
        assertFalse(HandWrittenArticle.relates(coalition, "Japan", "cooperatesWith", "Komeito"), relations);
        assertFalse(HandWrittenArticle.relates(coalition, party, "cooperatesWith", "Japan"), relations);
        String japan = HandWrittenArticle.idOf(coalition, "Japan");
        assertTrue(coalition.annotation().relations().stream().noneMatch(r -> r.subject().equals(japan)
                && "partner".equals(r.verb())), relations);
    }

    private static String id(String label) {
        return HandWrittenArticle.idOf(extraction, label);
    }

    private static RelationSpec relation(String subject, String predicate, String object) {
        return extraction.annotation().relations().stream().filter(r -> r.subject().equals(subject)
                && r.predicate().equals(predicate) && r.object().equals(object)).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " " + predicate + " " + object + " not in\n" + relations()));
    }

    private static String relations() {
        return HandWrittenArticle.relations(extraction);
    }

    @Test
    void subjectsOfASymmetricVerbAreEachOthersPartnersInTheAreaNamedWithOn() {
        RelationSpec r = relation(id("Canada"), "cooperatesWith", id("Mexico"));
        assertEquals(List.of(id("counter-terrorism"), id("organised crime")), r.area());
        assertEquals("cooperate", r.verb());
    }

    @Test
    void theAreaIsWhatIsListedUnderAVagueNoun() {
        assertEquals(List.of(id("cyber security"), id("drug trafficking")),
                relation(id("Canada"), "cooperatesWith", id("Japan")).area());
    }

    @Test
    void aPartnerHasNoSecondLinkToItsArea() {
        assertTrue(extraction.annotation().relations().stream().noneMatch(r -> r.predicate().equals("relatedTo")
                && r.object().equals(id("counter-terrorism"))), relations());
    }

    @Test
    void subjectsOfAnOtherVerbAreNotRelatedByIt() {
        assertTrue(extraction.annotation().relations().stream().noneMatch(r -> r.subject().equals(id("Canada"))
                && r.object().equals(id("Brazil")) || r.subject().equals(id("Brazil")) && r.object().equals(id("Canada"))),
                relations());
    }
}
