package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CoreNLP's KBP relations mapped to the ontology's predicates, whichever name CoreNLP gives them (real CoreNLP). */
class KbpRelationRulesTest {
    private static final String TEXT = "Barbara Yeninas, a spokeswoman for Springboard Healthcare Staffing, said the "
            + "nurses would return. Mark Heesen, president of the National Venture Capital Association, spoke on Monday. "
            + "Kevin Walsh, who lives in Texas, worked for Exxon Mobil for ten years. Ivan Sorbel, executive director "
            + "of the Pine Ridge Chamber of Commerce, said the talks had stalled. In 1984, Frenchman Laurent Fignon "
            + "defeated Bernard Hinault, and the Czech Republic's Andrea Hlavackova beat Kiki Bertens of the Netherlands. "
            + "Carlos Alcaraz, a 22-year-old from Spain, lost the final. Keir Starmer appointed Foreign Secretary David "
            + "Lammy as his new deputy and moved Home Secretary Yvette Cooper to the Foreign Office.";

    /** A list of places that KBP pairs as a body and its headquarters' country. */
    private static final String LIST = "SEOUL, South Korea (AP) — Korean Air said Monday it had completed its "
            + "acquisition of rival Asiana Airlines, creating one of the world's 10 largest carriers by international "
            + "capacity after a four-year review by competition regulators in the United States, the European Union "
            + "and Japan.";

    /** A wire story: a dateline, and a second title of leadership. */
    private static final String WIRE = "GENEVA (AP) — The World Health Organization warned on Tuesday that measles "
            + "cases rose sharply.\nLee-Anne Mulholland, Google's vice president of regulatory affairs, said the "
            + "company would appeal.";

    /** Reuters' dateline, with a date and a hyphen, and two candidates each "of" a party. */
    private static final String REUTERS = "SEOUL, June 4 (Reuters) - Liberal candidate Lee Jae-myung won South Korea's "
            + "presidential election, official results showed on Wednesday.\nLee, of the Democratic Party, took 49.4% "
            + "of the vote, against 41.2% for Kim Moon-soo of the conservative People Power Party.";

    private static Extractor.Extraction extraction;
    private static Extractor.Extraction wire;
    private static Extractor.Extraction reuters;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("kbp-article", TEXT);
        wire = HandWrittenArticle.extract("wire-story", WIRE);
        reuters = HandWrittenArticle.extract("reuters-story", REUTERS);
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
    void aDeputyOfALeadingTitleIsAMember() {
        String mulholland = HandWrittenArticle.idOf(wire, "Lee-Anne Mulholland");
        String google = HandWrittenArticle.idOf(wire, "Google");
        assertTrue(HandWrittenArticle.hasRelation(wire, mulholland, "memberOf", google), HandWrittenArticle.relations(wire));
        assertFalse(HandWrittenArticle.hasRelation(wire, mulholland, "leads", google), HandWrittenArticle.relations(wire));
    }

    @Test
    void theDatelinesPlaceAndAgencyAreNoPartyToTheStory() {
        assertNoRelationOf(wire, "GENEVA", "AP");
    }

    @Test
    void aReutersDatelineIsNoPartyToTheStoryAndAPartyIsOnlyItsOwnCandidates() {
        assertNoRelationOf(reuters, "SEOUL", "Reuters");
        assertTrue(HandWrittenArticle.relates(reuters, "Lee Jae-myung", "memberOf", "Democratic Party"),
                HandWrittenArticle.relations(reuters));
        assertTrue(HandWrittenArticle.relates(reuters, "Kim Moon-soo", "memberOf", "People Power Party"),
                HandWrittenArticle.relations(reuters));
        assertFalse(HandWrittenArticle.relates(reuters, "Lee Jae-myung", "memberOf", "People Power Party"),
                HandWrittenArticle.relations(reuters));
    }

    /** Asserts that no relationship of the draft has an entity with one of the labels as subject or object. */
    private static void assertNoRelationOf(Extractor.Extraction draft, String... labels) {
        List<String> ids = Arrays.stream(labels).map(label -> HandWrittenArticle.idOf(draft, label)).toList();
        assertTrue(draft.annotation().relations().stream()
                .noneMatch(r -> ids.contains(r.subject()) || ids.contains(r.object())), HandWrittenArticle.relations(draft));
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
    void aCountryNamedAsThePersonsOwnIsNationalityNotResidence() {
        assertTrue(has(id("Kiki Bertens"), "nationality", id("Netherlands")), relations());
        assertFalse(has(id("Kiki Bertens"), "locatedIn", id("Netherlands")), relations());
        assertTrue(has(id("Carlos Alcaraz"), "nationality", id("Spain")), relations());
        assertFalse(has(id("Carlos Alcaraz"), "locatedIn", id("Spain")), relations());
    }

    @Test
    void aBodyAnotherPersonIsSentToIsNotTheSendersWhateverKbpPairs() {
        assertTrue(HandWrittenArticle.relationsFrom(extraction, "Keir Starmer").stream()
                .noneMatch(r -> r.object().equals(id("Foreign Office"))), relations());
    }

    @Test
    void itemsOfOneListAreNotRelatedWhateverKbpPairs() {
        Extractor.Extraction list = HandWrittenArticle.extract("list-story", LIST);
        List<String> listed = Stream.of("United States", "European Union", "Japan")
                .map(label -> HandWrittenArticle.idOf(list, label)).toList();
        assertTrue(list.annotation().relations().stream()
                .noneMatch(r -> listed.contains(r.subject()) && listed.contains(r.object())),
                HandWrittenArticle.relations(list));
    }

    @Test
    void noKbpRelationThatHasAPredicateStaysRelatedTo() {
        assertTrue(extraction.annotation().relations().stream().noneMatch(r -> r.predicate().equals("relatedTo")
                && ("employee or member of".equals(r.verb()) || "statesorprovinces of residence".equals(r.verb())
                        || "origin".equals(r.verb()))),
                relations());
    }
}
