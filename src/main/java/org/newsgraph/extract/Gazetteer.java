package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curated gazetteer of geopolitical bodies (resource {@code gazetteer/geopolitical.yaml}): alliances,
 * international organisations, governments, capitals used as metonyms for their governments, and regions.
 */
public final class Gazetteer {
    /**
     * A named body: its preferred label, ontology class, Wikipedia title, surface forms, adjectives that refer
     * to it when they modify a common noun ("Western allies"), and the Wikipedia title of what it is part of.
     */
    public record Entry(String label, String type, String dbpedia, List<String> names, List<String> adjectives,
            String partOf) {
        public Entry {
            names = names == null ? List.of() : names;
            adjectives = adjectives == null ? List.of() : adjectives;
        }
    }

    /** A surface form of an entry found in a text, as a char range. */
    public record Match(int begin, int end, Entry entry) {}

    record Metonym(String name, String government, String dbpedia, String country) {}

    record Source(List<Entry> alliances, List<Entry> organizations, List<Entry> governments, List<Entry> places,
            List<Metonym> metonyms, List<String> regions, List<String> governmentHeads) {}

    private static final String RESOURCE = "/gazetteer/geopolitical.yaml";

    private final Map<String, Entry> bySurface = new LinkedHashMap<>();
    private final Map<String, Entry> byAdjective = new LinkedHashMap<>();
    private final Map<String, Entry> governmentBySeat = new LinkedHashMap<>();
    private final Set<String> regions;
    private final Set<String> governmentHeads;
    private final Pattern surfaces;

    private Gazetteer(Source source) {
        add(source.alliances(), "Alliance");
        add(source.organizations(), "Organization");
        add(source.governments(), "Government");
        add(source.places(), "Place");
        Map<String, Entry> governments = new LinkedHashMap<>();
        source.governments().forEach(e -> governments.put(e.label(), withType(e, "Government")));
        for (Metonym m : source.metonyms()) {
            Entry government = governments.getOrDefault(m.government(),
                    new Entry(m.government(), "Government", m.dbpedia(), List.of(), List.of(), m.country()));
            governmentBySeat.put(m.name(), government);
        }
        regions = new HashSet<>(source.regions());
        governmentHeads = new HashSet<>(source.governmentHeads());
        List<String> alternatives = new ArrayList<>(bySurface.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Gazetteer::surfacePattern)
                .toList());
        byAdjective.keySet().forEach(a -> alternatives.add(surfacePattern(a) + "(?=\\s+\\p{Ll})"));
        surfaces = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}+])");
    }

    public static Gazetteer load() {
        return new Gazetteer(ResourceYaml.read(RESOURCE, Source.class, "gazetteer"));
    }

    /** Every surface form in the text, longest first and without overlaps; a leading "the" is not part of the match. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = surfaces.matcher(text);
        while (m.find()) {
            int begin = m.start();
            String found = m.group();
            if (found.startsWith("the ")) {
                begin += 4;
            }
            Entry entry = bySurface.get(key(found));
            matches.add(new Match(begin, m.end(), entry != null ? entry : byAdjective.get(key(found))));
        }
        return matches;
    }

    /** The government a capital or seat of government stands for when it acts ("Washington said"). */
    public Optional<Entry> governmentSeatedIn(String place) {
        return Optional.ofNullable(governmentBySeat.get(place));
    }

    /** The Wikipedia title of what the body with this label is part of (a government of its country), if known. */
    public Optional<String> partOf(String label) {
        return bySurface.values().stream().filter(e -> e.label().equals(label) && e.partOf() != null)
                .map(Entry::partOf).findFirst()
                .or(() -> governmentBySeat.values().stream().filter(e -> e.label().equals(label) && e.partOf() != null)
                        .map(Entry::partOf).findFirst());
    }

    /** Whether a Wikipedia title names a region (a place that is not a country). */
    public boolean isRegion(String wikipediaTitle) {
        return regions.contains(wikipediaTitle);
    }

    /** Nouns that, after a person's name, name the government that person leads ("Trump administration"). */
    public boolean isGovernmentHead(String lemma) {
        return governmentHeads.contains(lemma);
    }

    private void add(List<Entry> entries, String type) {
        for (Entry e : entries) {
            Entry typed = withType(e, type);
            bySurface.putIfAbsent(key(e.label()), typed);
            e.names().forEach(name -> bySurface.putIfAbsent(key(name), typed));
            e.adjectives().forEach(adjective -> byAdjective.putIfAbsent(key(adjective), typed));
        }
    }

    private static Entry withType(Entry e, String type) {
        return new Entry(e.label(), type, e.dbpedia(), e.names(), e.adjectives(), e.partOf());
    }

    /** Spaces and hyphens are interchangeable ("five-eyes", "Five Eyes" differ in case, so both are listed). */
    static String key(String surface) {
        return surface.replace('-', ' ');
    }

    /** A pattern for the surface as written, a space or a hyphen between its words. */
    static String surfacePattern(String surface) {
        StringBuilder pattern = new StringBuilder();
        for (String part : surface.split(" ", -1)) {
            if (!pattern.isEmpty()) {
                pattern.append("[ \\-]");
            }
            pattern.append(Pattern.quote(part));
        }
        return pattern.toString();
    }
}
