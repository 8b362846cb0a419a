package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.convert.OntologyIndex;
import org.newsgraph.publish.DatasetBuilder;

/** How the benchmark matches extracted claims with hand-written ones. */
class AnnotationComparisonTest {
    private static final ArticleInfo ARTICLE = new ArticleInfo("a", "a.txt", null, "en", null, null);
    private static final String SENTENCE = "While cooperation remains essential, the trust may be damaged.";

    private static EntitySpec entity(String id, String label) {
        return new EntitySpec(id, "Person", label, List.of(), null, null, 0);
    }

    private static ClaimSpec claim(String source, String evidence) {
        return new ClaimSpec(source, "state", evidence, List.of(), evidence, null, 0.7, 0);
    }

    private static Score claims(List<EntitySpec> extractedEntities, List<ClaimSpec> extracted, List<EntitySpec> goldEntities,
            List<ClaimSpec> gold) {
        return new AnnotationComparison(new Annotation(ARTICLE, extractedEntities, List.of(), extracted),
                new Annotation(ARTICLE, goldEntities, List.of(), gold),
                OntologyIndex.load(DatasetBuilder.ontologyFile(Path.of(".")))).claims();
    }

    @Test
    void aWholeSentenceMatchesEachGoldClaimOnOneOfItsClauses() {
        Score score = claims(List.of(), List.of(claim("article", SENTENCE)), List.of(),
                List.of(claim("article", "cooperation remains essential"), claim("article", "the trust may be damaged")));
        assertEquals(new Score(1, 1, 2, 2), score);
    }

    @Test
    void theSourceMustMatchByEntityOrBeTheArticleOnBothSides() {
        List<EntitySpec> extractedEntities = List.of(entity("x1", "Mélanie Joly"), entity("x2", "Experts"));
        List<EntitySpec> goldEntities = List.of(entity("melanie-joly", "Mélanie Joly"));
        Score score = claims(extractedEntities,
                List.of(claim("x1", SENTENCE), claim("x2", "Canada needs allies."), claim("article", "Canada needs allies.")),
                goldEntities,
                List.of(claim("melanie-joly", SENTENCE), claim("melanie-joly", "Canada needs allies.")));
        assertEquals(new Score(1, 3, 1, 2), score);
    }
}
