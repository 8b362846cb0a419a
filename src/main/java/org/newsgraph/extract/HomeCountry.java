package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;

/** The country an article is about, judged by how often it names each country (by its name or its people's). */
final class HomeCountry {

    private HomeCountry() {}

    /**
     * The country named most often, with how often, when no other is named as often: a tie says the article is about
     * the relation between the two, not about one of them.
     */
    static <K> Optional<Map.Entry<K, Long>> mostNamed(Map<K, Long> timesNamed) {
        return timesNamed.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> timesNamed.values().stream().filter(top.getValue()::equals).count() == 1);
    }
}
