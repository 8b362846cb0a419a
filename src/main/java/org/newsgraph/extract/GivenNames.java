package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Common English given names, from CoreNLP's gender lists (one lower-case name a line). */
final class GivenNames {
    private static final List<String> RESOURCES = List.of("edu/stanford/nlp/models/gender/male_first_names.txt",
            "edu/stanford/nlp/models/gender/female_first_names.txt");

    private final Set<String> names;

    private GivenNames(Set<String> names) {
        this.names = names;
    }

    static GivenNames load() {
        return new GivenNames(RESOURCES.stream().flatMap(r -> ModelResource.lines(r, "given-name list").stream())
                .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    boolean contains(String word) {
        return names.contains(word.toLowerCase(Locale.ROOT));
    }
}
