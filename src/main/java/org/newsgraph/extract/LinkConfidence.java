package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.convert.Uris;

/**
 * How sure CoreNLP's Wikipedia dictionary (the entitylink annotator's WikiDict) is of the title it gives a surface
 * form: the share of that anchor text's Wikipedia links that point to the title. The annotator keeps only the title;
 * this reads the scores once per process, keeping just what the linking rules ask about, so memory stays small.
 * A doubtful title is still taken when the mention's type or the document's other words single it out.
 */
final class LinkConfidence {
    static final String WIKIDICT = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    /** Below this share the name is too ambiguous to link on its own: most news mentions are then another referent. */
    static final double MIN_PROBABILITY = 0.7;
    /**
     * At or above this share a bare place name ("Denver") means one place; Wikipedia then titles that place's article
     * by the bare name (its primary topic), not the "Denver,_Colorado" form of older dumps, except for most U.S. places.
     */
    static final double PRIMARY_TOPIC = 0.75;
    /**
     * Below this share even a title the mention's type or the document supports is a guess: the name then mostly
     * means something else.
     */
    static final double MIN_SUPPORTED = 0.2;
    private static final Pattern TITLE_WORD_SEPARATORS = Pattern.compile("[_,()\\s]+");
    /**
     * A lower-case word other than a particle or article of names ("Movement_for_a_Better_Hungary"): the title names a
     * kind of thing ("Post_mill", "Closed-circuit_television"), not one person, body or place.
     */
    private static final Pattern COMMON_WORD = Pattern.compile("_(?!(of|and|the|for|in|on|at|to|upon|de|du|des|la|le|"
            + "les|del|della|di|da|do|dos|von|van|der|den|y|e|al|el|bin|ibn|plc|a|an)([_-]|$))\\p{Ll}");
    /** A trailing "(qualifier)" of a title: "Johanna_Larsson_(tennis)". */
    private static final Pattern QUALIFIER = Pattern.compile("_\\(.*\\)$");
    private static final Pattern UMLAUTS = Pattern.compile("[äöüÄÖÜß]");
    /** What separates the letters of a name's words: any non-letter, or a modifier letter such as the okina. */
    private static final Pattern NON_LETTERS = Pattern.compile("(?:[^\\p{L}]|\\p{Lm})+");
    private static final Pattern NAME_WORD_SEPARATORS = Pattern.compile("[_,()\\s.\\-]+");

    /** Marks a plain spelling that several accented names share. */
    private static final String AMBIGUOUS = "";

    private static LinkConfidence shared;

    /** Surface forms whose dictionary title is doubtful, with its share. */
    private final Map<String, Double> doubtful;
    /**
     * Names the dictionary knows only with diacritics, written without them ("Celine Dumerc"), mapped to the title it
     * is sure of for the written form; a form two names share maps to {@link #AMBIGUOUS}.
     */
    private final Map<String, String> plainSpellings;
    /** Bare place names that mean one "Name,_Region" title, mapped to that title. */
    private final Map<String, String> primaryPlaces;
    /** The "Town,_State" titles of U.S. places. */
    private final Set<String> usPlaces;
    private final UsStates usStates;
    private final TitleNameCounts nameCounts;
    /** CoreNLP's demonym list, for the names of countries and regions. */
    private final Demonyms demonyms;
    /**
     * Titles qualified by a proper name, which may be a country's ("Labour_Party_(UK)", "Democratic_Party_(Italy)"),
     * by the title without the qualifier: the candidates an article's countries choose among.
     */
    private final Map<String, Set<String>> namedQualifiers;

