package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country an article is about, judged by its dateline or by how often it names each country (by its name or its
 * people's).
 */
final class HomeCountry {
    private static final String COUNTRY = "Country";

    private HomeCountry() {}

    /**
     * The country named most often, with how often, when no other is named as often: a tie says the article is about
     * the relation between the two, not about one of them.
     */
    static <K> Optional<Map.Entry<K, Long>> mostNamed(Map<K, Long> timesNamed) {
        return timesNamed.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> timesNamed.values().stream().filter(top.getValue()::equals).count() == 1);
    }

    /**
     * The country the first dateline names ("AHMEDABAD, India, June 12 (Reuters) -"), or the country of the city it
     * names alone ("TOKYO (Reuters) -") when the article names that country: the story was filed there, however often
     * it names the countries of those it concerns.
     */
    static Optional<ExtractedEntity> ofDateline(List<SentenceGraph> sentences, List<ExtractedEntity> entities,
            DatelineCities cities) {
        return sentences.stream().filter(s -> s.datelineEnd() > s.begin()).findFirst().flatMap(s -> {
            List<ExtractedEntity> named = entities.stream().filter(e -> e.mentions().stream()
                    .anyMatch(m -> m.name() && m.begin() >= s.begin() && m.end() <= s.datelineEnd())).toList();
            return named.stream().filter(e -> e.type().equals(COUNTRY)).findFirst()
                    .or(() -> named.stream().filter(e -> e.dbpedia() != null)
                            .flatMap(e -> cities.countryOf(e.dbpedia()).stream()).findFirst()
                            .flatMap(country -> entities.stream()
                                    .filter(e -> e.type().equals(COUNTRY) && country.equals(e.dbpedia())).findFirst()));
        });
    }
}
