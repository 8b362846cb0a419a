package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;

/** Extraction of the short hand-written texts the rule tests use, with one extractor for the whole test run. */
final class HandWrittenArticle {
    private static Extractor extractor;

    private HandWrittenArticle() {}

    /** @param id the article id, also the text's file name and title */
    static synchronized Extractor.Extraction extract(String id, String text) {
        if (extractor == null) {
            extractor = new Extractor(NlpPipeline.shared());
        }
        return extractor.extract(new ArticleInfo(id, id + ".txt", id, "en", null, null), text);
    }

    /** The id of the draft's entity with this label (or alias); fails the test, listing the entities, when none. */
    static String idOf(Extractor.Extraction extraction, String label) {
        return entity(extraction, label).id();
    }

    /**
     * The draft's entity with this label, else one with this alias; fails the test, listing the entities, when there
     * is none.
     */
    static EntitySpec entity(Extractor.Extraction extraction, String name) {
        List<EntitySpec> entities = extraction.annotation().entities();
        return entities.stream().filter(e -> e.label().equals(name)).findFirst()
                .or(() -> entities.stream().filter(e -> e.aliases().contains(name)).findFirst())
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    /** The draft's relationships, one a line with verb, area and evidence: what a failing rule test shows. */
    static String relations(Extractor.Extraction extraction) {
        return extraction.annotation().relations().stream()
                .map(r -> r.subject() + " " + r.predicate() + " " + r.object() + " (" + r.verb() + ") " + r.area() + ": "
                        + r.evidence())
                .collect(Collectors.joining("\n"));
    }

    /** The draft's relationships whose subject is the entity with the label, in the draft's order. */
    static List<RelationSpec> relationsFrom(Extractor.Extraction extraction, String subjectLabel) {
        String subject = idOf(extraction, subjectLabel);
        return extraction.annotation().relations().stream().filter(r -> r.subject().equals(subject)).toList();
    }

    /** Whether the draft relates the entities with these labels by the predicate. */
    static boolean relates(Extractor.Extraction extraction, String subjectLabel, String predicate, String objectLabel) {
        return hasRelation(extraction, idOf(extraction, subjectLabel), predicate, idOf(extraction, objectLabel));
    }

    /** Asserts that the draft relates the two labelled entities by the predicate, listing its relations if not. */
    static void assertRelates(Extractor.Extraction extraction, String subjectLabel, String predicate, String objectLabel) {
        assertTrue(relates(extraction, subjectLabel, predicate, objectLabel), relations(extraction));
    }

    static boolean hasRelation(Extractor.Extraction extraction, String subject, String predicate, String object) {
        return extraction.annotation().relations().stream().anyMatch(r -> r.subject().equals(subject)
                && r.predicate().equals(predicate) && r.object().equals(object));
    }
}
