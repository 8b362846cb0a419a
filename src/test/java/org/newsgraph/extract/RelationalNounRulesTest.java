package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.RelationSpec;

/**
 * Names related by a noun between them ("the council's chairman X"), in whichever order the text gives them, and not
 * through a third name between them.
 */
class RelationalNounRulesTest {
    /** Sentences of RSS-500, whose text (like other tokenised NIF corpora) writes brackets as -LRB- and -RRB-. */
    private static final String TEXT = "COA 's Department of Animal Industry chief Chen Chung-hsing -LRB- 陳中興 -RRB- "
            + "said that the goat milk products bore the Certified Agricultural Standard. Four panel discussions are to "
            + "be moderated by former Council of Economic Planning and Development -LRB- CEPD -RRB- chairman Chen "
            + "Po-chih and Financial Supervisory Commission chairman Hu Sheng-cheng . On the legal front , Chang and "
            + "Capital Art Center chairman York Hsiao -LRB- 蕭耀 -RRB- said there are no criminal sanctions . "
            + "Andrea Hlavackova beat Kiki Bertens of the Netherlands 6-3 , 7-5 .";

    /** The RSS-500 sentence the simpler one in TEXT comes from: four moderators, each with a body of their own. */
    private static final String PANEL = "Four panel discussions on macroeconomics , the global economy , the "
            + "cross-strait economy and governance are to be moderated by former Council of Economic Planning and "
            + "Development -LRB- CEPD -RRB- chairman Chen Po-chih -LRB- 陳博志 -RRB- , former Financial Supervisory "
            + "Commission chairman Hu Sheng-cheng -LRB- 胡勝正 -RRB- , former finance minister Lin Chuan -LRB- 林全 -RRB- "
            + "-- who now serves as the executive director of the foundation -- and Tsai .";

    /** "Part" as a predicate and as a verb's object. */
    private static final String PARTS = "Analysts said the crisis could strengthen militants linked to al Qaeda, who "
            + "control large parts of northern Mali. Mali is part of the Economic Community of West African States. "
            + "Lewis Hamilton took part in the Monaco Grand Prix.\nObama campaign spokesman Danny Kanner criticized "
            + "Ryan's answers.";

    private static Extractor.Extraction extraction;
    private static Extractor.Extraction parts;
    private static Extractor.Extraction panel;