    LinkConfidence(Map<String, Double> doubtful, Map<String, String> plainSpellings, Map<String, String> primaryPlaces,
            Set<String> usPlaces, UsStates usStates, TitleNameCounts nameCounts, Demonyms demonyms,
            Map<String, Set<String>> namedQualifiers) {
        this.doubtful = doubtful;
        this.plainSpellings = plainSpellings;
        this.primaryPlaces = primaryPlaces;
        this.usPlaces = usPlaces;
        this.usStates = usStates;
        this.nameCounts = nameCounts;
        this.demonyms = demonyms;
        this.namedQualifiers = namedQualifiers;
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
        UsStates usStates = UsStates.load();
        Map<String, Double> doubtful = new HashMap<>();
        Map<String, String> plainSpellings = new HashMap<>();
        Map<String, String> primaryPlaces = new HashMap<>();
        Set<String> usPlaces = new HashSet<>();
        TitleNameCounts nameCounts = new TitleNameCounts();
        Map<String, Set<String>> namedQualifiers = new HashMap<>();
        InputStream in = LinkConfidence.class.getClassLoader().getResourceAsStream(WIKIDICT);
        if (in == null) {
            throw new IllegalStateException("CoreNLP's Wikipedia dictionary " + WIKIDICT + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String previous = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                if (tab1 <= 0 || tab2 < 0) {
                    continue;
                }
                String surface = line.substring(0, tab1);
                String title = line.substring(tab1 + 1, tab2);
                double share = Double.parseDouble(line.substring(tab2 + 1));
                nameCounts.add(title);
                int qualifier = title.endsWith(")") ? title.lastIndexOf("_(") : -1;
                if (qualifier > 0 && Character.isUpperCase(title.codePointAt(qualifier + 2))) {
                    namedQualifiers.computeIfAbsent(title.substring(0, qualifier), k -> new HashSet<>()).add(title);
                }
                boolean top = !surface.equals(previous); // a name's lines come together, its likeliest title first
                previous = surface;
                if (top && share >= MIN_PROBABILITY) {
                    addPlainSpelling(plainSpellings, surface, title);
                }
                int comma = title.indexOf(",_");
                if (comma > 0 && usStates.isState(title.substring(comma + 2))) {
                    usPlaces.add(title);
                }
                if (share < MIN_PROBABILITY) {
                    doubtful.putIfAbsent(surface, share);
                } else if (share >= PRIMARY_TOPIC && title.startsWith(surface.replace(' ', '_') + ",_")
                        && title.indexOf(',', surface.length() + 2) < 0 && (usStates.isDatelineCity(surface)
                        || !usStates.isState(title.substring(surface.length() + 2)))) {
                    primaryPlaces.putIfAbsent(surface, title);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WIKIDICT, e);
        }
        System.err.printf("Read WikiDict link scores (%d doubtful names) in %.1f s%n", doubtful.size(),
                (System.nanoTime() - start) / 1e9);
        return new LinkConfidence(doubtful, plainSpellings, primaryPlaces, usPlaces, usStates, nameCounts,
                Demonyms.load(), namedQualifiers);
    }

    /**
     * Records the surface without its diacritics when it has some, nothing else is non-ASCII, it has more than one
     * word and the title is that name ("Céline Dumerc": Céline_Dumerc, not a redirect from another name). A single
     * word is too often another word without its accents ("Aurora", which the dictionary lacks, from "Auróra"). A
     * German name is also recorded as transliterated ("Jürgen Klopp" as "Juergen Klopp").
     */
    private static void addPlainSpelling(Map<String, String> plainSpellings, String surface, String title) {
        if (surface.indexOf(' ') < 0 || surface.chars().allMatch(ch -> ch < 128)) {
            return;
        }
        addPlainSpelling(plainSpellings, surface, title, Uris::withoutDiacritics);
        if (UMLAUTS.matcher(surface).find()) {
            addPlainSpelling(plainSpellings, surface, title, name -> Uris.withoutDiacritics(transliterated(name)));
        }
    }

    private static void addPlainSpelling(Map<String, String> plainSpellings, String surface, String title,
            UnaryOperator<String> plainForm) {
        String plain = plainForm.apply(surface);
        if (plain.equals(surface) || !plain.chars().allMatch(ch -> ch < 128)
                || !plainForm.apply(title).replace('_', ' ').contains(plain)) {
            return;
        }
        String earlier = plainSpellings.putIfAbsent(plain, title);
        if (earlier != null && !earlier.equals(title)) {
            plainSpellings.put(plain, AMBIGUOUS);
        }
    }

    /** German umlauts and sharp s as English news transliterates them: "Jürgen" → "Juergen", "Strauß" → "Strauss". */
    private static String transliterated(String name) {
        return name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
    }

    /** The titles that qualify this one by a proper name in brackets ("Labour_Party" → "Labour_Party_(UK)", …). */
    Set<String> qualifiedTitles(String title) {
        return namedQualifiers.getOrDefault(title, Set.of());
    }

    /**
     * The title of a name the article writes without the diacritics the dictionary knows it with ("Gabor Vona":
     * Gábor_Vona), when the dictionary is sure of it and no other name loses its accents to the same spelling.
     */
    Optional<String> titleOfPlainSpelling(String surface) {
        return Optional.ofNullable(plainSpellings.get(surface)).filter(title -> !title.equals(AMBIGUOUS));
    }

    /**
     * The title to link {@code surface} to, given the dictionary's title for it, the mention's ontology type and the
     * capitalised words of its document: the title when the dictionary is sure enough; a doubtful title when it is
     * the full name of an organisation the mention abbreviates ("GM", "Apple": the common-noun and other readings
     * that make the name doubtful are not organisations), or when it extends the surface and the document names what
     * it adds ("Cowboys" with "Dallas", "Columbus" with "Ohio"), or when it names a country and the mention is a
     * country's; for an ambiguous town name, the town of the U.S. state the document names; the bare name when it is
     * the primary topic of a "Name,_Region" title; else empty.
     */
    Optional<String> accept(String surface, String title, String type, Set<String> documentWords) {
        String named = surface.replace(' ', '_');
        if ("Place".equals(type) && (isOtherTown(surface, title)
                || usStates.isDatelineCity(surface) && !title.startsWith(named))) {
            // the dictionary has stray anchors ("San Francisco": Santa_Monica,_California, scored 0.96, "Honolulu":
            // Eileen_Anderson, and no line for either city's own title); the place is then the article Wikipedia
            // titles by its name, when there is one: a title the dictionary knows, or an AP dateline city's
            return usStates.isDatelineCity(surface) ? Optional.of(usStates.datelineCityTitle(surface))
                    : knowsTitle(named) ? Optional.of(named) : Optional.empty();
        }
        double share = doubtful.getOrDefault(surface, 1.0);
        if (share < MIN_PROBABILITY) {
            Optional<String> town = "Place".equals(type) ? townInStateNamed(surface, documentWords) : Optional.empty();
            if (town.isPresent()) {
                return town;
            }
            if ("Country".equals(type) && demonyms.isPlace(title.replace('_', ' '))) {
                // the tagger read a country, and the title names one: "Britain" is United_Kingdom, though the
                // island takes many of the name's links
                return Optional.of(title);
            }
            boolean supported = share >= MIN_SUPPORTED && ("Organization".equals(type) && isFullNameOf(surface, title)
                    || confirmedBy(surface, title, documentWords));
            return supported ? Optional.of(title) : Optional.empty();
        }
        if (title.equals(primaryPlaces.get(surface))) {
            return Optional.of(named);
        }
        return Optional.of(title);
    }

    /**
     * Whether the title is a "Town,_Region" one whose town shares no word with the name (diacritics and marks such as
     * Hawaiian's okina aside), unless the name is initials ("D.C.": Washington,_D.C.).
     */
    private static boolean isOtherTown(String surface, String title) {
        int comma = title.indexOf(",_");
        List<String> name = letterWords(surface);
        if (comma < 0 || name.stream().allMatch(w -> w.length() == 1)) {
            return false;
        }
        List<String> town = letterWords(title.substring(0, comma));
        return name.stream().noneMatch(town::contains);
    }

    private static List<String> letterWords(String text) {
        return words(NON_LETTERS, Uris.withoutDiacritics(text).toLowerCase(Locale.ROOT));
    }

    /** The title without its trailing "(qualifier)". */
    static String withoutQualifier(String title) {
        return QUALIFIER.matcher(title).replaceFirst("");
    }

    /** The name a title gives its referent: without its qualifier, words spaced ("Labour_Party_(UK)": Labour Party). */
    static String nameOfTitle(String title) {
        return withoutQualifier(title).replace('_', ' ');
    }

    /** Whether the title, past its qualifier, names a kind of thing ("West_Nile_virus") rather than one referent. */
    static boolean namesKindOfThing(String title) {
        return COMMON_WORD.matcher(withoutQualifier(title)).find();
    }

    /** Whether the dictionary's title for the surface is the referent of most of its links. */
    boolean sure(String surface) {
        return doubtful.getOrDefault(surface, 1.0) >= MIN_PROBABILITY;
    }

    /**
     * Whether a person's title is reached only by the very name that links to it: Wikipedia links a person's article
     * by more than one form of the name, so such a title is mostly a red link or a namesake.
     */
    boolean unknownPerson(String title) {
        return nameCounts.reachedByOneName(title);
    }

    /**
     * The city's title when a name that is a state's and an AP dateline city's stands alone ("in Washington":
     * Washington,_D.C.; a dateline's capitals, "WASHINGTON", read as the name); empty for any other name.
     */
    Optional<String> cityOfStateName(String name) {
        String written = name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
        return usStates.namesCityToo(written) ? Optional.of(usStates.datelineCityTitle(written)) : Optional.empty();
    }

    /** Whether the dictionary links some name to the title. */
    boolean knowsTitle(String title) {
        return nameCounts.knows(title);
    }

    /**
     * The title of a town named with its U.S. state ("Aurora" in "Aurora, Colo." or "Kent, Washington"): the bare
     * name of an AP dateline city, else the dictionary's "Town,_State" title when it has one; a dateline's capitals
     * ("AURORA") are read as the name.
     */
    Optional<String> townInState(String town, String state) {
        Optional<String> region = usStates.state(state);
        if (region.isEmpty()) {
            return Optional.empty();
        }
        String name = town.equals(town.toUpperCase(Locale.ROOT)) ? titleCase(town) : town;
        if (usStates.isDatelineCity(name)) {
            return Optional.of(usStates.datelineCityTitle(name));
        }
        String title = name.replace(' ', '_') + ",_" + region.get();
        return usPlaces.contains(title) ? Optional.of(title) : Optional.empty();
    }

    /**
     * The "Town,_State" title of an ambiguous town name in an article that names one U.S. state that has a town so
     * named ("Portland" in an article about Maine), preferring "West Virginia" to the "Virginia" inside it.
     */
    private Optional<String> townInStateNamed(String town, Set<String> documentWords) {
        if (usStates.isState(town.replace(' ', '_')) || usStates.isDatelineCity(town)) {
            return Optional.empty(); // a state, or a city that needs no state ("Phoenix" is not Phoenix, New York)
        }
        List<String> named = usStates.namedIn(documentWords);
        List<String> titles = named.stream()
                .filter(state -> named.stream().noneMatch(other -> other.length() > state.length() && other.endsWith("_" + state)))
                .map(state -> town.replace(' ', '_') + ",_" + state).filter(usPlaces::contains).toList();
        return titles.size() == 1 ? Optional.of(titles.getFirst()) : Optional.empty();
    }

    private static String titleCase(String upper) {
        StringBuilder name = new StringBuilder(upper.toLowerCase(Locale.ROOT));
        for (int i = 0; i < name.length(); i++) {
            if (i == 0 || name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '-') {
                name.setCharAt(i, Character.toUpperCase(name.charAt(i)));
            }
        }
        return name.toString();
    }

    /**
     * Whether a title is the name the surface is the initials of ("GM": "General_Motors") or a longer proper name
     * that starts with the surface ("Apple": "Apple_Inc.", "Cornell": "Cornell_University"). A title that puts a
     * qualifier first or adds "of …" ("St._Louis_Cardinals", "Port_Authority_of_Allegheny_County") picks one of many
     * bodies with that name, so only the document can confirm it.
     */
    private static boolean isFullNameOf(String surface, String title) {
        String name = withoutQualifier(title);
        List<String> surfaceWords = words(NAME_WORD_SEPARATORS, surface);
        List<String> titleWords = words(NAME_WORD_SEPARATORS, name);
        if (surfaceWords.isEmpty() || titleWords.size() <= surfaceWords.size()) {
            return false;
        }
        if (titleWords.subList(0, surfaceWords.size()).equals(surfaceWords)) {
            return !namesKindOfThing(name) && !titleWords.get(surfaceWords.size()).equals("of");
        }
        return surface.length() >= 2 && surface.chars().allMatch(Character::isUpperCase) && surface.equals(initials(titleWords));
    }

    /** The first letters of the capitalised words: "GM" for "General Motors", "US" for "United States". */
    static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        words.stream().filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                .forEach(w -> initials.appendCodePoint(w.codePointAt(0)));
        return initials.toString();
    }

    /**
     * Whether the title holds the surface's words and the document names a capitalised word the title adds to them
     * ("Dallas" for "Dallas_Cowboys").
     */
    private static boolean confirmedBy(String surface, String title, Set<String> documentWords) {
        List<String> own = words(TITLE_WORD_SEPARATORS, surface.toLowerCase(Locale.ROOT));
        List<String> titleWords = words(TITLE_WORD_SEPARATORS, title);
        List<String> lowerTitleWords = titleWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return !own.isEmpty() && lowerTitleWords.containsAll(own) && titleWords.stream()
                .filter(w -> w.length() >= 3 && Character.isUpperCase(w.codePointAt(0)) && !own.contains(w.toLowerCase(Locale.ROOT)))
                .anyMatch(documentWords::contains);
    }

    private static List<String> words(Pattern separators, String text) {
        return Arrays.stream(separators.split(text)).filter(w -> !w.isEmpty()).toList();
    }
}
