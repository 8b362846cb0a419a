package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.newsgraph.convert.Uris;

/**
 * Finds the candidate mentions of an article's entities: CoreNLP's entity mentions without values and false positives,
 * names completed from the dictionary, the gazetteer, the metonymy and administration rules, unnamed groups, events
 * and topics; {@link EntityMerger} makes them into entities.
 */
final class EntityBuilder {
    /** CoreNLP types that are values, not entities. */
    private static final Set<String> VALUE_TYPES = Set.of("NUMBER", "DATE", "TIME", "MONEY", "PERCENT", "ORDINAL",
            "DURATION", "SET", "EMAIL", "URL", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "TITLE", "HANDLE");
    /** Types that name things only when capitalised ("Islam", not "independent"). */
    private static final Set<String> PROPER_ONLY_TYPES = Set.of("RELIGION", "IDEOLOGY", "MISC");
    /** Types of parties and faiths, whose adjectives often only modify a noun ("Democratic leader", "Shiite forces"). */
    private static final Set<String> BELIEF_TYPES = Set.of("RELIGION", "IDEOLOGY");
    private static final Map<String, String> ONTOLOGY_TYPES = Map.of(
            "PERSON", "Person", "COUNTRY", "Country", "CITY", "Place", "STATE_OR_PROVINCE", "Place",
            "LOCATION", "Place", "ORGANIZATION", "Organization", "MISC", "Topic", "RELIGION", "Topic",
            "IDEOLOGY", "Topic");
    /** Wikipedia title qualifiers of creative works and genres: never the referent of a news entity. */
    private static final Pattern WORK_TITLE = Pattern.compile(
            ".*_\\((genre|film|album|song|band|novel|TV_series|magazine|video_game|musical|play|single|EP|"
                    + "comics|manga|opera|poem|painting|book|soundtrack|newspaper|website)\\)");
    /** Pages about a name, not about anyone who bears it, and pages that list things or tell their history. */
    private static final Pattern NAME_PAGE = Pattern.compile(".*_\\((\\w+_)?(name|surname|given_name|disambiguation)\\)"
            + "|(Lists?|Timeline)_of_.*");
    /** A title's qualifier of one proper name, which may be a country's: "Labour_Party_(UK)", not "…_(UK,_1989)". */
    private static final Pattern COUNTRY_QUALIFIER = Pattern.compile("_\\((\\p{Lu}[^,()]*)\\)$");
    /** "Town,_State": a place title, never the referent of a person or an organisation ("Dale_Earnhardt,_Jr." is not). */
    private static final Pattern PLACE_TITLE = Pattern.compile("[^,]+,_(?!(Jr|Sr)\\.?$|I{2,3}$|IV$)[^,]+");
    /**
     * Relations by which a capital acts or is acted with, so it stands for its government; "from" only under a noun
     * ("pressure from Washington"), as under a verb it is where something comes from ("reported from Washington").
     */
    private static final Pattern AGENT_RELATION = Pattern.compile(
            "nsubj.*|obl:agent|nmod:poss|(obl|nmod):(with|against|between|by|toward|towards)|nmod:from");

