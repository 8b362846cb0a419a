package org.newsgraph.extract;

import org.newsgraph.annotation.ArticleInfo;

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
}
