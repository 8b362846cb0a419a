package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of countries, from the country entries of CoreNLP's KBP gazetteer ("democratic republic of the congo"), which
 * the tagger itself does not always use: it tags some countries' longer names as mere locations.
 */
final class CountryNames {
    static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private final Set<String> names;

    private CountryNames(Set<String> names) {
        this.names = names;
    }

    /** Each line: a lower-case name, its fine type, the coarse types it may override, a priority. */
    static CountryNames load() {
        return new CountryNames(ModelResource.read(RESOURCE, "KBP gazetteer", lines -> lines
                .map(line -> line.split("\t"))
                // "-owned", "-born" forms are modifiers, listed as miscellaneous
                .filter(fields -> fields.length > 2 && fields[1].equals("COUNTRY") && fields[2].equals("LOCATION"))
                .map(fields -> fields[0]).collect(Collectors.toUnmodifiableSet())));
    }

    /** Whether the Wikipedia title is a country's ("Democratic_Republic_of_the_Congo"). */
    boolean isCountryTitle(String title) {
        return names.contains(title.replace('_', ' ').toLowerCase(Locale.ROOT));
    }
}