    /** An abbreviation such as "Va." or "W.": a capital, at most four more letters, a full stop. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{0,4}\\.");
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");
    /**
     * Lower-case words a name grows over ("Citizens for Responsibility and Ethics" + "in Washington"); not "and",
     * which joins two names the dictionary may also know as one title ("Japan and China": a war), unless it joins two
     * words the tagger took for a body's (see {@link #joinsBodyWords}).
     */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "in", "on", "de", "du", "la", "the");
    /** Tokens after a place that make it a dateline (CoreNLP writes "(" as -LRB-). */
    private static final Set<String> DATELINE_MARKS = Set.of("--", "—", "–", "-LRB-", "(");
    /**
     * A token after which a name can start: a lower-case word, or punctuation other than "&" ("then-West Indies" and
     * "Bed Bath & Beyond" are each one name).
     */
    private static final Pattern NAME_BOUNDARY = Pattern.compile("\\p{Ll}[\\p{Ll}'-]*|[\\p{Punct}&&[^&]]+");
    /** Capitalised words, with the lower-case words names hold between them ("Council of Europe"). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|and|the|on|in)\\s+)?\\p{Lu}[\\p{L}'’-]*)+");
    /** Two to six capitals, each maybe followed by a full stop: "DIA", "U.N.". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}\\.?(\\p{Lu}\\.?){1,5}");
    /** The types of body an acronym stands for; a place before a bracket is a dateline's ("OTTAWA (AP)"). */
    private static final Set<String> BODIES = Set.of("Organization", "Government", "Alliance");
    /** Words in quotation marks, within a paragraph. */
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”\\n]{1,100})[\"”]");
    /** Words a title leaves in lower case. */
    private static final Set<String> TITLE_JOINERS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
            "or", "but", "nor", "with", "from", "by", "upon", "as");
    /** An acronym in brackets (as written, or tokenised) right after a name. */
    private static final Pattern BRACKETED_ACRONYM =
            Pattern.compile("\\s*(\\(|-LRB-)\\s*(?<acronym>" + ACRONYM.pattern() + ")\\s*(\\)|-RRB-)");
    /** An acronym after "known as" right after a name. */
    private static final Pattern KNOWN_AS_ACRONYM =
            Pattern.compile(",?\\s+(also\\s+)?known\\s+as\\s+(?<acronym>" + ACRONYM.pattern() + ")(?![\\p{L}\\p{N}])");
    /** The end of a Wikipedia title of a sports side: a club's "F.C.", or a kind of team ("cricket_team"). */
    private static final Pattern SIDE_SUFFIX = Pattern.compile("A?F\\.C\\.|C\\.F\\.|FC|.+_team");
    /** The ends of football clubs' titles, one kind whatever the club's language: "Liverpool_F.C.", "Real_Madrid_C.F.". */
    private static final List<String> CLUB_SUFFIXES = List.of("F.C.", "A.F.C.", "C.F.", "FC");
    /** The noun by which a nationality word names a language ("the English language"). */
    private static final String LANGUAGE = "language";
    /** How a nationality noun alone names a language: what something is said or put "in" or "into" ("in Italian"). */
    private static final String IN_LANGUAGE = "(obl|nmod):in(to)?";
    /** A name that opens with a short particle in lower case: "al Qaeda", "al-Shabab", "de Gaulle", "bin Laden". */
    private static final Pattern PARTICLE_NAME = Pattern.compile("\\p{Ll}{1,3}[- ]\\p{Lu}.*");
    /** A name joined by a hyphen to an "-ing" word: "Oscar-winning", "Pulitzer Prize-winning", "Grammy-winning". */
    private static final Pattern ACTIVE_MODIFIER = Pattern.compile("\\p{Lu}[\\p{L}. ]*-\\p{Ll}+ing");
    /** A capitalised word joined by a hyphen to a participle: "Chinese-made", "U.S.-led", "German-born". */
    private static final Pattern PLACE_MODIFIER = Pattern.compile("\\p{Lu}[\\p{L}.]*-\\p{Ll}*(ed|made|born|built|run|grown)");
    /** Tags CoreNLP gives capitalised day and time words, which are also words of names ("Evening Express"). */
    static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "SET");
    /** Types the tagger guesses for a name it does not know: a word alone reads as a person's name or a topic. */
    private static final Set<String> GUESSED_TYPES = Set.of("Person", "Topic");
    /** Types of the place a body is named for ("the Law Society of Kenya"). */
    private static final Set<String> PLACE_OF_BODY_TYPES = Set.of("Country", "Place");
    /** Types the tagger gives a quoted title of a work it reads as a name. */
    private static final Set<String> PERSON_OR_PLACE = Set.of("Person", "Place");
    /** What joins two persons' given names before the surname they share. */
    private static final Set<String> COUPLE_JOINERS = Set.of("and", "&");
    /** How many tokens a name may grow by on each side when the dictionary knows the longer name. */
    private static final int MAX_NAME_EXTENSION = 4;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final TopicFinder topicFinder;
    private final LinkConfidence linkConfidence;
    private final EntityMerger merger;
    private final Demonyms demonyms = Demonyms.load();
    private final GivenNames givenNames = GivenNames.load();
    private final CountryNames countryNames = CountryNames.load();
    private final SportsTeams sportsTeams = SportsTeams.load();
    /** CoreNLP's Wikipedia dictionary: name → title. */
    private final Function<String, Optional<String>> dictionary;

    EntityBuilder(Gazetteer gazetteer, Lexicon lexicon, LinkConfidence linkConfidence,
            Function<String, Optional<String>> dictionary) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.linkConfidence = linkConfidence;
        this.dictionary = dictionary;
        this.topicFinder = new TopicFinder(lexicon);
        this.merger = new EntityMerger(gazetteer, lexicon, linkConfidence);
    }

    List<ExtractedEntity> build(CoreDocument document, List<SentenceGraph> sentences) {
        String text = document.text();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> documentWords = capitalisedWords(sentences);
        Set<String> mentionTexts = sentences.stream().flatMap(s -> s.sentence.entityMentions().stream())
                .map(CoreEntityMention::text).collect(Collectors.toSet());
        for (SentenceGraph s : sentences) {
            List<CoreEntityMention> mentions = s.sentence.entityMentions();
            boolean afterQualifier = false;
            for (int i = 0; i < mentions.size(); i++) {
                CoreEntityMention m = mentions.get(i);
                CoreEntityMention previous = i > 0 ? mentions.get(i - 1) : null;
                boolean afterComma = previous != null && followsComma(previous, m, text);
                boolean afterPlace = afterComma && PLACE_TYPES.contains(previous.entityType());
                if (afterComma && !candidates.isEmpty()
                        && candidates.getLast().source == previous
                        && (afterPlace || "PERSON".equals(previous.entityType()))) {
                    // "Aurora, Colo.", "Kent, Washington": the state says which town of that name, even of a name the
                    // tagger took for a person's ("DAVIE, Fla.")
                    Candidate town = candidates.getLast();
                    Optional<String> title = linkConfidence.townInState(town.text, m.text());
                    title.ifPresent(t -> {
                        town.link = t;
                        town.type = "Place";
                    });
                    afterPlace = afterPlace || title.isPresent();
                }
                // "CHARLESTON , W. Va.": a state abbreviation after a place qualifies it and names nothing new
                boolean qualifier = isAbbreviation(m) && (afterQualifier && adjacent(previous, m, text) || afterPlace);
                afterQualifier = qualifier;
                if (qualifier) {
                    continue;
                }
                CoreEntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                Optional<Candidate> c = fromCoreNlp(m, s, documentWords);
                List<Candidate> apart = c.map(found -> namedApart(found, s, mentionTexts, documentWords)).orElse(List.of());
                if (!apart.isEmpty()) {
                    candidates.addAll(apart);
                    continue;
                }
                Optional<Candidate> fuller = c.flatMap(found -> dictionaryName(found, s, text))
                        .or(() -> c.flatMap(found -> withBracketedQualifier(found, s, text)));
                if (fuller.isPresent()) {
                    candidates.removeIf(earlier -> earlier.sentence == s.index && earlier.overlaps(fuller.get()));
                    candidates.add(fuller.get());
                    while (i + 1 < mentions.size() && mentions.get(i + 1).charOffsets().first() < fuller.get().end) {
                        i++;
                    }
                } else if (next != null && isRegionOfPeople(m, next, text)) {
                    candidates.add(spanning(m, next, "Place", s, text, documentWords));
                    i++;
                } else if (next != null && isPartyNamedByAdjective(m, next, text)) {
                    candidates.add(spanning(m, next, "Organization", s, text, documentWords));
                    i++;
                } else if (next != null && c.isPresent() && continuesName(m, next, text)) {
                    candidates.add(joined(c.get(), next, text));
                    i++;
                } else {
                    c.ifPresent(found -> {
                        if (next != null) {
                            sharedSurname(found, m, next, text);
                        }
                        candidates.add(found);
                    });
                }
            }
        }
        List<Candidate> gazetteered = new ArrayList<>();
        for (Gazetteer.Match match : gazetteer.find(text)) {
            String matched = text.substring(match.begin(), match.end());
            if (ACRONYM.matcher(matched).matches() && spelledOutAsAnother(matched, match.entry(), text)) {
                continue; // "the International Cricket Council … ICC chairman": not the International Criminal Court
            }
            sentenceOf(sentences, match.begin(), match.end()).ifPresent(s -> {
                Candidate c = new Candidate(match.begin(), match.end(), text.substring(match.begin(), match.end()), s.index);
                c.type = match.entry().type();
                c.link = match.entry().dbpedia();
                c.gazetteerLabel = match.entry().label();
                gazetteered.add(c);
            });
        }
        candidates.removeIf(c -> gazetteered.stream().anyMatch(g -> g.overlaps(c)));
        candidates.addAll(gazetteered);
        namedStorms(candidates, sentences, text);
        List<SportsTeams.Match> sideNames = sportsTeams.find(text);
        Set<String> leagues = sportsTeams.leaguesIn(text, sideNames,
                candidates.stream().map(c -> c.link).filter(Objects::nonNull).toList());
        candidates.addAll(sportsSides(candidates, sentences, text, sideNames, leagues));
        candidates.addAll(employersBeforeTitles(candidates, sentences, text, documentWords));
        bodiesOfPlaces(candidates, sentences, text, documentWords);
        candidates.addAll(untypedOrganisations(candidates, sentences, text, documentWords));
        candidates.addAll(untaggedEvents(candidates, sentences, text, documentWords));
        candidates.addAll(declaredAcronyms(candidates, sentences, text));
        candidates.addAll(repeatedNames(candidates, sentences, text));
        candidates.addAll(shortNamesOfBodies(candidates, sentences, text));
        candidates.addAll(administrations(candidates, sentences, text));
        governmentMetonyms(candidates, sentences);
        teamMetonyms(candidates, sentences, text, leagues);
        instancesOfKinds(candidates, sentences, documentWords);
        bodiesReadAsPersons(candidates);
        placesOfTitlesBeforeNames(candidates, sentences, text, documentWords);
        linkByArticleCountry(candidates);
        List<Candidate> groupsAndEvents = groupsAndEvents(candidates, sentences, text);
        // "the Paris Agreement", "the Munich Security Conference": a place in an event's proper name is no mention of it
        candidates.removeIf(c -> ("Place".equals(c.type) || "Country".equals(c.type)) && groupsAndEvents.stream()
                .anyMatch(e -> e.named && e.sentence == c.sentence && e.begin <= c.begin && c.end <= e.end));
        candidates.addAll(groupsAndEvents);
        candidates.addAll(topics(candidates, sentences, text));
        List<int[]> workTitles = workTitles(text);
        candidates.removeIf(c -> workTitles.stream()
                .anyMatch(t -> t[0] <= c.begin && c.end <= t[1] && c.end - c.begin < t[1] - t[0]));
        // "won album of the year for "Cowboy Carter"": a whole title the tagger took for a person's or a place's
        // name is the work's, which the ontology knows only as a topic; the dictionary's titles of works are refused
        candidates.stream().filter(c -> c.type != null && PERSON_OR_PLACE.contains(c.type))
                .filter(c -> workTitles.stream().anyMatch(t -> t[0] == c.begin && c.end == t[1]))
                .forEach(c -> {
                    c.type = "Topic";
                    c.link = null;
                });
        acronymsOfNames(candidates);
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> -c.end));
        return merger.entities(candidates);
    }

    private Optional<Candidate> fromCoreNlp(CoreEntityMention m, SentenceGraph s, Set<String> documentWords) {
        String nerType = m.entityType();
        String text = m.text();
        if (nerType == null || VALUE_TYPES.contains(nerType) || !Character.isLetter(text.codePointAt(0))) {
            return Optional.empty();
        }
        boolean capitalised = Character.isUpperCase(text.codePointAt(0)) || PARTICLE_NAME.matcher(text).matches();
        if (PROPER_ONLY_TYPES.contains(nerType) && !capitalised) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = m.tokens();
        if (tokens.stream().allMatch(t -> t.tag().startsWith("PRP") || t.tag().startsWith("WP"))) {
            return Optional.empty(); // a pronoun: coreference links it, it names nothing
        }
        boolean adjective = tokens.size() == 1 && tokens.getFirst().tag().startsWith("JJ");
        if (nerType.equals("MISC") && (adjective || isHyphenatedPair(text) || ACTIVE_MODIFIER.matcher(text).matches())) {
            return Optional.empty(); // "Western", "U.S.-Canada", "Oscar-winning": modifiers, not entities
        }
        if (nerType.equals("MISC") && isPluralTitle(s, tokens, m.entity())) {
            return Optional.empty();
        }
        if (BELIEF_TYPES.contains(nerType) && tokens.size() == 1 && modifiesNounAfter(s, tokens.getFirst())) {
            return Optional.empty(); // "Democratic leader", "Shiite forces": a party or faith word used as a modifier
        }
        if (nerType.equals("ORGANIZATION") && tokens.size() == 1 && m.entity() != null
                && namesFieldOfTitle(tokens.getFirst(), s.sentence.tokens(), m.entity())) {
            return Optional.empty(); // "Labour Minister": the minister's field, which the post's name takes in
        }
        int end = m.charOffsets().second();
        if (tokens.size() > 1 && tokens.getLast().tag().equals("DT")) {
            end = tokens.get(tokens.size() - 2).endPosition(); // "Agenda The following…": the next sentence's article
            text = text.substring(0, end - m.charOffsets().first());
        }
        Candidate c = new Candidate(m.charOffsets().first(), end, text, s.index);
        c.source = m;
        // "Americans", "Kurds": the people of a country, tagged as a name but referring to it only through them
        boolean pluralDemonym = tokens.size() == 1 && tokens.getFirst().tag().matches("NNP?S") && demonyms.contains(text);
        // "Chinese-made", "U.S.-led": a modifier that names the place only through what it says of something else
        boolean placeModifier = nerType.equals("MISC") && PLACE_MODIFIER.matcher(text).matches();
        c.nationality = nerType.equals("NATIONALITY") || pluralDemonym || placeModifier;
        IndexedWord word = s.graph.getNodeByIndexSafe(tokens.getFirst().index());
        if (c.nationality && tokens.size() == 1 && tokens.getFirst().tag().matches("NNP?") && word != null
                && !s.dependents(word, "det").isEmpty() && !s.relation(word).matches("compound|amod")) {
            return Optional.empty(); // "The Dutchman joined from Feyenoord": one person, not the Netherlands
        }
        if (c.nationality && tokens.size() == 1 && word != null
                && s.governor(word).map(g -> LANGUAGE.equals(SentenceGraph.lemma(g))).orElse(false)) {
            return Optional.empty(); // "not in the English language": the language, not its people
        }
        if (c.nationality && tokens.size() == 1 && word != null && tokens.getFirst().tag().equals("NNP")
                && s.graph.incomingEdgeList(word).stream().anyMatch(e -> e.getRelation().toString().matches(IN_LANGUAGE))) {
            return Optional.empty(); // "spoke in Italian, English and Spanish": languages, not their peoples' lands
        }
        c.type = pluralDemonym || placeModifier ? null
                : isPartyOfMembers(m) ? "Organization" : ONTOLOGY_TYPES.get(nerType);
        if ("Organization".equals(c.type) && lexicon.isVenueHead(tokens.getLast().word().toLowerCase(Locale.ROOT))) {
            c.type = "Place"; // "the Allianz Arena": a match is played at a place, not at a body
        }
        if ("Person".equals(c.type) && m.charOffsets().first() == s.begin() && end <= s.datelineEnd()) {
            c.type = "Place"; // "ABU DHABI, Dec 7 (Reuters) -": a dateline opens with where the story was filed
        }
        if (c.type == null && !c.nationality) {
            return Optional.empty();
        }
        // CoreNLP looked the name up as written; a name it knows only with diacritics it missed
        String link = m.entity() == null || m.entity().equals("O")
                ? linkConfidence.titleOfPlainSpelling(m.text()).orElse(null) : m.entity();
        if (c.nationality && (link == null || !compatibleLink(c.type, link))) {
            // CoreNLP links some nationality words to a language ("Spanish": Spanish_language); they mean the
            // people's place
            link = demonyms.place(text).flatMap(this::titleOf).orElse(link);
        }
        if (capitalised && link != null && "Person".equals(c.type)) {
            Optional<String> retyped = typeOfNonPersonTitle(text, link);
            c.type = (retyped.isPresent() ? retyped : sideOfTitle(text, link)).orElse(c.type);
            if ("Person".equals(c.type) && !sharesWord(text, link)) {
                link = null; // a person's article bears the name: "John Kerry" is no band he played in, The_Electras
            }
        }
        if (capitalised && link != null && compatibleLink(c.type, link)) {
            // a nationality adjective is not a name; its title is the place of its people ("European": Europe)
            c.link = c.nationality ? link : linkConfidence.accept(m.text(), link, c.type, documentWords).orElse(null);
        }
        if (c.nationality && c.type == null && c.link != null) {
            // a word whose title is a body's refers to the body, not to a country ("Republican-led": the party)
            c.type = typeByTitleHead(c.link, null).filter("Organization"::equals).orElse(null);
        }
        if (capitalised && c.link == null && "Organization".equals(c.type)) {
            c.link = titleOfCompany(text, documentWords).orElse(null);
        }
        if (c.link == null && ("Place".equals(c.type) || "Country".equals(c.type)) && m.charOffsets().second() <= s.datelineEnd()) {
            // a dateline writes its town in capitals, which the dictionary knows for other things ("LONDON":
            // London_postal_district) or not at all ("SAN FRANCISCO")
            String written = titleCase(text);
            c.link = acceptedTitle(written, c.type, documentWords).orElse(null);
        }
        if ("Place".equals(c.type) && !c.nationality && standsAlone(s, tokens)) {
            linkConfidence.cityOfStateName(text).ifPresent(city -> c.link = city);
        }
        c.type = byTitle(c.type, c.link, text);
        return Optional.of(c);
    }

    /**
     * The title of a company whose name the dictionary knows with its legal form spelled otherwise or without it
     * ("Hearst Corp.": Hearst_Corporation, "Lonmin PLC": Lonmin), when the title starts with the company's name.
     */
    private Optional<String> titleOfCompany(String name, Set<String> documentWords) {
        List<String> variants = lexicon.legalFormVariants(name);
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        String company = variants.getLast().replace(' ', '_');
        return variants.stream().flatMap(variant -> titleOf(variant)
                .filter(title -> (title.equals(company) || title.startsWith(company + "_")) && compatibleLink("Organization", title))
                .flatMap(title -> linkConfidence.accept(variant, title, "Organization", documentWords)).stream())
                .findFirst();
    }

    /** The dictionary's title for a name of this type, when it fits the type and the link rules accept it. */
    private Optional<String> acceptedTitle(String name, String type, Set<String> documentWords) {
        return titleOf(name).filter(t -> compatibleLink(type, t))
                .flatMap(t -> linkConfidence.accept(name, t, type, documentWords));
    }

    /**
     * The dictionary's title for a name when it is sure of it and the title shares a word with the name: else the
     * title is a stray anchor ("American Factory": Old_China_Trade).
     */
    private Optional<String> sureTitleOf(String name) {
        return titleOf(name).filter(t -> linkConfidence.sure(name) && sharesWord(name, t));
    }

    /** The dictionary's title for a name, as written or, when it knows the name only with diacritics, with them. */
    private Optional<String> titleOf(String name) {
        return dictionary.apply(name).or(() -> linkConfidence.titleOfPlainSpelling(name));
    }

    /**
     * The type of a name the tagger took for a person's when the dictionary is sure of a title that shares no word
     * with it, so is no name of a person bearing it, and whose head word names a body or a place ("Jobbik":
     * Movement_for_a_Better_Hungary, "Diaoyu": Senkaku_Islands). A "Name,_Region" title is no sign of a place here:
     * surnames are town names too ("Brinker") and peers are titled so ("John_Haire,_Baron_Haire_of_Whiteabbey").
     */
    private Optional<String> typeOfNonPersonTitle(String name, String title) {
        if (!linkConfidence.sure(name)) {
            return Optional.empty();
        }
        return sharesWord(name, title) ? Optional.empty() : typeByTitleHead(title, "Person");
    }

    /**
     * A name the tagger took for a person's is a sports side when the dictionary is sure it names one: "Chelsea" is
     * Chelsea_F.C. for most of the links so written ("Arsenal face Chelsea on Saturday").
     */
    private Optional<String> sideOfTitle(String name, String title) {
        return linkConfidence.sure(name) && title.startsWith(name.replace(' ', '_') + "_") && !sideSuffixes(title).isEmpty()
                ? Optional.of("Organization") : Optional.empty();
    }

    /**
     * The longest name around a mention that the dictionary is sure of, when the tagger cut it short or in pieces:
     * "Citizens for Responsibility and Ethics" + "in Washington", "Bay" + "Area". The name runs over proper nouns
     * and the connectors between them, neither starting nor ending with a title; its head must be a word the tagger
     * typed, and that type is the name's, or an untyped word that heads the title too ("European" + "Centre for" +
     * "Disease Prevention and Control").
     */
    private Optional<Candidate> dictionaryName(Candidate c, SentenceGraph s, String text) {
        List<CoreLabel> tokens = s.sentence.tokens();
        List<CoreLabel> inside = s.tokens(c.begin, c.end);
        // "The Bank of" + "Japan": an article the tagger took into the name is no word of it
        int first = inside.getFirst().index() - (inside.size() > 1 && inside.getFirst().tag().equals("DT") ? 0 : 1);
        int last = inside.getLast().index() - 1;
        int from = first;
        while (from > 0 && first - from < MAX_NAME_EXTENSION && (isNameWord(tokens.get(from - 1))
                || from > 1 && (NAME_CONNECTORS.contains(tokens.get(from - 1).word()) && isNameWord(tokens.get(from - 2))
                        || joinsBodyWords(tokens, from - 1)))) {
            from--;
        }
        int to = last;
        while (to + 1 < tokens.size() && to - last < MAX_NAME_EXTENSION && (isNameWord(tokens.get(to + 1))
                || to + 2 < tokens.size() && (NAME_CONNECTORS.contains(tokens.get(to + 1).word())
                        && isNameWord(tokens.get(to + 2)) || joinsBodyWords(tokens, to + 1)))) {
            to++;
        }
        for (int length = to - from + 1; length > last - first + 1; length--) {
            for (int begin = from; begin <= first && begin + length - 1 <= to; begin++) {
                int end = begin + length - 1;
                if (end < last || !canEdgeName(tokens.get(begin)) || !canEdgeName(tokens.get(end))) {
                    continue;
                }
                int charBegin = tokens.get(begin).beginPosition();
                int charEnd = tokens.get(end).endPosition();
                String name = text.substring(charBegin, charEnd);
                if (end > last && end + 1 < tokens.size() && isTitle(tokens.get(end + 1)) && "O".equals(tokens.get(end).ner())) {
                    continue; // "U.S. District Judge": an untyped word before a title is part of the title
                }
                Optional<String> title = sureTitleOf(name);
                Optional<String> type = s.head(charBegin, charEnd).map(h -> ONTOLOGY_TYPES.get(tokens.get(h.index() - 1).ner()))
                        .or(() -> title.flatMap(t -> typeByTitleHead(t, c.type)));
                if (type.filter("Person"::equals).isPresent()
                        && tokens.subList(begin, end + 1).stream().anyMatch(this::isTitle)) {
                    continue; // "Senate Majority Leader Harry Reid" is two names and a title, not one person's name
                }
                if (type.isPresent() && title.isPresent() && compatibleLink(type.get(), title.get())) {
                    Candidate fuller = new Candidate(charBegin, charEnd, name, s.index);
                    fuller.type = byTitle(type.get(), title.get(), name);
                    fuller.link = title.get();
                    // no CoreNLP mention: the tagger's was a part, and what corefers with the part ("Denver") is not this
                    return Optional.of(fuller);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the article writes out the acronym's letters as a body's name the gazetteer entry does not give: the
     * whole of a run of capitalised words, but for a leading "The", ending in a body's word ("Council"). The letters
     * are then that body's, which the tagger may have missed while CoreNLP's linker read the acronym in its light.
     */
    private boolean spelledOutAsAnother(String acronym, Gazetteer.Entry entry, String text) {
        String letters = acronym.replace(".", "");
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            List<String> words = upperCaseWords(run.group());
            int at = words.size() - letters.length();
            List<String> name = at < 0 || at > 1 || at == 1 && !words.getFirst().equals("The") ? List.of()
                    : words.subList(at, words.size());
            if (!name.isEmpty() && LinkConfidence.initials(name).equals(letters)
                    && lexicon.isOrganisationHead(name.getLast().toLowerCase(Locale.ROOT))
                    && entry.names().stream().noneMatch(n -> upperCaseWords(n).equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a name that start with a capital, in order: those its initials are made of. */
    private static List<String> upperCaseWords(String name) {
        return Arrays.stream(name.split("\\s+")).filter(w -> Character.isUpperCase(w.codePointAt(0))).toList();
    }

    /**
     * Whether the token is an "and" between two words the tagger took for a body's name, which may be one name cut in
     * two ("International Longshore" and "Warehouse Union").
     */
    private static boolean joinsBodyWords(List<CoreLabel> tokens, int at) {
        return COUPLE_JOINERS.contains(tokens.get(at).word()) && "ORGANIZATION".equals(tokens.get(at - 1).ner())
                && "ORGANIZATION".equals(tokens.get(at + 1).ner());
    }

    /**
     * The two bodies a tagger's organisation is made of, when the dictionary knows no name so written and the article
     * names each part on its own elsewhere: "An Air India Boeing 787" is Air India's Boeing, and "Air India" and
     * "Boeing" are two companies, not one "Air India Boeing".
     */
    private List<Candidate> namedApart(Candidate c, SentenceGraph s, Set<String> mentionTexts, Set<String> documentWords) {
        List<CoreLabel> tokens = s.tokens(c.begin, c.end);
        if (!"Organization".equals(c.type) || tokens.size() < 2 || titleOf(c.text).isPresent()) {
            return List.of();
        }
        for (int at = 1; at < tokens.size(); at++) {
            int split = tokens.get(at).beginPosition();
            String left = c.text.substring(0, tokens.get(at - 1).endPosition() - c.begin);
            String right = c.text.substring(split - c.begin);
            if (mentionTexts.contains(left) && mentionTexts.contains(right)) {
                return List.of(part(c.begin, left, s, documentWords), part(split, right, s, documentWords));
            }
        }
        return List.of();
    }

    /** One of the bodies {@link #namedApart} finds, linked as a body's name on its own. */
    private Candidate part(int begin, String name, SentenceGraph s, Set<String> documentWords) {
        Candidate part = new Candidate(begin, begin + name.length(), name, s.index);
        part.type = "Organization";
        part.link = acceptedTitle(name, part.type, documentWords).orElse(null);
        return part;
    }

    /**
     * An organisation's name with the bracketed words that tell it from another of that name ("Janata Dal (United)",
     * "Communist Party of India (Marxist)"): capitalised words, none an abbreviation ("Shiv Sena (UBT)"), a place or a
     * person, that together are no body's name the dictionary is sure of ("Alphabet (Google)" names two companies).
     */
    private Optional<Candidate> withBracketedQualifier(Candidate c, SentenceGraph s, String text) {
        List<CoreLabel> tokens = s.sentence.tokens();
        int open = s.tokens(c.begin, c.end).getLast().index();
        if (!"Organization".equals(c.type) || open >= tokens.size() || !tokens.get(open).originalText().equals("(")) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < tokens.size() && isQualifierWord(tokens.get(close))) {
            close++;
        }
        if (close == open + 1 || close >= tokens.size() || !tokens.get(close).originalText().equals(")")) {
            return Optional.empty();
        }
        String qualifier = text.substring(tokens.get(open + 1).beginPosition(), tokens.get(close - 1).endPosition());
        boolean body = tokens.subList(open + 1, close).stream().allMatch(t -> "ORGANIZATION".equals(t.ner()));
        if (body && titleOf(qualifier).isPresent() && linkConfidence.sure(qualifier)) {
            return Optional.empty();
        }
        int end = tokens.get(close).endPosition();
        Candidate named = new Candidate(c.begin, end, text.substring(c.begin, end), c.sentence);
        named.source = c.source;
        named.type = c.type;
        named.link = titleOf(named.text).filter(t -> linkConfidence.sure(named.text) && compatibleLink(c.type, t))
                .orElse(null); // the link of the name without its qualifier is another body's
        return Optional.of(named);
    }

    private static boolean isQualifierWord(CoreLabel token) {
        String word = token.originalText();
        return Character.isUpperCase(word.codePointAt(0)) && !ACRONYM.matcher(word).matches()
                && !PLACE_TYPES.contains(token.ner()) && !"PERSON".equals(token.ner()) && !"NATIONALITY".equals(token.ner());
    }

    /** A place that opens its sentence and is followed by a dash or a parenthesis: "Washington --", "PARIS (AP) —". */
    private static boolean isDateline(Candidate place, SentenceGraph s) {
        List<CoreLabel> tokens = s.sentence.tokens();
        int after = s.tokens(place.begin, place.end).size();
        return tokens.getFirst().beginPosition() == place.begin && after < tokens.size()
                && DATELINE_MARKS.contains(tokens.get(after).word());
    }

    /**
     * Whether a place name stands alone: it modifies no noun ("Washington Gov. Jay Inslee", "Washington's governor"),
     * no "state" follows it, and it qualifies no town before it ("Seattle, Washington").
     */
    private static boolean standsAlone(SentenceGraph s, List<CoreLabel> name) {
        List<CoreLabel> tokens = s.sentence.tokens();
        int first = name.getFirst().index() - 1;
        int after = name.getLast().index();
        boolean qualifiesTown = first >= 2 && tokens.get(first - 1).word().equals(",") && isProperNoun(tokens.get(first - 2));
        boolean stateFollows = after < tokens.size() && tokens.get(after).word().equalsIgnoreCase("state");
        boolean modifies = s.head(name.getFirst().beginPosition(), name.getLast().endPosition())
                .map(h -> s.relation(h).matches("compound|amod|nmod:poss")).orElse(false);
        return !qualifiesTown && !stateFollows && !modifies;
    }

    /**
     * A proper noun; a nationality adjective, which opens names too; or a capitalised noun inside the sentence, which
     * the tagger may take for a common one ("European Centre for…", with British "Centre" tagged NN).
     */
    private static boolean isNameWord(CoreLabel token) {
        return isProperNoun(token) || token.tag().equals("JJ") && "NATIONALITY".equals(token.ner())
                || token.tag().startsWith("NN") && token.index() > 1 && Character.isUpperCase(token.word().codePointAt(0));
    }

    /**
     * The type of a name by its title's head word, given the type the tagger gave part of it: a body's word makes an
     * organisation, another name head ("Centre", "Stadium", "Islands") keeps an organisation's type and else makes a
     * place.
     */
    private Optional<String> typeByTitleHead(String title, String partType) {
        String head = titleHead(title);
        return lexicon.isOrganisationHead(head) ? Optional.of("Organization")
                : lexicon.isNameHead(head) ? Optional.of("Organization".equals(partType) ? partType : "Place")
                : Optional.empty();
    }

    /**
     * The head word of a title, lower case: of its part before a comma, the word before its first connector after the
     * first word, else its last ("centre", "islands", "championships" of "The_Championships,_Wimbledon").
     */
    private static String titleHead(String title) {
        List<String> words = titleWords(title.split(",_")[0]);
        for (int i = 1; i < words.size(); i++) {
            if (NAME_CONNECTORS.contains(words.get(i))) {
                return words.get(i - 1);
            }
        }
        return words.getLast();
    }

    /**
     * Whether the title has a word of the name other than a joining word ("of", "and"), or the name's words written as
     * one ("Hong Kongers": Hongkongers).
     */
    private static boolean sharesWord(String name, String title) {
        List<String> nameWords = List.of(Uris.slug(name).split("-"));
        List<String> titleWords = titleWords(title);
        return titleWords.stream().filter(w -> !TITLE_JOINERS.contains(w)).anyMatch(nameWords::contains)
                || String.join("", titleWords).contains(String.join("", nameWords));
    }

    /** The words of a title without its qualifier, folded to lower-case ASCII: "movement", "for", "a", … */
    private static List<String> titleWords(String title) {
        return List.of(Uris.slug(LinkConfidence.withoutQualifier(title)).split("-"));
    }

    private static boolean isProperNoun(CoreLabel token) {
        return token.tag().startsWith("NNP");
    }

    /** A word with a capital after its first letter, which the tagger may take for a common noun: "IndiGo", "eBay". */
    private static boolean isCamelCase(String word) {
        return word.length() > 2 && word.chars().skip(1).anyMatch(Character::isUpperCase)
                && word.chars().anyMatch(Character::isLowerCase);
    }

    /** A proper noun that is not a title: "President Barack Obama" and "Sen. Leland Yee" name persons without it. */
    private boolean canEdgeName(CoreLabel token) {
        return isNameWord(token) && !isTitle(token);
    }

    /**
     * Whether the word is a plural title before persons' names ("Justices Elena Kagan and Ketanji Brown Jackson"): a
     * plural noun that is a part of a person's name in the parse and that the dictionary gives, if at all, the page
     * of the common noun ("Justice"), not of a body ("Democrats": Democratic_Party_(United_States)).
     */
    private static boolean isPluralTitle(SentenceGraph s, List<CoreLabel> tokens, String link) {
        CoreLabel token = tokens.getFirst();
        IndexedWord word = s.graph.getNodeByIndexSafe(token.index());
        return tokens.size() == 1 && token.tag().matches("NNP?S") && word != null
                && (link == null || link.equals("O") || link.equalsIgnoreCase(
                        Morphology.stemStatic(token.word().toLowerCase(Locale.ROOT), "NNS").word()))
                && s.relation(word).equals("compound")
                && s.governor(word).filter(g -> "PERSON".equals(g.ner())).isPresent();
    }

    private boolean isTitle(CoreLabel token) {
        return "TITLE".equals(token.ner()) || lexicon.isTitleAbbreviation(token.word());
    }

    /**
     * The type of a name tagged miscellaneous, by the head word of its Wikipedia title or, unlinked, its last word: an
     * organisation ("Democrats": "Republican_Party_(…)"), an event ("Wimbledon": "The_Championships,_Wimbledon",
     * "World Cup"), else a topic. A place whose title is a country's is that country ("Democratic Republic of Congo",
     * which the tagger calls a location); a body whose title names only an event is that event ("Abu Dhabi Grand
     * Prix"); a place whose title is a sports side's is that side ("Manchester" + "City": Manchester_City_F.C.).
     */
    private String byTitle(String type, String title, String name) {
        if ("Place".equals(type) && title != null && countryNames.isCountryTitle(title)) {
            return "Country";
        }
        if ("Organization".equals(type) && title != null && lexicon.isEventOnlyHead(titleHead(title))) {
            return "Event";
        }
        if ("Place".equals(type) && title != null && !sideSuffixes(title).isEmpty()) {
            return "Organization";
        }
        if (!"Topic".equals(type)) {
            return type;
        }
        String head = title != null ? titleHead(title) : name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return lexicon.isOrganisationHead(head) ? "Organization" : lexicon.isEventHead(head) ? "Event" : type;
    }

    private static Set<String> capitalisedWords(List<SentenceGraph> sentences) {
        Set<String> words = new HashSet<>();
        sentences.forEach(s -> s.sentence.tokens().stream().map(CoreLabel::word)
                .filter(w -> Character.isUpperCase(w.codePointAt(0))).forEach(words::add));
        return words;
    }

    private static boolean isAbbreviation(CoreEntityMention m) {
        return m.tokens().stream().allMatch(t -> ABBREVIATION.matcher(t.word()).matches());
    }

    private static boolean adjacent(CoreEntityMention a, CoreEntityMention b, String text) {
        return a.charOffsets().second() <= b.charOffsets().first()
                && text.substring(a.charOffsets().second(), b.charOffsets().first()).isBlank();
    }

    private static boolean followsComma(CoreEntityMention place, CoreEntityMention m, String text) {
        return place.charOffsets().second() <= m.charOffsets().first()
                && text.substring(place.charOffsets().second(), m.charOffsets().first()).strip().equals(",");
    }

    /**
     * A lone given name joined by "and" to a person's full name shares its surname ("Barack and Michelle Obama", "Bill
     * and Hillary Clinton"): it stands for its own full name, linked when the dictionary is sure of that. The word is
     * a given name when the dictionary knows that full name or the word is a common given name, so "Smith and John
     * Jones" stays a Smith.
     */
    private void sharedSurname(Candidate c, CoreEntityMention m, CoreEntityMention next, String text) {
        if (!"Person".equals(c.type) || m.tokens().size() != 1 || !"PERSON".equals(next.entityType())
                || next.tokens().size() < 2 || m.charOffsets().second() > next.charOffsets().first()
                || !COUPLE_JOINERS.contains(text.substring(m.charOffsets().second(), next.charOffsets().first()).strip())) {
            return;
        }
        String fullName = c.text + " " + next.tokens().getLast().word();
        Optional<String> title = sureTitleOf(fullName);
        if (title.isPresent() || givenNames.contains(c.text)) {
            c.fullName = fullName;
            c.link = title.orElse(null);
        }
    }

    /**
     * The fine-grained tagger splits names whose parts it types differently: "Oakland" + "County", "Washington" +
     * "State", "Tour de" + "France", "St." + "Elizabeth". A generic name head right after a name, a name ending in a
     * lower-case particle, or a place's abbreviated first word continues into the next mention.
     */
    private boolean continuesName(CoreEntityMention m, CoreEntityMention next, String text) {
        if (!adjacent(m, next, text) || VALUE_TYPES.contains(next.entityType())) {
            return false;
        }
        String last = m.tokens().getLast().word();
        boolean particle = Character.isLowerCase(last.codePointAt(0)) && m.tokens().size() > 1;
        boolean genericHead = next.tokens().size() == 1 && lexicon.isNameHead(next.text().toLowerCase(Locale.ROOT));
        boolean abbreviatedPlace = m.tokens().size() == 1 && PLACE_TYPES.contains(m.entityType()) && isAbbreviation(m);
        return particle || genericHead || abbreviatedPlace;
    }

    /** A people's adjective and a capitalised compass word after it: "the American West", "the Russian Far East". */
    private boolean isRegionOfPeople(CoreEntityMention m, CoreEntityMention next, String text) {
        return "NATIONALITY".equals(m.entityType()) && adjacent(m, next, text)
                && Character.isUpperCase(next.text().codePointAt(0))
                && lexicon.isRegionWord(next.text().toLowerCase(Locale.ROOT));
    }

    /**
     * A party named by its members, in the plural ("the Democrats", "the Liberal Democrats"): the tagger calls it an
     * ideology, but its members act, win seats and hold talks.
     */
    private static boolean isPartyOfMembers(CoreEntityMention m) {
        return "IDEOLOGY".equals(m.entityType()) && m.tokens().getLast().tag().equals("NNPS");
    }

    /**
     * A capitalised word the tagger split off a party's name right before its members' plural: "the Social" +
     * "Democrats", "the Free" + "Democrats".
     */
    private static boolean isPartyNamedByAdjective(CoreEntityMention m, CoreEntityMention next, String text) {
        return isPartyOfMembers(next) && adjacent(m, next, text) && m.tokens().size() == 1
                && ("MISC".equals(m.entityType()) || "IDEOLOGY".equals(m.entityType()))
                && Character.isUpperCase(m.text().codePointAt(0));
    }

    /** One name the tagger split in two, of the given type, linked as the dictionary names it whole. */
    private Candidate spanning(CoreEntityMention m, CoreEntityMention next, String type, SentenceGraph s, String text,
            Set<String> documentWords) {
        int begin = m.charOffsets().first();
        int end = next.charOffsets().second();
        Candidate c = new Candidate(begin, end, text.substring(begin, end), s.index);
        c.source = next;
        c.type = type;
        c.link = acceptedTitle(c.text, c.type, documentWords).orElse(null);
        return c;
    }

    private static Candidate joined(Candidate first, CoreEntityMention next, String text) {
        int end = next.charOffsets().second();
        Candidate c = new Candidate(first.begin, end, text.substring(first.begin, end), first.sentence);
        c.source = first.source;
        c.type = first.type == null ? ONTOLOGY_TYPES.get(next.entityType()) : first.type;
        c.nationality = false;
        return c; // the link CoreNLP gave a part is not the link of the whole
    }

    /** Whether a Wikipedia title can be the referent of a mention of this type. */
    private boolean compatibleLink(String type, String link) {
        if (WORK_TITLE.matcher(link).matches() || NAME_PAGE.matcher(link).matches()) {
            return false;
        }
        // "CCTV" is not closed-circuit television, nor "West Nile" the virus
        if (!"Topic".equals(type) && LinkConfidence.namesKindOfThing(link)) {
            return false;
        }
        return !("Person".equals(type) || "Organization".equals(type)) || !PLACE_TITLE.matcher(link).matches()
                || "Organization".equals(type) && isBodyAtPlace(link);
    }

    /**
     * Whether a "Name,_Place" title names a body by its place ("University_of_California,_San_Francisco"): a name of
     * more than one word with an organisation's head word ("Union,_New_Jersey" is a town).
     */
    private boolean isBodyAtPlace(String title) {
        List<String> words = List.of(title.substring(0, title.indexOf(",_")).split("_"));
        return words.size() > 1 && words.stream().anyMatch(w -> lexicon.isOrganisationHead(w.toLowerCase(Locale.ROOT)));
    }

    private static boolean modifiesNounAfter(SentenceGraph s, CoreLabel token) {
        IndexedWord word = s.graph.getNodeByIndexSafe(token.index());
        return word != null && s.relation(word).matches("amod|compound")
                && s.governor(word).map(g -> g.index() > word.index() && SentenceGraph.isCommonNoun(g)).orElse(false);
    }

    private static boolean isHyphenatedPair(String text) {
        return text.matches("\\p{Lu}[\\p{L}.]*-\\p{Lu}[\\p{L}.]*");
    }

    /**
     * The organisation named before the title of a person that the tagger left untyped or took for a title: "Apple
     * lawyer Bill Lee", "Maplecroft analyst Helen Hodge", "Ambassador Bridge owner Matty Maroun". The proper nouns
     * right before the title, after a lower-case word or a punctuation mark, are an organisation when the dictionary
     * links them to one (not "Foreign" in "Foreign Affairs Minister": the dictionary doubts its title, "Foreign", and
     * that is no full name), nor a word that names the title's field.
     */
    private List<Candidate> employersBeforeTitles(List<Candidate> candidates, List<SentenceGraph> sentences, String text,
            Set<String> documentWords) {
        List<Candidate> found = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            List<CoreEntityMention> mentions = s.sentence.entityMentions();
            List<CoreLabel> tokens = s.sentence.tokens();
            for (int i = 0; i + 1 < mentions.size(); i++) {
                CoreEntityMention title = mentions.get(i);
                CoreEntityMention person = mentions.get(i + 1);
                int titleFirst = title.tokens().getFirst().index() - 1;
                if (!"TITLE".equals(title.entityType()) || !"PERSON".equals(person.entityType())
                        || person.tokens().getFirst().index() != title.tokens().getLast().index() + 1) {
                    continue;
                }
                int from = titleFirst;
                while (from > 0 && (isProperNoun(tokens.get(from - 1)) || isCamelCase(tokens.get(from - 1).word()))) {
                    from--;
                }
                if (from == titleFirst || from > 0 && !NAME_BOUNDARY.matcher(tokens.get(from - 1).word()).matches()
                        || tokens.subList(from, titleFirst).stream()
                                .anyMatch(t -> !"O".equals(t.ner()) && !"TITLE".equals(t.ner()))) {
                    continue; // no name before the title, only its end ("Protect Our Jobs"), or one the tagger typed
                }
                int charBegin = tokens.get(from).beginPosition();
                int charEnd = tokens.get(titleFirst - 1).endPosition();
                String name = text.substring(charBegin, charEnd);
                Optional<String> link = organisationTitle(name, documentWords);
                if (link.isPresent() && !(from == titleFirst - 1 && namesFieldOfTitle(tokens.get(from), tokens, link.get()))) {
                    Candidate employer = new Candidate(charBegin, charEnd, name, s.index);
                    employer.type = "Organization";
                    employer.link = link.get();
                    if (candidates.stream().noneMatch(employer::overlaps)) {
                        found.add(employer);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether a capitalised word right before a title a government gives by field names that field, not a body: a
     * word capitalised only at its start (no acronym) that the dictionary knows in lower case as another title than
     * the name's, a common noun ("Labour Minister": labour, Labour_economics; not the Labour Party).
     */
    private boolean namesFieldOfTitle(CoreLabel word, List<CoreLabel> tokens, String nameTitle) {
        CoreLabel next = word.index() < tokens.size() ? tokens.get(word.index()) : null;
        String lower = word.word().toLowerCase(Locale.ROOT);
        return next != null && isTitle(next) && lexicon.isPortfolioTitle(next.lemma().toLowerCase(Locale.ROOT))
                && word.word().equals(titleCase(lower))
                && titleOf(lower).filter(common -> !common.equals(nameTitle)).isPresent();
    }

    /** The dictionary's title for a name when it is an organisation's and sure enough for the document. */
    private Optional<String> organisationTitle(String name, Set<String> documentWords) {
        return titleOf(name).filter(l -> compatibleLink("Organization", l))
                .flatMap(l -> linkConfidence.accept(name, l, "Organization", documentWords));
    }

    /**
     * A body named for the place it serves, which the tagger cut into a body, or nothing, and the place: "the
     * Communications Authority" + "of" + "Kenya", "the Law Society of" + "Kenya". Capitalised words ending in an
     * organisation's head word, then "of" and a place the article names, are one organisation's name.
     */
    private void bodiesOfPlaces(List<Candidate> candidates, List<SentenceGraph> sentences, String text,
            Set<String> documentWords) {
        for (Candidate place : List.copyOf(candidates)) {
            if (place.type == null || !PLACE_OF_BODY_TYPES.contains(place.type) || place.nationality
                    || !candidates.contains(place)) {
                continue;
            }
            SentenceGraph s = sentences.get(place.sentence);
            List<CoreLabel> tokens = s.sentence.tokens();
            int of = s.tokens(place.begin, place.end).getFirst().index() - 2;
            if (of < 1 || !tokens.get(of).word().equals("of") || !isProperNoun(tokens.get(of - 1))
                    || !lexicon.isOrganisationHead(tokens.get(of - 1).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int from = of - 1;
            while (from > 0 && isProperNoun(tokens.get(from - 1))) {
                from--;
            }
            int begin = tokens.get(from).beginPosition();
            Candidate body = new Candidate(begin, place.end, text.substring(begin, place.end), place.sentence);
            List<Candidate> inside = candidates.stream().filter(body::overlaps).toList();
            // the tagger's part of the name, or nothing, before "of": not a person's name or a longer body's
            if (inside.stream().anyMatch(c -> c != place
                    && (!"Organization".equals(c.type) || c.end != tokens.get(of - 1).endPosition()))) {
                continue;
            }
            candidates.removeAll(inside);
            body.type = "Organization";
            body.link = organisationTitle(body.text, documentWords).orElse(null);
            candidates.add(body);
        }
    }

    /**
     * Proper nouns the tagger left untyped that the sentence gives as organisations: an instance of a kind of
     * organisation ("carmakers including Renault and Stellantis") or listed with one ("cars made by BYD, Geely and
     * SAIC").
     */
    private List<Candidate> untypedOrganisations(List<Candidate> candidates, List<SentenceGraph> sentences, String text,
            Set<String> documentWords) {
        List<Candidate> found = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            for (IndexedWord word : s.graph.vertexListSorted()) {
                if (!isUntypedName(word)) {
                    continue;
                }
                boolean instance = typeOfKind(s, word).filter("Organization"::equals).isPresent();
                if (!instance && !listedWithOrganisation(s, word, candidates)) {
                    continue;
                }
                int begin = s.dependents(word, "compound").stream().filter(EntityBuilder::isWordOfUntypedName)
                        .mapToInt(IndexedWord::beginPosition).min().orElse(word.beginPosition());
                String name = text.substring(begin, word.endPosition());
                Candidate organisation = new Candidate(begin, word.endPosition(), name, s.index);
                if (Stream.concat(candidates.stream(), found.stream()).anyMatch(organisation::overlaps)) {
                    continue;
                }
                organisation.type = "Organization";
                // not the title the word in lower case links to too: a common word's ("Alphabet")
                organisation.link = organisationTitle(name, documentWords)
                        .filter(title -> !titleOf(name.toLowerCase(Locale.ROOT)).equals(Optional.of(title))).orElse(null);
                found.add(organisation);
            }
        }
        return found;
    }

    /**
     * Names of events the tagger missed: proper nouns ending in an event's head word that heads its phrase ("the
     * Sundance Film Festival", "the Hughes Fire"; not "County Fire Chief"). A name the dictionary is sure of takes
     * the type of its title's head ("Cal Fire": the California Department of Forestry and Fire Protection).
     */
    private List<Candidate> untaggedEvents(List<Candidate> candidates, List<SentenceGraph> sentences, String text,
            Set<String> documentWords) {
        List<Candidate> found = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            for (IndexedWord head : s.graph.vertexListSorted()) {
                if (!head.tag().startsWith("NNP") || !Character.isUpperCase(head.word().codePointAt(0))
                        || !lexicon.isEventHead(head.word().toLowerCase(Locale.ROOT)) || s.relation(head).equals("compound")) {
                    continue;
                }
                int begin = head.beginPosition();
                List<IndexedWord> compounds = s.dependents(head, "compound").stream()
                        .sorted(Comparator.comparingInt(IndexedWord::index).reversed()).toList();
                for (IndexedWord word : compounds) {
                    if (!word.tag().startsWith("NNP") || !text.substring(word.endPosition(), begin).isBlank()) {
                        break;
                    }
                    begin = word.beginPosition();
                }
                if (begin == head.beginPosition()) {
                    continue; // "Fire" alone is a common word in a headline's capitals
                }
                String name = text.substring(begin, head.endPosition());
                Candidate event = new Candidate(begin, head.endPosition(), name, s.index);
                if (Stream.concat(candidates.stream(), found.stream()).anyMatch(event::overlaps)) {
                    continue;
                }
                Optional<String> title = sureTitleOf(name);
                event.type = title.flatMap(t -> typeByTitleHead(t, null)).orElse("Event");
                event.link = title.flatMap(t -> acceptedTitle(name, event.type, documentWords)).orElse(null);
                found.add(event);
            }
        }
        return found;
    }

    /**
     * A storm named with its kind ("Hurricane Melissa", "Tropical Storm Erin") is an event, whatever the tagger read
     * in the name (a person's, a place's), and so is that name alone elsewhere in the article ("Melissa was expected
     * to cross Cuba"). It is linked when the dictionary is sure of the whole name.
     */
    private void namedStorms(List<Candidate> candidates, List<SentenceGraph> sentences, String text) {
        Set<String> stormNames = new HashSet<>();
        List<Candidate> storms = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            List<CoreLabel> tokens = s.sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String before = text.substring(s.begin(), tokens.get(i).beginPosition());
                Optional<String> kind = canEdgeName(tokens.get(i)) && before.endsWith(" ")
                        ? lexicon.stormKindEnding(before.substring(0, before.length() - 1)) : Optional.empty();
                int wordBefore = i - 1 - kind.map(k -> k.split(" ").length).orElse(0);
                // "the National Hurricane Center": a kind inside a longer name names no storm
                if (kind.isEmpty() || wordBefore >= 0 && isNameWord(tokens.get(wordBefore))) {
                    continue;
                }
                int begin = tokens.get(i).beginPosition() - 1 - kind.get().length();
                int last = i;
                while (last + 1 < tokens.size() && last - i < 2 && canEdgeName(tokens.get(last + 1))) {
                    last++;
                }
                String head = tokens.get(last).word().toLowerCase(Locale.ROOT);
                if (lexicon.isNameHead(head) || lexicon.isOrganisationHead(head)) {
                    continue; // "Hurricane Center" at a sentence's start
                }
                int end = tokens.get(last).endPosition();
                Candidate storm = new Candidate(begin, end, text.substring(begin, end), s.index);
                storm.type = "Event";
                storm.link = sureTitleOf(storm.text).orElse(null);
                candidates.stream().filter(storm::overlaps).map(c -> c.source).filter(Objects::nonNull).findFirst()
                        .ifPresent(source -> storm.source = source);
                storms.add(storm);
                stormNames.add(text.substring(tokens.get(i).beginPosition(), end));
                i = last;
            }
        }
        candidates.removeIf(c -> storms.stream().anyMatch(c::overlaps));
        candidates.stream().filter(c -> c.gazetteerLabel == null && stormNames.contains(c.text)).forEach(c -> {
            c.type = "Event";
            c.link = null;
        });
        candidates.addAll(storms);
    }

    /** A capitalised proper noun the tagger gave no type. */
    private static boolean isUntypedName(IndexedWord word) {
        return word.tag().startsWith("NNP") && "O".equals(word.ner()) && Character.isUpperCase(word.word().codePointAt(0));
    }

    /** A capitalised proper noun untyped or read as a time ("Evening Express", "Sunday Telegram"): part of a name. */
    private static boolean isWordOfUntypedName(IndexedWord word) {
        return isUntypedName(word) || word.tag().startsWith("NNP") && TIME_TYPES.contains(word.ner());
    }

    /** Whether the word is a conjunct of the head of an organisation's mention: "BYD, Geely and SAIC". */
    private static boolean listedWithOrganisation(SentenceGraph s, IndexedWord word, List<Candidate> candidates) {
        return Stream.concat(s.dependents(word, "conj").stream(), s.governors(word).stream()
                        .filter(g -> s.relationTo(g, word).startsWith("conj")))
                .anyMatch(other -> candidates.stream().anyMatch(c -> "Organization".equals(c.type)
                        && c.sentence == s.index && c.begin <= other.beginPosition() && other.endPosition() <= c.end));
    }

    /**
     * An acronym of a name the article writes out names what that name does ("DIA spokesperson Laura Coale" after "At
     * Denver International Airport"), whatever else the dictionary gives the letters (the Defense Intelligence Agency).
     */
    private static void acronymsOfNames(List<Candidate> candidates) {
        for (Candidate acronym : candidates) {
            if (!acronym.named || acronym.gazetteerLabel != null || acronym.abbreviates != null
                    || !ACRONYM.matcher(acronym.text).matches()) {
                continue;
            }
            List<Candidate> names = candidates.stream().filter(c -> c.named && c.type != null && !c.nationality
                    && EntityMerger.isInitialsOf(acronym.text, c.text)).toList();
            long referents = names.stream().map(c -> c.link != null ? c.link : c.type + " " + EntityMerger.normalise(c.text))
                    .distinct().count();
            if (referents == 1) {
                acronym.link = names.getFirst().link;
                acronym.type = names.getFirst().type;
            }
        }
    }

    /**
     * The char ranges of the titles of works the article quotes: words in quotation marks, every one capitalised but
     * short joining words ("Once Upon a Time in Hollywood", "American Factory"). A name inside one is part of the title,
     * not a mention of what it names ("Time", "Hollywood", "American"); a name that is the whole title stays.
     */
    private static List<int[]> workTitles(String text) {
        List<int[]> titles = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            // the comma or stop before the closing mark is the sentence's: "for "Not Like Us," his diss track"
            String title = quoted.group(1).strip().replaceAll("[,.]$", "");
            String[] words = title.split("\\s+");
            boolean titleCase = words.length > 1 && Arrays.stream(words).allMatch(w -> TITLE_JOINERS.contains(w)
                    || Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))
                    && !TITLE_JOINERS.contains(words[0]);
            if (titleCase) {
                int begin = quoted.start(1) + quoted.group(1).indexOf(title);
                titles.add(new int[] {begin, begin + title.length()});
            }
        }
        return titles;
    }

    /**
     * The acronyms the article gives bodies right after their names, in brackets or after "known as", whatever the
     * letters stand for in another language: "the Disaster and Emergency Management Authority, known as AFAD",
     * "the Kurdistan Workers' Party (PKK)". Each is that body; one the tagger left untyped is a new mention.
     */
    private static List<Candidate> declaredAcronyms(List<Candidate> candidates, List<SentenceGraph> sentences,
            String text) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate name : candidates) {
            if (!name.named || name.nationality || name.type == null || !BODIES.contains(name.type)) {
                continue;
            }
            int sentenceEnd = sentences.get(name.sentence).end();
            Optional<Matcher> declaration = Stream.of(BRACKETED_ACRONYM, KNOWN_AS_ACRONYM)
                    .map(p -> p.matcher(text).region(name.end, sentenceEnd)).filter(Matcher::lookingAt).findFirst();
            if (declaration.isEmpty()) {
                continue;
            }
            int begin = declaration.get().start("acronym");
            int end = declaration.get().end("acronym");
            Optional<Candidate> tagged = candidates.stream().filter(c -> c.begin < end && begin < c.end).findFirst();
            if (tagged.isPresent() && (tagged.get().begin != begin || tagged.get().end != end)) {
                continue;
            }
            Candidate acronym = tagged.orElseGet(
                    () -> new Candidate(begin, end, text.substring(begin, end), name.sentence));
            if (tagged.isEmpty()) {
                found.add(acronym);
            }
            acronym.type = name.type;
            // the name's title, else the acronym's own when it names the body ("ACEA" for "European Automobile
            // Manufacturers' Association", not "CMA", Canadian_Museums_Association, for "Competition and Markets
            // Authority")
            acronym.link = name.link != null ? name.link
                    : acronym.link != null && sharesWord(name.text, acronym.link) ? acronym.link : null;
            acronym.abbreviates = name;
        }
        return found;
    }

    /**
     * The other places where the article writes a name it uses for an entity and the tagger saw nothing there:
     * "IndiGo" in "India's largest airline, IndiGo, …" once "IndiGo chief executive Pieter Elbers" named it, or a
     * person's surname written as a proper noun, or as any noun that opens a sentence ("Sinner said" once "Jannik
     * Sinner" was named: the tagger knows the word as a common one). Only whole words the tagger left untyped count
     * ("May" in "in May" is a date).
     */
    private static List<Candidate> repeatedNames(List<Candidate> candidates, List<SentenceGraph> sentences, String text) {
        List<Candidate> found = new ArrayList<>();
        Map<String, Candidate> names = new LinkedHashMap<>();
        Set<String> surnames = new HashSet<>();
        candidates.stream().filter(c -> c.named && c.type != null && !c.nationality && c.gazetteerLabel == null
                && c.text.length() >= 3 && Character.isUpperCase(c.text.codePointAt(0))).forEach(c -> {
                    names.putIfAbsent(c.text, c);
                    String surname = c.text.substring(c.text.lastIndexOf(' ') + 1);
                    // "Jr." and "III" are no surnames
                    if ("Person".equals(c.type) && c.text.contains(" ") && surname.length() >= 3
                            && Character.isUpperCase(surname.codePointAt(0)) && surname.chars().anyMatch(Character::isLowerCase)
                            && surname.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')
                            && names.putIfAbsent(surname, c) == null) {
                        surnames.add(surname);
                    }
                });
        for (Map.Entry<String, Candidate> entry : names.entrySet()) {
            Candidate name = entry.getValue();
            boolean surname = surnames.contains(entry.getKey());
            Matcher m = asWholeWords(entry.getKey()).matcher(text);
            while (m.find()) {
                int begin = m.start();
                int end = m.end();
                Optional<SentenceGraph> s = sentenceOf(sentences, begin, end);
                if (s.isEmpty()) {
                    continue;
                }
                Candidate again = new Candidate(begin, end, entry.getKey(), s.get().index);
                List<CoreLabel> tokens = s.get().tokens(begin, end);
                if (candidates.stream().anyMatch(again::overlaps) || found.stream().anyMatch(again::overlaps)
                        || tokens.isEmpty() || tokens.getFirst().beginPosition() != begin
                        || tokens.getLast().endPosition() != end || tokens.stream().anyMatch(t -> !"O".equals(t.ner()))
                        || surname && !isProperNoun(tokens.getFirst()) && !(tokens.getFirst().tag().startsWith("NN")
                                && tokens.getFirst() == s.get().sentence.tokens().getFirst())) {
                    continue;
                }
                again.type = name.type;
                again.link = name.link;
                found.add(again);
            }
        }
        return found;
    }

    /**
     * A body's name written without the generic word that ends it, once the article named it in full: "has fallen
     * behind Reform UK" after "the Reform UK party" (the tagger read a place "Reform" and the UK). A one-word short
     * name ("Labour") names too much else to be taken this way. Names the tagger read inside as places or other
     * things are replaced; a person or another body it read there stays ("Federal Reserve" after "Federal Reserve
     * Bank" is the system, not the bank).
     */
    private List<Candidate> shortNamesOfBodies(List<Candidate> candidates, List<SentenceGraph> sentences, String text) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate body : List.copyOf(candidates)) {
            int space = body.text.lastIndexOf(' ');
            if (!"Organization".equals(body.type) || !body.named || space < 0
                    || !lexicon.isOrganisationHead(body.text.substring(space + 1).toLowerCase(Locale.ROOT))
                    || body.text.indexOf(' ') == space) {
                continue;
            }
            String shortName = body.text.substring(0, space);
            Matcher m = asWholeWords(shortName).matcher(text);
            while (m.find()) {
                Optional<SentenceGraph> s = sentenceOf(sentences, m.start(), m.end());
                if (s.isEmpty()) {
                    continue;
                }
                Candidate again = new Candidate(m.start(), m.end(), shortName, s.get().index);
                List<Candidate> inside = candidates.stream().filter(again::overlaps).toList();
                if (found.stream().anyMatch(again::overlaps) || inside.stream().anyMatch(c -> c.begin < again.begin
                        || c.end > again.end || "Person".equals(c.type) || "Organization".equals(c.type))) {
                    continue;
                }
                candidates.removeAll(inside);
                again.type = body.type;
                again.link = body.link;
                again.abbreviates = body;
                found.add(again);
            }
        }
        return found;
    }

    /**
     * "<Person> administration", "<party or movement> government": the government the person leads or the body
     * forms ("the Taliban government said"). The tagger may read "Trump administration" as one body's name; a name
     * the dictionary gives a title ending in it ("Donald_Trump") is still the person's surname.
     */
    private List<Candidate> administrations(List<Candidate> candidates, List<SentenceGraph> sentences, String text) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate leader : candidates) {
            if (!leader.named || !"Person".equals(leader.type) && !"Organization".equals(leader.type)) {
                continue;
            }
            boolean surname = EntityMerger.isBearerOf(List.of(leader), leader.link);
            SentenceGraph s = sentences.get(leader.sentence);
            List<CoreLabel> tokens = s.sentence.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                CoreLabel next = tokens.get(i + 1);
                if (tokens.get(i).endPosition() == leader.end && gazetteer.isGovernmentHead(next.lemma().toLowerCase(Locale.ROOT))) {
                    Candidate government = new Candidate(leader.begin, next.endPosition(),
                            text.substring(leader.begin, next.endPosition()), leader.sentence);
                    government.type = "Government";
                    found.add(government);
                    if (surname) {
                        leader.type = "Person";
                    } else if (leader.link == null && !leader.text.contains(" ")) {
                        // an administration is a head of government's: the bearer of the surname most of its links
                        // go to, though other things share the word ("Trump": Donald_Trump, scored 0.51)
                        titleOf(leader.text).filter(t -> EntityMerger.isBearerOf(List.of(leader), t)).ifPresent(t -> {
                            leader.link = t;
                            leader.type = "Person";
                        });
                    }
                }
            }
        }
        return found;
    }

    /**
     * A capital that acts ("Washington decided", "cooperation with Washington") or answers for acts ("blamed
     * Washington for the collapse") stands for its government; a dateline ("WASHINGTON (AP) --") is where the story
     * was filed.
     */
    private void governmentMetonyms(List<Candidate> candidates, List<SentenceGraph> sentences) {
        for (Candidate c : candidates) {
            if (!"Place".equals(c.type) && !"Government".equals(c.type)) {
                continue;
            }
            Optional<Gazetteer.Entry> government = gazetteer.governmentSeatedIn(c.text);
            if (government.isEmpty()) {
                continue;
            }
            SentenceGraph s = sentences.get(c.sentence);
            boolean acts = s.head(c.begin, c.end).map(h -> AGENT_RELATION.matcher(s.relation(h)).matches()
                    || s.relation(h).equals("obj") && s.governor(h)
                            .filter(verb -> lexicon.isAnsweringVerb(SentenceGraph.lemma(verb))).isPresent())
                    .orElse(false);
            if (acts && !isDateline(c, s)) {
                c.type = "Government";
                c.link = government.get().dbpedia();
                c.gazetteerLabel = government.get().label();
            }
        }
    }

    /**
     * The sides of the sports gazetteer the text names, in place of what CoreNLP made of them: a full name ("Miami
     * Dolphins") wherever it stands, a nickname ("the Dolphins") in an article about its league's sport or holding a
     * post of that league ("Giants manager Bruce Bochy").
     */
    private List<Candidate> sportsSides(List<Candidate> candidates, List<SentenceGraph> sentences, String text,
            List<SportsTeams.Match> sideNames, Set<String> leagues) {
        List<Candidate> sides = new ArrayList<>();
        for (SportsTeams.Match match : sideNames) {
            boolean insideLongerName = candidates.stream().anyMatch(c -> c.begin <= match.begin() && match.end() <= c.end
                    && c.end - c.begin > match.end() - match.begin()); // "Chiefs" in "Joint Chiefs of Staff"
            if (insideLongerName) {
                continue;
            }
            sentenceOf(sentences, match.begin(), match.end()).ifPresent(s -> {
                Set<String> said = leaguesSaid(heldRole(s, match.begin(), match.end()), leagues);
                sportsTeams.sideOf(match, said, text).ifPresent(team -> {
                    Candidate c = new Candidate(match.begin(), match.end(), text.substring(match.begin(), match.end()), s.index);
                    c.type = "Organization";
                    namesSide(c, team);
                    sides.add(c);
                });
            });
        }
        candidates.removeIf(c -> sides.stream().anyMatch(side -> side.overlaps(c)));
        return sides;
    }

    /**
     * A place that holds a role in a sports side ("Boston manager", "England's captain") or wins a match ("Boston beat
     * the Twins") stands for its team: an organisation, linked to the team another mention of the article names
     * ("the Mariners": Seattle_Mariners), to its side of the same kind as one the article links, or to its one side in
     * the league the role or the article's sport says, else unlinked rather than linked to the place. An organisation
     * left unlinked gets such a side too.
     */
    private void teamMetonyms(List<Candidate> candidates, List<SentenceGraph> sentences, String text, Set<String> leagues) {
        for (Candidate c : candidates) {
            if (c.source == null || c.gazetteerLabel != null) {
                continue;
            }
            // the tagger may take the place for a body, left unlinked ("Liverpool beat Manchester United"), or for a
            // person ("Baltimore beat the Yankees")
            boolean unlinkedBody = "Organization".equals(c.type) && c.link == null;
            if (!unlinkedBody && !PLACE_TYPES.contains(c.source.entityType()) && !sportsTeams.isPlaceOfSide(c.text)) {
                continue;
            }
            SentenceGraph s = sentences.get(c.sentence);
            Optional<String> role = heldRole(s, c.begin, c.end);
            boolean team = role.isPresent() || s.head(c.begin, c.end).filter(h -> s.relation(h).matches("nsubj|obj"))
                    .flatMap(s::governor).map(SentenceGraph::lemma).filter(lexicon::isMatchVerb).isPresent();
            if (!team) {
                continue; // "Army Gen. Martin Dempsey": a body, not a side, whatever sides the article names
            }
            String prefix = c.text.replace(' ', '_') + "_";
            List<String> otherSides = otherSides(candidates, c);
            c.type = "Organization";
            c.link = otherSides.stream().filter(link -> link.startsWith(prefix)).findFirst()
                    .or(() -> sideOfSameKind(prefix, otherSides)).orElse(null);
            if (c.link == null) {
                linkSideOfPlace(c, role, text, leagues);
            }
        }
    }

    /**
     * The role in a sports side a name modifies ("Boston manager", "England's captain"), as its lemma; also when the
     * parser hangs the name and the role both on the person after them ("France captain Celine Dumerc").
     */
    private Optional<String> heldRole(SentenceGraph s, int begin, int end) {
        return s.head(begin, end).filter(h -> s.relation(h).matches("compound|nmod:poss")).flatMap(h -> {
            Optional<IndexedWord> governor = s.governor(h);
            IndexedWord next = s.graph.getNodeByIndexSafe(s.tokens(begin, end).getLast().index() + 1);
            boolean sibling = next != null && s.relation(next).equals("compound") && s.governor(next).equals(governor);
            return governor.map(SentenceGraph::lemma).filter(lexicon::isTeamRole)
                    .or(() -> sibling ? Optional.of(SentenceGraph.lemma(next)).filter(lexicon::isTeamRole) : Optional.empty());
        });
    }

    /**
     * Links a place standing for its side to the one side named after it in the league its role says, else in the
     * leagues the article reports on; else to the nation's side in the one sport the article reports that Wikipedia
     * has a side of that nation in ("Italy coach", with a midfielder: Italy_national_football_team).
     */
    private void linkSideOfPlace(Candidate place, Optional<String> role, String text, Set<String> leagues) {
        Optional<SportsTeams.Team> side = sportsTeams.sideOfPlace(place.text, leaguesSaid(role, leagues));
        if (side.isPresent()) {
            namesSide(place, side.get());
            return;
        }
        if (!demonyms.isPlace(place.text)) {
            return; // only a nation has a national side
        }
        List<String> national = sportsTeams.nationalSideTitles(place.text, text).stream()
                .filter(linkConfidence::knowsTitle).toList();
        if (national.size() == 1) {
            place.link = national.getFirst();
        }
    }

    /**
     * The league a name's role in a side says ("Giants manager": baseball), else the one league the article reports
     * on; none when it reports several (a round-up), where a nickname or place alone could be any of their sides.
     */
    private Set<String> leaguesSaid(Optional<String> role, Set<String> leagues) {
        return role.flatMap(sportsTeams::leagueOfRole).map(Set::of).orElse(leagues.size() == 1 ? leagues : Set.of());
    }

    private static void namesSide(Candidate c, SportsTeams.Team team) {
        c.link = team.dbpedia();
        c.gazetteerLabel = team.label();
    }

    /**
     * A name given as an instance of a kind ("carmakers including Renault and Stellantis", "brands such as Tesla",
     * "OpenAI, the San Francisco-based maker of ChatGPT", "drugmaker Bavarian Nordic") is of the kind's type wherever
     * the article writes it, and so is a place no title was found for that is listed with organisations ("Google,
     * Amazon and Microsoft"), whatever the tagger guessed from the word alone: it took Tesla and Stellantis for
     * persons, and Amazon for a place in "companies such as Microsoft, Amazon and Meta". A person's link goes with the
     * person reading (Tesla: Nikola_Tesla); a place's stays only when it fits the kind, else the name is looked up for
     * it.
     */
    private void instancesOfKinds(List<Candidate> candidates, List<SentenceGraph> sentences, Set<String> documentWords) {
        Map<String, String> kinds = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.named && c.gazetteerLabel == null) {
                SentenceGraph s = sentences.get(c.sentence);
                Optional<IndexedWord> head = s.head(c.begin, c.end);
                boolean listedPlace = "Place".equals(c.type) && c.link == null
                        && head.filter(h -> listedWithOrganisation(s, h, candidates)).isPresent();
                head.flatMap(h -> typeOfKind(s, h)).or(() -> kindNamedBefore(s, c))
                        .or(() -> listedPlace ? Optional.of("Organization") : Optional.empty())
                        .ifPresent(type -> kinds.put(EntityMerger.normalise(c.text), type));
            }
        }
        for (Candidate c : candidates) {
            String type = kinds.get(EntityMerger.normalise(c.text));
            boolean place = c.named && c.gazetteerLabel == null && "Place".equals(c.type);
            if (type != null && (isGuessed(c) || place)) {
                if ("Person".equals(c.type)) {
                    c.link = null;
                } else if (place && (c.link == null || !compatibleLink(type, c.link))) {
                    c.link = acceptedTitle(c.text, type, documentWords).orElse(null);
                }
                c.type = type;
            }
        }
    }

    /**
     * A one-word name the tagger reads as a body's in one sentence and as a person's in another is the body's wherever
     * the article writes it, unless it is the surname of a person the article names in full: the tagger takes an
     * unfamiliar company for a person ("Apple and Meta", "Meta had forced…"), and news rarely names a person by one
     * unlinked word alone.
     */
    private static void bodiesReadAsPersons(List<Candidate> candidates) {
        Set<String> bodies = candidates.stream().filter(c -> c.named && "Organization".equals(c.type))
                .map(c -> EntityMerger.normalise(c.name())).collect(Collectors.toSet());
        for (Candidate c : candidates) {
            if ("Person".equals(c.type) && c.link == null && !c.name().contains(" ")
                    && bodies.contains(EntityMerger.normalise(c.name()))
                    && candidates.stream().noneMatch(p -> "Person".equals(p.type) && p.name().endsWith(" " + c.name()))) {
                c.type = "Organization";
            }
        }
    }

    /**
     * A person's name the tagger ran on from the place of the title before it ("Princess of Wales Catherine"): the
     * words before the first given name are the place the title is of, the rest the person's name. The person keeps the tagger's mention, so what corefers with it still does.
     */
    private void placesOfTitlesBeforeNames(List<Candidate> candidates, List<SentenceGraph> sentences, String text,
            Set<String> documentWords) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!"Person".equals(c.type) || c.source == null) {
                continue;
            }
            List<CoreLabel> sentence = sentences.get(c.sentence).sentence.tokens();
            List<CoreLabel> name = sentences.get(c.sentence).tokens(c.begin, c.end);
            int at = name.getFirst().index() - 1;
            if (at < 2 || !sentence.get(at - 1).word().equals("of") || !isTitle(sentence.get(at - 2))) {
                continue;
            }
            int given = IntStream.range(1, name.size()).filter(k -> givenNames.contains(name.get(k).word()))
                    .findFirst().orElse(-1);
            if (given < 0) {
                continue;
            }
            int placeEnd = name.get(given - 1).endPosition();
            Candidate place = new Candidate(c.begin, placeEnd, text.substring(c.begin, placeEnd), c.sentence);
            place.type = "Place";
            place.link = acceptedTitle(place.text, place.type, documentWords).orElse(null);
            int personBegin = name.get(given).beginPosition();
            Candidate person = new Candidate(personBegin, c.end, text.substring(personBegin, c.end), c.sentence);
            person.type = c.type;
            person.source = c.source;
            candidates.set(i, person);
            candidates.add(i, place);
            i++;
        }
    }

    /**
     * A body's name that many countries' bodies bear, ranked by the article's countries: among the titles qualifying
     * the name by a country ("Labour_Party_(UK)"), the one of the country the article names most (by its name or its
     * people's), when the dictionary had no title it was sure of ("Labour Party" in a British story), or when its
     * title is another country's body and the article names that country at most once and its own at least twice as
     * often ("Democratic Party" in a Korean story is not Democratic_Party_(United_States)); the body stays unlinked
     * when its country has no such title, or several ("Democratic_Party_(Republic_of_Korea,_2005)" and "…_2008)" are
     * historical).
     */
    private void linkByArticleCountry(List<Candidate> candidates) {
        // a country's people name it too: "British Prime Minister Keir Starmer" (not a region's: "European")
        Map<String, Long> countries = candidates.stream().filter(c -> c.link != null && ("Country".equals(c.type)
                        || c.type == null && c.nationality && !gazetteer.isRegion(c.link)))
                .collect(Collectors.groupingBy(c -> c.link, Collectors.counting()));
        Optional<Map.Entry<String, Long>> home = HomeCountry.mostNamed(countries);
        if (home.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            if (!c.named || !"Organization".equals(c.type) && !"Government".equals(c.type)) {
                continue;
            }
            String base;
            if (c.link == null) {
                base = c.name().replace(' ', '_');
            } else {
                Optional<String> linkCountry = qualifyingCountry(c.link);
                long named = linkCountry.map(country -> countries.getOrDefault(country, 0L)).orElse(0L);
                if (linkCountry.isEmpty() || linkCountry.get().equals(home.get().getKey()) || named > 1
                        || home.get().getValue() < 2 * Math.max(1, named)) {
                    continue;
                }
                base = LinkConfidence.withoutQualifier(c.link);
            }
            List<String> homeTitles = linkConfidence.qualifiedTitles(base).stream()
                    .filter(t -> qualifyingCountry(t).filter(home.get().getKey()::equals).isPresent()).toList();
            c.link = homeTitles.size() == 1 ? homeTitles.getFirst() : null;
        }
    }

    /** The country a title's qualifier names, by the dictionary ("Labour_Party_(UK)": United_Kingdom). */
    private Optional<String> qualifyingCountry(String title) {
        Matcher m = COUNTRY_QUALIFIER.matcher(title);
        return m.find() ? titleOf(m.group(1).replace('_', ' ')).filter(t -> demonyms.isPlace(t.replace('_', ' ')))
                : Optional.empty();
    }

    /** Each word with only its first letter a capital: "SAN FRANCISCO" → "San Francisco". */
    private static String titleCase(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** Whether the candidate's type is the tagger's guess from the name alone (or a copy of it elsewhere). */
    private static boolean isGuessed(Candidate c) {
        return c.named && c.gazetteerLabel == null && c.type != null && GUESSED_TYPES.contains(c.type);
    }

    /**
     * The type of the kind a name is given as an instance of: a common noun it is joined to by "such as", "including"
     * or "like", or in apposition, that news uses for entities of that type ({@code referringNouns} in the lexicon).
     */
    private Optional<String> typeOfKind(SentenceGraph s, IndexedWord name) {
        return Stream.concat(
                s.governors(name).stream().filter(g -> SentenceGraph.listsInstance(s.relationTo(g, name))
                        || s.relationTo(g, name).equals("appos")),
                s.dependents(name, "appos").stream())
                .filter(SentenceGraph::isCommonNoun).findFirst()
                .map(SentenceGraph::lemma).flatMap(lexicon::typeReferredToBy);
    }

    /**
     * The type of the kind a common noun right before a name says it is ("drugmaker Bavarian Nordic", "automaker
     * Stellantis"), when the noun modifies the name ({@code referringNouns} in the lexicon).
     */
    private Optional<String> kindNamedBefore(SentenceGraph s, Candidate c) {
        int first = s.tokens(c.begin, c.end).getFirst().index() - 1;
        if (first == 0) {
            return Optional.empty();
        }
        IndexedWord before = s.graph.getNodeByIndexSafe(first);
        return Optional.ofNullable(before).filter(w -> SentenceGraph.isCommonNoun(w)
                        && s.relation(w).equals("compound") && s.governor(w).equals(s.head(c.begin, c.end)))
                .map(SentenceGraph::lemma).flatMap(lexicon::typeReferredToBy);
    }

    /** The titles of the linked organisations of the article other than the candidate. */
    private static List<String> otherSides(List<Candidate> candidates, Candidate c) {
        return candidates.stream().filter(o -> o != c && "Organization".equals(o.type) && o.link != null)
                .map(o -> o.link).distinct().toList();
    }

    /**
     * The place's side of the same kind as a side the article links: "Liverpool_F.C." beside "Manchester_United_F.C.",
     * "England_cricket_team" beside "South_Africa_national_cricket_team" — a title the dictionary knows, made of the
     * place and the other title's last words when these name a side as Wikipedia does (a club's "F.C.", or a kind of
     * "team"), the longest first; a club beside a club of another language's suffix too ("Liverpool_F.C." beside
     * "Real_Madrid_C.F.").
     */
    private Optional<String> sideOfSameKind(String prefix, List<String> otherSides) {
        return otherSides.stream().flatMap(other -> sideSuffixes(other).stream())
                .flatMap(suffix -> CLUB_SUFFIXES.contains(suffix) ? CLUB_SUFFIXES.stream() : Stream.of(suffix))
                .map(suffix -> prefix + suffix).filter(linkConfidence::knowsTitle).findFirst();
    }

    /** The last words of a title that say it is a sports side ("F.C.", "national_cricket_team"), longest first. */
    private static List<String> sideSuffixes(String title) {
        String[] words = title.split("_");
        List<String> suffixes = new ArrayList<>();
        for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
            String suffix = String.join("_", Arrays.copyOfRange(words, words.length - k, words.length));
            if (SIDE_SUFFIX.matcher(suffix).matches()) {
                suffixes.add(suffix);
            }
        }
        return suffixes;
    }

    /** Whether the word is who reports a claim: the subject of a reporting verb, or named by "according to". */
    private boolean reports(SentenceGraph s, IndexedWord word) {
        String relation = s.relation(word);
        return SentenceGraph.isAccordingTo(relation) || relation.startsWith("nsubj")
                && s.governor(word).map(g -> lexicon.reportingConfidence(g.lemma()).isPresent()).orElse(false);
    }

    /**
     * Unnamed groups (plural nouns such as "experts" that report something) and events (a noun such as "arrest"
     * modified by a named entity: "Huawei CFO arrest"), named when the noun is a proper noun ("Paris Agreement").
     */
    private List<Candidate> groupsAndEvents(List<Candidate> named, List<SentenceGraph> sentences, String text) {
        List<Candidate> found = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            for (IndexedWord word : s.graph.vertexSet()) {
                String lemma = word.lemma() == null ? "" : word.lemma().toLowerCase(Locale.ROOT);
                String lower = word.word().toLowerCase(Locale.ROOT);
                if (word.tag().equals("NNS") && lexicon.isGroupNoun(lower) && reports(s, word)) {
                    Candidate group = new Candidate(word.beginPosition(), word.endPosition(), word.word(), s.index);
                    group.type = "UnnamedGroup";
                    group.named = false;
                    found.add(group);
                } else if (word.tag().startsWith("NN") && lexicon.isEventNoun(lemma)) {
                    List<IndexedWord> modifiers = s.dependents(word, "compound");
                    int begin = modifiers.stream().mapToInt(m -> s.subtreeRange(m)[0]).min().orElse(word.beginPosition());
                    boolean namedModifier = named.stream()
                            .anyMatch(n -> n.named && n.begin >= begin && n.end <= word.beginPosition());
                    if (namedModifier) {
                        Candidate event = new Candidate(begin, word.endPosition(), text.substring(begin, word.endPosition()), s.index);
                        event.type = "Event";
                        event.named = word.tag().startsWith("NNP");
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    /** Topics and events named by common-noun phrases, where they do not overlap a name or an event found already. */
    private List<Candidate> topics(List<Candidate> found, List<SentenceGraph> sentences, String text) {
        List<Candidate> topics = new ArrayList<>();
        for (TopicFinder.Phrase p : topicFinder.find(text, sentences,
                (b, e) -> found.stream().anyMatch(c -> c.named && c.begin <= b && e <= c.end))) {
            Candidate c = new Candidate(p.begin(), p.end(), p.text(), p.sentence());
            c.type = p.type();
            c.named = false;
            c.possessor = p.possessor();
            c.headLemma = p.headLemma();
            c.anaphor = p.anaphor();
            if (found.stream().noneMatch(o -> !o.named && o.overlaps(c))) {
                topics.add(c);
            }
        }
        return topics;
    }

    /** The name where it stands as whole words, not inside longer ones. */
    private static Pattern asWholeWords(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    private static Optional<SentenceGraph> sentenceOf(List<SentenceGraph> sentences, int begin, int end) {
        return sentences.stream().filter(s -> s.contains(begin, end)).findFirst();
    }
}
