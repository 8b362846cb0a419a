package org.newsgraph.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words for the people of a place ("American", "Americans", "Kurds"), from CoreNLP's demonym list (each line: a place,
 * then its demonyms). They refer to a country through its people and are not names of it.
 */
final class Demonyms {
    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final Pattern TRAILING_STOP = Pattern.compile("\\.$");

    /** Each demonym with the first place the list gives it to. */
    private final Map<String, String> places;
    private final Set<String> placeNames;

    private Demonyms(Map<String, String> places, Set<String> placeNames) {
        this.places = places;
        this.placeNames = placeNames;
    }

    static Demonyms load() {
        Map<String, String> places = new HashMap<>();
        Set<String> placeNames = new HashSet<>();
        ModelResource.lines(RESOURCE, "demonym list").forEach(line -> {
            String[] fields = line.split("\t");
            String place = TRAILING_STOP.matcher(fields[0].strip()).replaceFirst(""); // "United Kingdom."
            placeNames.add(place);
            Arrays.stream(fields).skip(1).map(String::strip).filter(w -> !w.isEmpty())
                    .forEach(w -> places.putIfAbsent(w, place));
        });
        return new Demonyms(places, Set.copyOf(placeNames));
    }

    boolean contains(String word) {
        return places.containsKey(word);
    }

    /** Whether the list names the place ("United Kingdom"): a country or a region with a people. */
    boolean isPlace(String name) {
        return placeNames.contains(name);
    }

    /** The place whose people the word names ("Spanish": Spain). */
    Optional<String> place(String word) {
        return Optional.ofNullable(places.get(word));
    }
}
