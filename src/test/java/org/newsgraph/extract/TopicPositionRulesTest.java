package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.EntitySpec;

/** Which common-noun phrases become topics, by the position they stand in (real CoreNLP, hand-written text). */
class TopicPositionRulesTest {
    private static final String TEXT = "Norway's energy ministry is reviewing its gas exports. "
            + "Diversifying energy sources is a key part of the ministry's plan. "
            + "Unions voiced concerns over the pension rules. "
            + "The ministry prioritizes short-term savings over long-term investments. "
            + "The trust necessary for data sharing has eroded. "
            + "The potential for sensitive data to be leaked remains. "
            + "The current state of labour relations worries employers. "
            + "The dispute is about wage inequality. "
            + "Norway cannot rely on a single partner for Arctic security. "
            + "The minister told a crowd in Bergen that the plan would work. "
            + "Unions urged oil workers to accept the offer. The minister said on a call with reporters that unions "
            + "would back the plan, and commented on the pension rules.";

    private static Map<String, EntitySpec> byLabel;

    @BeforeAll
    static void extract() {
        byLabel = HandWrittenArticle.extract("topics-article", TEXT).annotation().entities().stream()
                .collect(Collectors.toMap(EntitySpec::label, e -> e, (a, b) -> a));
    }

    private static void assertTopic(String label) {
        EntitySpec e = byLabel.get(label);
        assertTrue(e != null, label + " not in " + byLabel.keySet());
        assertEquals("Topic", e.type(), label);
    }

    @Test
    void theOneAddressedOrWhereItWasSaidIsNoTopic() {
        assertFalse(byLabel.containsKey("crowd in Bergen"), byLabel.keySet().toString());
        assertFalse(byLabel.containsKey("call with reporters"), "where it was said: " + byLabel.keySet());
        assertFalse(byLabel.containsKey("oil workers") && byLabel.get("oil workers").type().equals("Topic"),
                byLabel.toString());
    }

    @Test
    void aGroupOfPeopleStartsAfterTheVerbWhoseObjectTheyAre() {
        assertEquals(List.of("UnnamedGroup voters in eastern states"), HandWrittenArticle.extract(
                        "gerund-group", "The opposition accused the government of ignoring voters in eastern states "
                                + "such as Saxony and Thuringia.").annotation().entities().stream()
                .filter(e -> e.label().contains("voters")).map(e -> e.type() + " " + e.label()).toList());
    }

    @Test
    void aTopicDoesNotRunOverAQuotationAfterItsHead() {
        List<String> labels = HandWrittenArticle.extract("quoted-characterisation", "Meta's Joel Kaplan called the "
                        + "ruling \"a multi-billion-dollar tariff\" on an American company.").annotation().entities()
                .stream().map(EntitySpec::label).toList();
        assertTrue(labels.stream().noneMatch(l -> l.contains("tariff")), labels.toString());
    }

    @Test
    void aGerundSubjectIsATopicEvenWhenItsNounNamesPeople() {
        assertTopic("Diversifying energy sources");
    }

    @Test
    void overIsAboutOnlyAfterAWordOfConcern() {
        assertTopic("pension rules");
        assertTopic("short-term savings");
        assertFalse(byLabel.containsKey("long-term investments"), byLabel.keySet().toString());
    }

    @Test
    void forIsAboutOnlyAfterAWordOfNeedOrOfTheLexicon() {
        assertTopic("data sharing");
        assertFalse(byLabel.containsKey("sensitive data"), byLabel.keySet().toString());
    }

    @Test
    void aPredicateNounIntroducedByAboutIsATopic() {
        assertTopic("wage inequality");
    }

    @Test
    void aNameInsideATopicIsNotTheTopic() {
        assertTopic("Arctic security");
        assertEquals(null, byLabel.get("Arctic security").dbpedia(), byLabel.get("Arctic security").toString());
    }

    @Test
    void theStateOfSomethingIsNeitherATopicNorAGroup() {
        assertTrue(byLabel.keySet().stream().noneMatch(l -> l.contains("state of")), byLabel.keySet().toString());
    }
}
