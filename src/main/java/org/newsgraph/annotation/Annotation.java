package org.newsgraph.annotation;

import java.util.List;

/** Everything an editor (or the extractor) says about one article: the contents of one annotation file. */
public record Annotation(ArticleInfo article, List<EntitySpec> entities, List<RelationSpec> relations, List<ClaimSpec> claims) {
    /** The value of {@code source} that attributes a relation or claim to the article itself. */
    public static final String ARTICLE_SOURCE = "article";

    public Annotation {
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
