package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Common English given names, from CoreNLP's gender lists (one lower-case name a line). */
final class GivenNames {
    private static final String[] RESOURCES = {"edu/stanford/nlp/models/gender/male_first_names.txt",
            "edu/stanford/nlp/models/gender/female_first_names.txt"};

    private final Set<String> names;

    private GivenNames(Set<String> names) {
        this.names = names;
    }

    static GivenNames load() {
        Set<String> names = new HashSet<>();
        for (String resource : RESOURCES) {
            InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("CoreNLP's given-name list " + resource + " is not on the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return new GivenNames(Set.copyOf(names));
    }

    boolean contains(String word) {
        return names.contains(word.toLowerCase(Locale.ROOT));
    }
}
