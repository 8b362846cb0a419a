package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * How sure CoreNLP's Wikipedia dictionary (the entitylink annotator's WikiDict) is of the title it gives a surface
 * form: the share of that anchor text's Wikipedia links that point to the title. The annotator keeps only the title;
 * this reads the scores once per process, keeping just what the linking rules ask about, so memory stays small.
 */
final class LinkConfidence {
    static final String WIKIDICT = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    /** Below this share the name is too ambiguous to link on its own: most news mentions are then another referent. */
    static final double MIN_PROBABILITY = 0.7;
    /**
     * At or above this share a bare place name ("Denver") means one place; Wikipedia then titles that place's article
     * by the bare name (its primary topic), not the "Denver,_Colorado" form of older dumps.
     */
    static final double PRIMARY_TOPIC = 0.75;

    private static LinkConfidence shared;

    /** Surface forms whose dictionary title is doubtful, with its share. */
    private final Map<String, Double> doubtful;
    /** Bare place names that mean one "Name,_Region" title, mapped to that title. */
    private final Map<String, String> primaryPlaces;

    LinkConfidence(Map<String, Double> doubtful, Map<String, String> primaryPlaces) {
        this.doubtful = doubtful;
        this.primaryPlaces = primaryPlaces;
    }

    /** The process-wide scores, read from the CoreNLP models on first use. */
    static synchronized LinkConfidence shared() {
        if (shared == null) {
            shared = read();
        }
        return shared;
    }

    private static LinkConfidence read() {
        long start = System.nanoTime();
        Map<String, Double> doubtful = new HashMap<>();
        Map<String, String> primaryPlaces = new HashMap<>();
        InputStream in = LinkConfidence.class.getClassLoader().getResourceAsStream(WIKIDICT);
        if (in == null) {
            throw new IllegalStateException("CoreNLP's Wikipedia dictionary " + WIKIDICT + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                if (tab1 <= 0 || tab2 < 0) {
                    continue;
                }
                String surface = line.substring(0, tab1);
                String title = line.substring(tab1 + 1, tab2);
                double share = Double.parseDouble(line.substring(tab2 + 1));
                if (share < MIN_PROBABILITY) {
                    doubtful.putIfAbsent(surface, share);
                } else if (share >= PRIMARY_TOPIC && title.startsWith(surface.replace(' ', '_') + ",_")
                        && title.indexOf(',', surface.length() + 2) < 0) {
                    primaryPlaces.putIfAbsent(surface, title);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WIKIDICT, e);
        }
        System.err.printf("Read WikiDict link scores (%d doubtful names) in %.1f s%n", doubtful.size(),
                (System.nanoTime() - start) / 1e9);
        return new LinkConfidence(doubtful, primaryPlaces);
    }

    /**
     * The title to link {@code surface} to, given the dictionary's title for it: empty when the dictionary is not sure
     * enough; the bare name when it is the primary topic of a "Name,_Region" title.
     */
    Optional<String> accept(String surface, String title) {
        if (doubtful.getOrDefault(surface, 1.0) < MIN_PROBABILITY) {
            return Optional.empty();
        }
        if (title.equals(primaryPlaces.get(surface))) {
            return Optional.of(surface.replace(' ', '_'));
        }
        return Optional.of(title);
    }
}
