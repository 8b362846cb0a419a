package org.newsgraph.extract;

import java.util.List;

/**
 * One entity the extractor found: its local id, ontology class, preferred label, other surface forms, Wikipedia
 * title (null when unlinked), whether it is a named entity (as opposed to a group, topic, event or post), and its
 * mentions in the text.
 */
public record ExtractedEntity(String id, String type, String label, List<String> aliases, String dbpedia, boolean named,
        List<Mention> mentions) {

    /**
     * A span of the article text (Java char offsets) naming the entity, in a sentence (0-based); {@code name} is
     * false for an adjective that refers to it ("Canadian" for Canada).
     */
    public record Mention(int begin, int end, String text, int sentence, boolean name) {}
}
