package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An entity the article mentions; {@code type} is an ontology class local name such as {@code Country}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EntitySpec(
        String id,
        String type,
        String label,
        List<String> aliases,
        String wikidata,
        String dbpedia,
        @JsonIgnore int line) {

    public EntitySpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public EntitySpec withLine(int newLine) {
        return new EntitySpec(id, type, label, aliases, wikidata, dbpedia, newLine);
    }
}
