package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CoreNLP's KBP relations mapped to the ontology's predicates, whichever name CoreNLP gives them (real CoreNLP). */
class KbpRelationRulesTest {
    private static final String TEXT = "Barbara Yeninas, a spokeswoman for Springboard Healthcare Staffing, said the "
            + "nurses would return. Mark Heesen, president of the National Venture Capital Association, spoke on Monday. "
            + "Kevin Walsh, who lives in Texas, worked for Exxon Mobil for ten years. Ivan Sorbel, executive director "
            + "of the Pine Ridge Chamber of Commerce, said the talks had stalled. In 1984, Frenchman Laurent Fignon "
            + "defeated Bernard Hinault, and the Czech Republic's Andrea Hlavackova beat Kiki Bertens of the Netherlands.";

    private static Extractor.Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("kbp-article", TEXT);
    }

    private static String id(String label) {
        return HandWrittenArticle.idOf(extraction, label);
    }

    private static String relations() {
        return HandWrittenArticle.relations(extraction);
    }

    private static boolean has(String subject, String predicate, String object) {
        return HandWrittenArticle.hasRelation(extraction, subject, predicate, object);
    }

    @Test
    void employmentIsMembership() {
        assertTrue(has(id("Barbara Yeninas"), "memberOf", id("Springboard Healthcare Staffing")), relations());
        assertTrue(has(id("Kevin Walsh"), "memberOf", id("Exxon Mobil")), relations());
    }

    @Test
    void aTopMemberLeadsOnlyWithATitleOfLeadership() {
        assertTrue(has(id("Mark Heesen"), "leads", id("National Venture Capital Association")), relations());
        assertTrue(has(id("Ivan Sorbel"), "leads", id("Pine Ridge Chamber of Commerce")), relations());
        assertFalse(has(id("Barbara Yeninas"), "leads", id("Springboard Healthcare Staffing")), relations());
    }

    @Test
    void residenceInAStateIsLocation() {
        assertTrue(has(id("Kevin Walsh"), "locatedIn", id("Texas")), relations());
    }

    @Test
    void originInACountryIsNationality() {
        assertTrue(has(id("Laurent Fignon"), "nationality", id("France")), relations());
        assertTrue(has(id("Andrea Hlavackova"), "nationality", id("Czech Republic")), relations());
    }

    @Test
    void noKbpRelationThatHasAPredicateStaysRelatedTo() {
        assertTrue(extraction.annotation().relations().stream().noneMatch(r -> r.predicate().equals("relatedTo")
                && ("employee or member of".equals(r.verb()) || "statesorprovinces of residence".equals(r.verb())
                        || "origin".equals(r.verb()))),
                relations());
    }
}
