package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.EntitySpec;

/** A descriptive event said once and tied to nothing is left out of the draft; names and recurring events stay. */
class OneOffEventRuleTest {
    private static final String TEXT = "The weather in Lisbon was mild on Friday. "
            + "Many tourists arrived early for the annual trade conference. "
            + "The Madrid strike began on Monday. Schools in the capital stayed shut during the Madrid strike.";

    private static List<EntitySpec> entities;

    @BeforeAll
    static void extract() {
        entities = HandWrittenArticle.extract("one-off-event", TEXT).annotation().entities();
    }

    private static boolean has(String type, String label) {
        return entities.stream().anyMatch(e -> e.type().equals(type)
                && (e.label().equals(label) || e.aliases().contains(label)));
    }

    private static String listed() {
        return entities.stream().map(e -> e.type() + " " + e.label()).collect(Collectors.joining(", "));
    }

    @Test
    void anUnconnectedEventMentionedOnceIsLeftOut() {
        assertTrue(!has("Event", "annual trade conference"), listed());
    }

    @Test
    void anEventMentionedTwiceStays() {
        assertTrue(has("Event", "Madrid strike"), listed());
    }

    @Test
    void aNamedEntityMentionedOnceStays() {
        assertTrue(entities.stream().anyMatch(e -> e.label().equals("Lisbon")), listed());
    }
}
