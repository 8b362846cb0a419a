package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country of a city that stands alone in a dateline ("TOKYO (Reuters) -", "WASHINGTON (AP) -"): the AP
 * Stylebook's foreign cities (resource {@code gazetteer/dateline-cities.yaml}) and its U.S. ones, by Wikipedia title.
 */
final class DatelineCities {
    record Source(Map<String, String> foreignCities) {}

    private static final String RESOURCE = "/gazetteer/dateline-cities.yaml";
    private static final String UNITED_STATES = "United_States";

    private final Map<String, String> countryByCity;

    private DatelineCities(Map<String, String> countryByCity) {
        this.countryByCity = Map.copyOf(countryByCity);
    }

    static DatelineCities load() {
        Map<String, String> countryByCity = new HashMap<>(
                ResourceYaml.read(RESOURCE, Source.class, "dateline cities").foreignCities());
        UsStates.load().datelineCityTitles().forEach(city -> countryByCity.put(city, UNITED_STATES));
        return new DatelineCities(countryByCity);
    }

    /** The Wikipedia title of the country of a dateline city, given the city's title. */
    Optional<String> countryOf(String cityTitle) {
        return Optional.ofNullable(countryByCity.get(cityTitle));
    }
}
