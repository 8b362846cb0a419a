package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A proposition attributed to a source (an entity id or {@code article}), with the article text that states it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimSpec(
        String source,
        String verb,
        String text,
        List<String> about,
        String evidence,
        Integer occurrence,
        Double confidence,
        @JsonIgnore int line) {

    public ClaimSpec {
        about = about == null ? List.of() : List.copyOf(about);
    }

    public ClaimSpec withLine(int newLine) {
        return new ClaimSpec(source, verb, text, about, evidence, occurrence, confidence, newLine);
    }
}
