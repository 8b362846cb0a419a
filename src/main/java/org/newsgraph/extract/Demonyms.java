package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Words for the people of a place ("American", "Americans", "Kurds"), from CoreNLP's demonym list (each line: a place,
 * then its demonyms). They refer to a country through its people and are not names of it.
 */
final class Demonyms {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    private final Set<String> words;

    private Demonyms(Set<String> words) {
        this.words = words;
    }

    static Demonyms load() {
        InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CoreNLP's demonym list " + RESOURCE + " is not on the class path");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> Arrays.stream(line.split("\t")).skip(1).map(String::strip)
                    .filter(w -> !w.isEmpty()).forEach(words::add));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new Demonyms(words);
    }

    boolean contains(String word) {
        return words.contains(word);
    }
}
