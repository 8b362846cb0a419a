package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;

/** Event coreference, causes, listed items and topic phrases, on a short hand-written article (real CoreNLP). */
class EventAndCauseRulesTest {
    private static final String TEXT = "Germany's reassessment of its energy policy began last year. "
            + "This shift is driven by concerns about rising prices, including higher gas costs and electricity shortages. "
            + "Germany's realignment reflects fears about the reliability of foreign suppliers. "
            + "Past crises, such as the oil embargo and subsequent price shocks, have highlighted the risks associated "
            + "with heavy dependence on imports. "
            + "Analysts warn of a need for Germany to expand its domestic storage capacity. "
            + "The plan includes building new terminals along the coast.";

    /** Causes named as the agent of a passive participle. */
    private static final String AGENTS = "A fast-moving wildfire fueled by strong Santa Ana winds forced thousands of "
            + "people to flee. Germany's reassessment of its energy policy, fueled by concerns about rising prices, "
            + "began last year.";

    private static Extractor.Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("rules-article", TEXT);
    }

    private static Map<String, EntitySpec> byLabel() {
        return extraction.annotation().entities().stream().collect(Collectors.toMap(EntitySpec::label, e -> e, (a, b) -> a));
    }

    private static EntitySpec entity(String label) {
        EntitySpec e = byLabel().get(label);
        assertTrue(e != null, label + " not in " + byLabel().keySet());
        return e;
    }

    private static boolean related(String subject, String predicate, String object) {
        List<RelationSpec> relations = extraction.annotation().relations();
        return relations.stream().anyMatch(r -> r.subject().equals(subject) && r.predicate().equals(predicate)
                && r.object().equals(object));
    }

    private static String relations() {
        return HandWrittenArticle.relations(extraction);
    }

    @Test
    void oneAgentsReProcessesAndDemonstrativeEventNounsAreOneEvent() {
        List<EntitySpec> events = extraction.annotation().entities().stream().filter(e -> e.type().equals("Event")
                && (e.label().contains("reassessment") || e.aliases().stream().anyMatch(a -> a.contains("reassessment")))).toList();
        assertEquals(1, events.size(), byLabel().keySet().toString());
        List<String> names = events.getFirst().aliases();
        assertTrue(names.contains("realignment"), names.toString());
        assertTrue(names.contains("This shift"), names.toString());
    }

    @Test
    void concernsAboutListedItemsDriveTheEvent() {
        String event = extraction.annotation().entities().stream().filter(e -> e.type().equals("Event")
                && e.aliases().contains("This shift")).findFirst().orElseThrow().id();
        for (String cause : List.of("rising prices", "higher gas costs", "electricity shortages")) {
            assertTrue(related(event, "drivenBy", entity(cause).id()), cause + " in\n" + relations());
        }
    }

    @Test
    void theAgentOfACauseVerbInThePassiveIsTheCause() {
        Extractor.Extraction agents = HandWrittenArticle.extract("agents", AGENTS);
        List<String> drivers = agents.annotation().relations().stream().filter(r -> r.predicate().equals("drivenBy"))
                .map(r -> r.subject() + " drivenBy " + r.object()).toList();
        assertEquals(List.of(HandWrittenArticle.idOf(agents, "reassessment of its energy policy") + " drivenBy "
                + HandWrittenArticle.idOf(agents, "rising prices")), drivers, HandWrittenArticle.relations(agents));
    }

    @Test
    void whenSomethingHappenedIsNoPartOfTheTopic() {
        List<String> topics = HandWrittenArticle.extract("dated-topic", "Nvidia reported a 56% rise in quarterly "
                + "revenue on Wednesday.").annotation().entities().stream().filter(e -> e.type().equals("Topic"))
                .map(EntitySpec::label).toList();
        assertEquals(List.of("56% rise in quarterly revenue"), topics);
    }

    @Test
    void itemsListedUnderANounShareItsRole() {
        String risk = entity("heavy dependence on imports").id();
        assertTrue(related(entity("oil embargo").id(), "highlightsRiskOf", risk), relations());
        assertTrue(related(entity("subsequent price shocks").id(), "highlightsRiskOf", risk), relations());
    }

    @Test
    void whatIsNeededOrIncludedIsATopic() {
        assertEquals("Topic", entity("domestic storage capacity").type());
        assertEquals("Topic", entity("building new terminals along the coast").type());
        assertTrue(related("analysts", "advocates", entity("domestic storage capacity").id()), relations());
    }
}
