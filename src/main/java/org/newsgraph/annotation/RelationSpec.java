package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A relationship between two entities with the article text that supports it. {@code source} is an entity id or
 * {@code article}; {@code area} lists topic entity ids the relationship is restricted to.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RelationSpec(
        String subject,
        String predicate,
        String object,
        String evidence,
        Integer occurrence,
        String source,
        Double confidence,
        String verb,
        List<String> area,
        @JsonIgnore int line) {

    public RelationSpec {
        area = area == null ? List.of() : List.copyOf(area);
    }

    public RelationSpec withLine(int newLine) {
        return new RelationSpec(subject, predicate, object, evidence, occurrence, source, confidence, verb, area, newLine);
    }
}