    @Test
    void aLeadingTitleNarrowedToAFieldMakesAMemberNotTheLeader() {
        Extractor.Extraction titles = HandWrittenArticle.extract("field-titles", "The European Commission fined Apple and "
                + "Meta on Wednesday. \"We have taken firm action,\" said Teresa Ribera, the EU's competition chief. "
                + "Meta's chief global affairs officer, Joel Kaplan, criticized the fine. Tim Cook, Apple's chief "
                + "executive officer, said the company would appeal.");
        for (String[] member : List.of(new String[] {"Teresa Ribera", "European Union"}, new String[] {"Joel Kaplan", "Meta"})) {
            assertTrue(HandWrittenArticle.relates(titles, member[0], "memberOf", member[1])
                    && !HandWrittenArticle.relates(titles, member[0], "leads", member[1]), HandWrittenArticle.relations(titles));
        }
        HandWrittenArticle.assertRelates(titles, "Tim Cook", "leads", "Apple");
    }

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("relational-noun-article", TEXT);
        parts = HandWrittenArticle.extract("parts-article", PARTS);
        panel = HandWrittenArticle.extract("panel-article", PANEL);
    }

    private static String id(String label) {
        return HandWrittenArticle.idOf(extraction, label);
    }

    private static String relations() {
        return HandWrittenArticle.relations(extraction);
    }

    @Test
    void aPhraseDescribingANameTheTaggerMissedIsNotTheEntityCoreferenceJoinsItTo() {
        Extractor.Extraction funds = HandWrittenArticle.extract("described-name", "BlackRock's iShares Bitcoin Trust has "
                + "drawn more than $50 billion since its launch last year. Strategy, the software company led by "
                + "Michael Saylor, said it had bought another $472 million of bitcoin.");
        String saylor = HandWrittenArticle.idOf(funds, "Michael Saylor");
        assertTrue(funds.annotation().relations().stream()
                .noneMatch(r -> r.subject().equals(saylor) && r.predicate().equals("leads")), HandWrittenArticle.relations(funds));
        Extractor.Extraction possessor = HandWrittenArticle.extract("described-possessor", "EU fines Apple and Meta "
                + "under digital competition law\n\nBRUSSELS (AP) — The European Commission fined Apple 500 million "
                + "euros and Meta 200 million euros on Wednesday, the first penalties under the European Union's Digital "
                + "Markets Act.\n\nThe commission said Apple had stopped app developers from steering users to cheaper "
                + "offers outside its App Store, and that Meta had forced Facebook and Instagram users to choose between "
                + "paying for the services or consenting to the use of their personal data for ads.\n\n\"Today's "
                + "decisions send a strong and clear message,\" said Teresa Ribera, the commission's executive vice "
                + "president for competition.");
        HandWrittenArticle.assertRelates(possessor, "Teresa Ribera", "holdsPost",
                "executive vice president of European Commission");
    }

    @Test
    void theHolderOfALeadingTitleLeadsTheOrganisationNamedBeforeIt() {
        assertTrue(HandWrittenArticle.hasRelation(extraction, id("Chen Chung-hsing"), "leads",
                id("Department of Animal Industry")), relations());
    }

    @Test
    void aNameIsRelatedToTheNameItActsOnNotToThatNamesCountry() {
        assertTrue(HandWrittenArticle.hasRelation(extraction, id("Andrea Hlavackova"), "relatedTo", id("Kiki Bertens")),
                relations());
        assertFalse(HandWrittenArticle.hasRelation(extraction, id("Andrea Hlavackova"), "relatedTo", id("Netherlands")),
                relations());
    }

    @Test
    void aFormerTitleAfterTheBodysAcronymInBracketsIsAPostOfThatBodyHeldNoLonger() {
        assertEquals(List.of("heldPost chairman-of-council-of-economic-planning-and-development"),
                roles("Chen Po-chih"), relations());
    }

    @Test
    void aBodyNamedOnlyBeforeAnotherPersonsTitleIsNotThisPersonsBody() {
        assertTrue(roles("Hu Sheng-cheng").contains("leads financial-supervisory-commission"), relations());
        assertTrue(roles("Hu Sheng-cheng").stream().noneMatch(r -> r.endsWith("council-of-economic-planning-and-development")),
                relations());
        assertTrue(roles("Chen Po-chih").stream().noneMatch(r -> r.endsWith("financial-supervisory-commission")),
                relations());
    }

    @Test
    void eachOfSeveralTitledPersonsHasOnlyTheBodyNamedBeforeTheirOwnTitle() {
        String relations = HandWrittenArticle.relations(panel);
        String council = HandWrittenArticle.idOf(panel, "Council of Economic Planning and Development");
        String commission = HandWrittenArticle.idOf(panel, "Financial Supervisory Commission");
        for (String person : List.of("Chen Po-chih", "Hu Sheng-cheng", "Lin Chuan", "Tsai")) {
            List<String> bodies = HandWrittenArticle.relationsFrom(panel, person).stream()
                    .map(RelationSpec::object).filter(Set.of(council, commission)::contains).toList();
            assertEquals(List.of(), bodies, person + " is a former holder of a post, or of no post, there:\n" + relations);
        }
    }

    /** The predicates and objects of the person's relationships, in the draft's order. */
    private static List<String> roles(String person) {
        return HandWrittenArticle.relationsFrom(extraction, person).stream().map(r -> r.predicate() + " " + r.object())
                .toList();
    }

    @Test
    void partIsAWholesPartOnlyAsAPredicateNotAsAVerbsObject() {
        String relations = HandWrittenArticle.relations(parts);
        assertTrue(HandWrittenArticle.relates(parts, "Mali", "partOf", "Economic Community of West African States"),
                relations);
        assertFalse(HandWrittenArticle.relates(parts, "al Qaeda", "partOf", "Mali"), relations);
        assertTrue(HandWrittenArticle.relationsFrom(parts, "Lewis Hamilton").stream()
                .noneMatch(r -> r.predicate().equals("partOf")), relations);
    }

    @Test
    void anEventNamedBeforeAnotherPersonsTitleStillInvolvesItsAgent() {
        assertTrue(HandWrittenArticle.relates(parts, "Obama campaign", "involves", "Obama"),
                HandWrittenArticle.relations(parts));
    }

    @Test
    void aBracketIsNeverTheVerbOfARelationship() {
        assertTrue(extraction.annotation().relations().stream()
                .noneMatch(r -> r.verb() != null && r.verb().matches("-[lr][rsc]b-|[()]")), relations());
    }
}
