package org.newsgraph.extract;

import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.EntitySpec;

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

    /** The id of the draft's entity with this label; fails the test, listing the entities, when there is none. */
    static String idOf(Extractor.Extraction extraction, String label) {
        return extraction.annotation().entities().stream().filter(e -> e.label().equals(label)).map(EntitySpec::id)
                .findFirst().orElseThrow(() -> new AssertionError(label + " not in " + extraction.annotation().entities()));
    }
}
