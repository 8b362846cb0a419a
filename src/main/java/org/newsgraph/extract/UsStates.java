package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The U.S. states and how news text names U.S. places (resource {@code gazetteer/us-states.yaml}): the AP
 * Stylebook's state abbreviations and the cities it lets stand alone in datelines. Names are in Wikipedia's title
 * form, spaces as underscores ("New_Hampshire").
 */
final class UsStates {
    record Source(List<String> states, Map<String, String> apAbbreviations, List<String> apDatelineCities,
            Map<String, String> apDatelineCityTitles) {}

    private static final String RESOURCE = "/gazetteer/us-states.yaml";

    private final Set<String> states;
    private final Map<String, String> abbreviations;
    private final Set<String> datelineCities;
    private final Map<String, String> datelineCityTitles;

    private UsStates(Source source) {
        states = Set.copyOf(source.states().stream().map(UsStates::title).toList());
        abbreviations = Map.copyOf(source.apAbbreviations().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> title(e.getValue()))));
        datelineCities = Set.copyOf(source.apDatelineCities());
        datelineCityTitles = Map.copyOf(source.apDatelineCityTitles());
    }

    static UsStates load() {
        return new UsStates(ResourceYaml.read(RESOURCE, Source.class, "U.S. states"));
    }

    /** Whether the title-form name is a state ("West_Virginia"). */
    boolean isState(String title) {
        return states.contains(title);
    }

    /** The state a name or AP abbreviation after a town stands for ("Colo.", "Washington"), in title form. */
    Optional<String> state(String nameOrAbbreviation) {
        String title = abbreviations.getOrDefault(nameOrAbbreviation, title(nameOrAbbreviation));
        return states.contains(title) ? Optional.of(title) : Optional.empty();
    }

    /** Whether the city ("Seattle", "Los Angeles") stands alone in datelines, and so in its Wikipedia title. */
    boolean isDatelineCity(String city) {
        return datelineCities.contains(city);
    }

    /** The Wikipedia title of a city the AP lets stand alone: its name, but "Washington,_D.C.", "New_York_City". */
    String datelineCityTitle(String city) {
        return datelineCityTitles.getOrDefault(city, title(city));
    }

    /** The Wikipedia titles of the cities the AP lets stand alone. */
    Set<String> datelineCityTitles() {
        return datelineCities.stream().map(this::datelineCityTitle).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a state's name is also that of a city the AP lets stand alone ("Washington", "New York"). */
    boolean namesCityToo(String name) {
        return isDatelineCity(name) && isState(title(name));
    }

    /** The states a document names, by full name (all of its words) or by AP abbreviation. */
    List<String> namedIn(Set<String> documentWords) {
        return states.stream().filter(state -> documentWords.containsAll(List.of(state.split("_")))
                || abbreviations.entrySet().stream()
                        .anyMatch(a -> a.getValue().equals(state) && documentWords.contains(a.getKey()))).toList();
    }

    private static String title(String name) {
        return name.replace(' ', '_');
    }
}
