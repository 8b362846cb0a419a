package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Words for the people of a place ("American", "Americans", "Kurds"), from CoreNLP's demonym list (each line: a place,
 * then its demonyms). They refer to a country through its people and are not names of it.
 */
final class Demonyms {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    /** Each demonym with the first place the list gives it to. */
    private final Map<String, String> places;

    private Demonyms(Map<String, String> places) {
        this.places = places;
    }

    static Demonyms load() {
        InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("CoreNLP's demonym list " + RESOURCE + " is not on the class path");
        }
        Map<String, String> places = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> {
                String[] fields = line.split("\t");
                Arrays.stream(fields).skip(1).map(String::strip).filter(w -> !w.isEmpty())
                        .forEach(w -> places.putIfAbsent(w, fields[0].strip()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new Demonyms(places);
    }

    boolean contains(String word) {
        return places.containsKey(word);
    }

    /** The place whose people the word names ("Spanish": Spain). */
    Optional<String> place(String word) {
        return Optional.ofNullable(places.get(word));
    }
}
