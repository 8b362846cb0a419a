package org.newsgraph.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsgraph.convert.Uris;

/**
 * Turns CoreNLP's entity mentions into entities: drops values and false positives, applies the gazetteer and the
 * metonymy and administration rules, adds unnamed groups and events, merges mentions through coreference, links
 * and names, and chooses one type, label and link per entity.
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
    /** Pages about a name, not about anyone who bears it. */
    private static final Pattern NAME_PAGE = Pattern.compile(".*_\\((\\w+_)?(name|surname|given_name|disambiguation)\\)");
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
     * which joins two names the dictionary may also know as one title ("Japan and China": a war).
     */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "in", "on", "de", "du", "la", "the");
    /** Tokens after a place that make it a dateline (CoreNLP writes "(" as -LRB-). */
    private static final Set<String> DATELINE_MARKS = Set.of("--", "—", "–", "-LRB-", "(");
    /** How many tokens a name may grow by on each side when the dictionary knows the longer name. */
    private static final int MAX_NAME_EXTENSION = 4;
    /** Pronouns that stand for an entity (not "this" or "that", which often stand for a whole situation). */
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final TopicFinder topicFinder;
    private final LinkConfidence linkConfidence;
    private final Demonyms demonyms = Demonyms.load();
    /** CoreNLP's Wikipedia dictionary: name → title. */
    private final Function<String, Optional<String>> dictionary;

    EntityBuilder(Gazetteer gazetteer, Lexicon lexicon, LinkConfidence linkConfidence,
            Function<String, Optional<String>> dictionary) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.linkConfidence = linkConfidence;
        this.dictionary = dictionary;
        this.topicFinder = new TopicFinder(lexicon);
    }

    /** A mention being collected, with what is known about it; {@code parent} is its union-find link. */
    private static final class Candidate {
        final int begin;
        final int end;
        final String text;
        final int sentence;
        String type;
        String link;
        String gazetteerLabel;
        boolean named = true;
        boolean nationality;
        /** For events: the possessor's char range ("Canada's reassessment"), head lemma, and whether it points back. */
        int[] possessor;
        String headLemma;
        boolean anaphor;
        CoreEntityMention source;
        Candidate parent = this;

        Candidate(int begin, int end, String text, int sentence) {
            this.begin = begin;
            this.end = end;
            this.text = text;
            this.sentence = sentence;
        }

        boolean overlaps(Candidate o) {
            return begin < o.end && o.begin < end;
        }

        Candidate root() {
            Candidate c = this;
            while (c.parent != c) {
                c = c.parent;
            }
            return c;
        }
    }

    List<ExtractedEntity> build(CoreDocument document, List<SentenceGraph> sentences) {
        String text = document.text();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> documentWords = capitalisedWords(sentences);
        for (SentenceGraph s : sentences) {
            List<CoreEntityMention> mentions = s.sentence.entityMentions();
            boolean afterQualifier = false;
            for (int i = 0; i < mentions.size(); i++) {
                CoreEntityMention m = mentions.get(i);
                if (i > 0 && followsPlaceAndComma(mentions.get(i - 1), m, text) && !candidates.isEmpty()
                        && candidates.getLast().source == mentions.get(i - 1)) {
                    // "Aurora, Colo.", "Kent, Washington": the state says which town of that name
                    Candidate town = candidates.getLast();
                    linkConfidence.townInState(town.text, m.text()).ifPresent(title -> town.link = title);
                }
                // "CHARLESTON , W. Va.": a state abbreviation after a place qualifies it and names nothing new
                boolean qualifier = isAbbreviation(m) && (afterQualifier && adjacent(mentions.get(i - 1), m, text)
                        || i > 0 && followsPlaceAndComma(mentions.get(i - 1), m, text));
                afterQualifier = qualifier;
                if (qualifier) {
                    continue;
                }
                CoreEntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                Optional<Candidate> c = fromCoreNlp(m, s, documentWords);
                Optional<Candidate> fuller = c.flatMap(found -> dictionaryName(found, s, text));
                if (fuller.isPresent()) {
                    candidates.removeIf(earlier -> earlier.sentence == s.index && earlier.overlaps(fuller.get()));
                    candidates.add(fuller.get());
                    while (i + 1 < mentions.size() && mentions.get(i + 1).charOffsets().first() < fuller.get().end) {
                        i++;
                    }
                } else if (next != null && c.isPresent() && continuesName(m, next, text)) {
                    candidates.add(joined(c.get(), next, text));
                    i++;
                } else {
                    c.ifPresent(candidates::add);
                }
            }
        }
        List<Candidate> gazetteered = new ArrayList<>();
        for (Gazetteer.Match match : gazetteer.find(text)) {
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
        candidates.addAll(administrations(candidates, sentences, text));
        governmentMetonyms(candidates, sentences);
        teamMetonyms(candidates, sentences);
        candidates.addAll(groupsAndEvents(candidates, sentences, text));
        candidates.addAll(topics(candidates, sentences, text));
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> -c.end));
        merge(candidates);
        mergeEvents(candidates);
        return entities(candidates);
    }

    /**
     * Adds the pronouns coreference resolves to each named entity or event ("its", "they", "it") as mentions that
     * are not names: they let relationships and claims reach the entity, and are not aliases or NIF mentions.
     */
    static List<ExtractedEntity> withPronouns(List<ExtractedEntity> entities, CoreDocument document) {
        if (document.corefChains() == null) {
            return entities;
        }
        Map<ExtractedEntity, List<ExtractedEntity.Mention>> added = new HashMap<>();
        for (CorefChain chain : document.corefChains().values()) {
            List<CorefChain.CorefMention> chainMentions = chain.getMentionsInTextualOrder();
            ExtractedEntity owner = null;
            for (CorefChain.CorefMention cm : chainMentions) {
                if (owner == null && cm.mentionType != Dictionaries.MentionType.PRONOMINAL) {
                    int[] range = range(document, cm);
                    owner = entities.stream().filter(e -> (e.named() || e.type().equals("Event")) && e.mentions().stream()
                            .anyMatch(m -> m.name() && m.begin() < range[1] && range[0] < m.end())).findFirst().orElse(null);
                }
            }
            if (owner == null) {
                continue;
            }
            for (CorefChain.CorefMention cm : chainMentions) {
                if (cm.mentionType == Dictionaries.MentionType.PRONOMINAL && PRONOUNS.contains(cm.mentionSpan.toLowerCase(Locale.ROOT))) {
                    int[] range = range(document, cm);
                    added.computeIfAbsent(owner, o -> new ArrayList<>()).add(new ExtractedEntity.Mention(range[0], range[1],
                            document.text().substring(range[0], range[1]), cm.sentNum - 1, false));
                }
            }
        }
        return entities.stream().map(e -> {
            List<ExtractedEntity.Mention> more = added.getOrDefault(e, List.of());
            if (more.isEmpty()) {
                return e;
            }
            List<ExtractedEntity.Mention> all = new ArrayList<>(e.mentions());
            all.addAll(more);
            return new ExtractedEntity(e.id(), e.type(), e.label(), e.aliases(), e.dbpedia(), e.named(), all);
        }).toList();
    }

    private static int[] range(CoreDocument document, CorefChain.CorefMention cm) {
        List<CoreLabel> tokens = document.sentences().get(cm.sentNum - 1).tokens();
        return new int[] {tokens.get(cm.startIndex - 1).beginPosition(), tokens.get(cm.endIndex - 2).endPosition()};
    }

    private Optional<Candidate> fromCoreNlp(CoreEntityMention m, SentenceGraph s, Set<String> documentWords) {
        String nerType = m.entityType();
        String text = m.text();
        if (nerType == null || VALUE_TYPES.contains(nerType) || !Character.isLetter(text.codePointAt(0))) {
            return Optional.empty();
        }
        boolean capitalised = Character.isUpperCase(text.codePointAt(0));
        if (PROPER_ONLY_TYPES.contains(nerType) && !capitalised) {
            return Optional.empty();
        }
        List<CoreLabel> tokens = m.tokens();
        if (tokens.stream().allMatch(t -> t.tag().startsWith("PRP") || t.tag().startsWith("WP"))) {
            return Optional.empty(); // a pronoun: coreference links it, it names nothing
        }
        boolean adjective = tokens.size() == 1 && tokens.getFirst().tag().startsWith("JJ");
        if (nerType.equals("MISC") && (adjective || isHyphenatedPair(text))) {
            return Optional.empty(); // "Western", "U.S.-Canada": modifiers, not entities
        }
        if (BELIEF_TYPES.contains(nerType) && tokens.size() == 1 && modifiesNounAfter(s, tokens.getFirst())) {
            return Optional.empty(); // "Democratic leader", "Shiite forces": a party or faith word used as a modifier
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
        c.nationality = nerType.equals("NATIONALITY") || pluralDemonym;
        c.type = pluralDemonym ? null : ONTOLOGY_TYPES.get(nerType);
        if (c.type == null && !c.nationality) {
            return Optional.empty();
        }
        String link = m.entity();
        if (capitalised && link != null && !link.equals("O") && compatibleLink(c.type, link)) {
            // a nationality adjective is not a name; its title is the place of its people ("European": Europe)
            c.link = c.nationality ? link : linkConfidence.accept(m.text(), link, c.type, documentWords).orElse(null);
        }
        c.type = byTitle(c.type, c.link);
        return Optional.of(c);
    }

    /**
     * The longest name around a mention that the dictionary is sure of, when the tagger cut it short or in pieces:
     * "Citizens for Responsibility and Ethics" + "in Washington", "Bay" + "Area". The name runs over proper nouns
     * and the connectors between them, neither starting nor ending with a title; its head must be a word the tagger
     * typed, and that type is the name's.
     */
    private Optional<Candidate> dictionaryName(Candidate c, SentenceGraph s, String text) {
        List<CoreLabel> tokens = s.sentence.tokens();
        List<CoreLabel> inside = s.tokens(c.begin, c.end);
        int first = inside.getFirst().index() - 1;
        int last = inside.getLast().index() - 1;
        int from = first;
        while (from > 0 && first - from < MAX_NAME_EXTENSION && isProperNoun(tokens.get(from - 1))) {
            from--;
        }
        int to = last;
        while (to + 1 < tokens.size() && to - last < MAX_NAME_EXTENSION && (isProperNoun(tokens.get(to + 1))
                || NAME_CONNECTORS.contains(tokens.get(to + 1).word()) && to + 2 < tokens.size()
                        && isProperNoun(tokens.get(to + 2)))) {
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
                Optional<String> type = s.head(charBegin, charEnd).map(h -> ONTOLOGY_TYPES.get(tokens.get(h.index() - 1).ner()));
                Optional<String> title = dictionary.apply(name).filter(linkTitle -> linkConfidence.sure(name));
                if (type.isPresent() && title.isPresent() && compatibleLink(type.get(), title.get())) {
                    Candidate fuller = new Candidate(charBegin, charEnd, name, s.index);
                    fuller.type = byTitle(type.get(), title.get());
                    fuller.link = title.get();
                    // no CoreNLP mention: the tagger's was a part, and what corefers with the part ("Denver") is not this
                    return Optional.of(fuller);
                }
            }
        }
        return Optional.empty();
    }

    /** A place that opens its sentence and is followed by a dash or a parenthesis: "Washington --", "PARIS (AP) —". */
    private static boolean isDateline(Candidate place, SentenceGraph s) {
        List<CoreLabel> tokens = s.sentence.tokens();
        int after = s.tokens(place.begin, place.end).size();
        return tokens.getFirst().beginPosition() == place.begin && after < tokens.size()
                && DATELINE_MARKS.contains(tokens.get(after).word());
    }

    private static boolean isProperNoun(CoreLabel token) {
        return token.tag().startsWith("NNP");
    }

    /** A proper noun that is not a title: "President Barack Obama" and "Sen. Leland Yee" name persons without it. */
    private boolean canEdgeName(CoreLabel token) {
        return isProperNoun(token) && !"TITLE".equals(token.ner()) && !lexicon.isTitleAbbreviation(token.word());
    }

    /**
     * The type of a name tagged miscellaneous, by the last word of its Wikipedia title without the qualifier: an
     * organisation ("Democrats": "Republican_Party_(…)"), an event ("Olympics": "Olympic_Games"), else a topic.
     */
    private String byTitle(String type, String title) {
        if (!"Topic".equals(type) || title == null) {
            return type;
        }
        String[] words = LinkConfidence.withoutQualifier(title).split("_");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return lexicon.isOrganisationHead(last) ? "Organization" : lexicon.isEventHead(last) ? "Event" : type;
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

    private static boolean followsPlaceAndComma(CoreEntityMention place, CoreEntityMention m, String text) {
        return PLACE_TYPES.contains(place.entityType()) && place.charOffsets().second() <= m.charOffsets().first()
                && text.substring(place.charOffsets().second(), m.charOffsets().first()).strip().equals(",");
    }

    /**
     * The fine-grained tagger splits names whose parts it types differently: "Oakland" + "County", "Washington" +
     * "State", "Tour de" + "France". A generic name head right after a name, or a name ending in a lower-case
     * particle, continues into the next mention.
     */
    private boolean continuesName(CoreEntityMention m, CoreEntityMention next, String text) {
        if (!adjacent(m, next, text) || VALUE_TYPES.contains(next.entityType())) {
            return false;
        }
        String last = m.tokens().getLast().word();
        boolean particle = Character.isLowerCase(last.codePointAt(0)) && m.tokens().size() > 1;
        boolean genericHead = next.tokens().size() == 1 && lexicon.isNameHead(next.text().toLowerCase(Locale.ROOT));
        return particle || genericHead;
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
    private static boolean compatibleLink(String type, String link) {
        if (WORK_TITLE.matcher(link).matches() || NAME_PAGE.matcher(link).matches()) {
            return false;
        }
        // "CCTV" is not closed-circuit television, nor "West Nile" the virus
        if (!"Topic".equals(type) && LinkConfidence.namesKindOfThing(link)) {
            return false;
        }
        return !("Person".equals(type) || "Organization".equals(type)) || !PLACE_TITLE.matcher(link).matches();
    }

    private static boolean modifiesNounAfter(SentenceGraph s, CoreLabel token) {
        IndexedWord word = s.graph.getNodeByIndexSafe(token.index());
        return word != null && s.relation(word).matches("amod|compound")
                && s.governor(word).map(g -> g.index() > word.index() && g.tag().matches("NNS?")).orElse(false);
    }

    private static boolean isHyphenatedPair(String text) {
        return text.matches("\\p{Lu}[\\p{L}.]*-\\p{Lu}[\\p{L}.]*");
    }

    /** "<Person> administration": the government the person leads. */
    private List<Candidate> administrations(List<Candidate> candidates, List<SentenceGraph> sentences, String text) {
        List<Candidate> found = new ArrayList<>();
        for (Candidate person : candidates) {
            if (!"Person".equals(person.type)) {
                continue;
            }
            SentenceGraph s = sentences.get(person.sentence);
            List<CoreLabel> tokens = s.sentence.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                CoreLabel next = tokens.get(i + 1);
                if (tokens.get(i).endPosition() == person.end && gazetteer.isGovernmentHead(next.lemma().toLowerCase(Locale.ROOT))) {
                    Candidate government = new Candidate(person.begin, next.endPosition(),
                            text.substring(person.begin, next.endPosition()), person.sentence);
                    government.type = "Government";
                    found.add(government);
                }
            }
        }
        return found;
    }

    /**
     * A capital that acts ("Washington decided", "cooperation with Washington") stands for its government; a
     * dateline ("WASHINGTON (AP) --") is where the story was filed.
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
            boolean acts = s.head(c.begin, c.end).map(h -> AGENT_RELATION.matcher(s.relation(h)).matches()).orElse(false);
            if (acts && !isDateline(c, s)) {
                c.type = "Government";
                c.link = government.get().dbpedia();
                c.gazetteerLabel = government.get().label();
            }
        }
    }

    /**
     * A place that holds a role in a sports side ("Boston manager", "England's captain") or wins a match ("Boston beat
     * the Twins") stands for its team: an organisation, linked to the team another mention of the article names
     * ("the Mariners": Seattle_Mariners), else unlinked rather than linked to the place.
     */
    private void teamMetonyms(List<Candidate> candidates, List<SentenceGraph> sentences) {
        for (Candidate c : candidates) {
            if (c.source == null || c.gazetteerLabel != null || !PLACE_TYPES.contains(c.source.entityType())) {
                continue;
            }
            SentenceGraph s = sentences.get(c.sentence);
            boolean team = s.head(c.begin, c.end).map(h -> {
                String relation = s.relation(h);
                Optional<IndexedWord> governor = s.governor(h);
                String lemma = governor.map(g -> g.lemma() == null ? "" : g.lemma().toLowerCase(Locale.ROOT)).orElse("");
                return relation.matches("compound|nmod:poss") && lexicon.isTeamRole(lemma)
                        || relation.matches("nsubj|obj") && lexicon.isMatchVerb(lemma);
            }).orElse(false);
            if (team) {
                String prefix = c.text.replace(' ', '_') + "_";
                c.type = "Organization";
                c.link = candidates.stream().filter(o -> o != c && "Organization".equals(o.type) && o.link != null
                        && o.link.startsWith(prefix)).map(o -> o.link).findFirst().orElse(null);
            }
        }
    }

    /** Whether the word is who reports a claim: the subject of a reporting verb, or named by "according to". */
    private boolean reports(SentenceGraph s, IndexedWord word) {
        String relation = s.relation(word);
        return SentenceGraph.isAccordingTo(relation) || relation.startsWith("nsubj")
                && s.governor(word).map(g -> lexicon.reportingConfidence(g.lemma()).isPresent()).orElse(false);
    }

    /**
     * Unnamed groups (plural nouns such as "experts" that report something) and events (a noun such as "arrest"
     * modified by a named entity: "Huawei CFO arrest").
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
                        event.named = false;
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

    /** Union of mentions that corefer, share a link, share a name, or name a person by a part of the full name. */
    private void merge(List<Candidate> candidates) {
        Map<String, Candidate> byKey = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.link != null) {
                union(byKey, "link:" + c.link, c);
            }
            if (c.gazetteerLabel != null) {
                union(byKey, "gazetteer:" + c.gazetteerLabel, c);
            }
            if (c.type != null) {
                union(byKey, "name:" + c.type + ":" + normalise(c.text), c);
            }
        }
        Map<CoreEntityMention, Candidate> bySource = new HashMap<>();
        candidates.stream().filter(c -> c.source != null).forEach(c -> bySource.put(c.source, c));
        for (Candidate c : candidates) {
            if (c.source == null) {
                continue;
            }
            c.source.canonicalEntityMention().map(bySource::get)
                    .filter(other -> compatible(c, other))
                    .ifPresent(other -> union(c, other));
        }
        for (Candidate shorter : candidates) {
            if (shorter.type == null || shorter.link != null && shorter.gazetteerLabel != null) {
                continue;
            }
            Candidate longer = null;
            for (Candidate c : candidates) {
                // a name inside a descriptive phrase is what the phrase is about, not the phrase ("Arctic security"),
                // and a name the dictionary gives another title names something else ("Denver", "Denver Art Museum")
                boolean otherTitle = shorter.link != null && c.link != null && !shorter.link.equals(c.link);
                if (c != shorter && shorter.type.equals(c.type) && shorter.named == c.named && !otherTitle
                        && c.text.length() > shorter.text.length()
                        && containsWords(c.text, shorter.text)) {
                    if (longer != null && longer.root() != c.root()) {
                        longer = null; // ambiguous: two different longer names contain it
                        break;
                    }
                    longer = c;
                }
            }
            if (longer != null) {
                union(shorter, longer);
            }
        }
    }

    /**
     * Event coreference: one agent's re-processes ("Canada's reevaluation of…", "Canada's reassessment", "its
     * strategic recalibration") are one process; an event noun with only a demonstrative ("this shift") is the
     * article's main event, the one mentioned most; without any named event it is dropped.
     */
    private static void mergeEvents(List<Candidate> candidates) {
        Map<Candidate, Candidate> reprocessByAgent = new HashMap<>();
        for (Candidate c : candidates) {
            if (!"Event".equals(c.type) || c.possessor == null || !isReNominalisation(c.headLemma)) {
                continue;
            }
            candidates.stream().filter(o -> o.named && o.begin < c.possessor[1] && c.possessor[0] < o.end).findFirst()
                    .ifPresent(agent -> {
                        Candidate first = reprocessByAgent.putIfAbsent(agent.root(), c);
                        if (first != null) {
                            union(first, c);
                        }
                    });
        }
        Map<Candidate, Integer> eventSizes = new LinkedHashMap<>();
        // "this shift" points back to a process the article describes, not to a named event ("the Olympics")
        candidates.stream().filter(c -> "Event".equals(c.type) && !c.anaphor && !c.named)
                .forEach(c -> eventSizes.merge(c.root(), 1, Integer::sum));
        Optional<Candidate> main = eventSizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        List<Candidate> orphans = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.anaphor) {
                main.ifPresentOrElse(m -> union(m, c), () -> orphans.add(c));
            }
        }
        candidates.removeAll(orphans);
    }

    /** "reassessment", "reevaluation", "realignment": a noun made from "re" and a verb, naming a process redone. */
    static boolean isReNominalisation(String lemma) {
        if (lemma == null) {
            return false;
        }
        String stem = lemma.startsWith("re-") ? lemma.substring(3) : lemma.startsWith("re") ? lemma.substring(2) : "";
        return stem.length() >= 8 && stem.matches("[a-z]+(tion|ment|sal)");
    }

    private static boolean compatible(Candidate a, Candidate b) {
        return a.type == null || b.type == null || a.type.equals(b.type);
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static void union(Map<String, Candidate> byKey, String key, Candidate c) {
        Candidate first = byKey.putIfAbsent(key, c);
        if (first != null) {
            union(first, c);
        }
    }

    private static void union(Candidate a, Candidate b) {
        Candidate ra = a.root();
        Candidate rb = b.root();
        if (ra != rb) {
            rb.parent = ra;
        }
    }

    /** The type, label and link one group of mentions gets as an entity. */
    private record Naming(String type, String label, String link) {
        /** What the converter mints the entity's URI from: its type and its link, else its label. */
        String uriKey() {
            return type + " " + Uris.slug(link != null ? link : label);
        }
    }

    private List<ExtractedEntity> entities(List<Candidate> candidates) {
        Map<Candidate, List<Candidate>> groups = new LinkedHashMap<>();
        candidates.forEach(c -> groups.computeIfAbsent(c.root(), r -> new ArrayList<>()).add(c));
        // groups that would get one URI are one entity ("the town of Ireland" unlinked, and "Irish" linked to Ireland)
        Map<String, List<Candidate>> byUri = new LinkedHashMap<>();
        Map<String, Naming> namings = new HashMap<>();
        for (List<Candidate> members : groups.values()) {
            naming(members).ifPresent(n -> {
                List<Candidate> same = byUri.computeIfAbsent(n.uriKey(), k -> new ArrayList<>());
                same.addAll(members);
                // a merged group is named from all its mentions
                namings.put(n.uriKey(), same.size() == members.size() ? n : naming(same).orElseThrow());
            });
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<Candidate>> group : byUri.entrySet()) {
            List<Candidate> members = group.getValue();
            Naming naming = namings.get(group.getKey());
            Set<String> aliases = new LinkedHashSet<>();
            members.forEach(c -> aliases.add(c.text));
            aliases.remove(naming.label());
            String id = uniqueId(Uris.slug(naming.label()), ids);
            List<ExtractedEntity.Mention> mentions = members.stream()
                    .map(c -> new ExtractedEntity.Mention(c.begin, c.end, c.text, c.sentence, !c.nationality)).toList();
            boolean named = members.stream().anyMatch(c -> c.named);
            entities.add(new ExtractedEntity(id, naming.type(), naming.label(), List.copyOf(aliases), naming.link(),
                    named, mentions));
        }
        return entities;
    }

    private Optional<Naming> naming(List<Candidate> members) {
        String type = type(members);
        if (type == null) {
            return Optional.empty();
        }
        Candidate gazetteered = members.stream().filter(c -> c.gazetteerLabel != null).findFirst().orElse(null);
        List<Candidate> names = members.stream().filter(c -> !c.nationality).toList();
        Candidate longest = (names.isEmpty() ? members : names).stream()
                .max(Comparator.comparingInt((Candidate c) -> c.text.length())).orElseThrow();
        String label = gazetteered != null ? gazetteered.gazetteerLabel
                : names.isEmpty() ? longest.link.replace('_', ' ').replaceAll(" \\(.*\\)$", "") : longest.text;
        // a person is linked by the full name, else by a lone surname the dictionary is sure of and gives a
        // bearer's full name for ("Obama": Barack_Obama); a surname whose full name the article gives is that
        // person, whoever else bears it, and a full name unknown to Wikipedia is usually not in it; nor is a
        // title that only one form of a name reaches
        boolean person = type.equals("Person");
        String link = gazetteered != null ? gazetteered.link
                : person ? (longest.link != null && !linkConfidence.unknownPerson(longest.link)
                        && (longest.text.contains(" ") || isBearerOf(names, longest.link)) ? longest.link : null)
                : longest.link != null ? longest.link : mostFrequentLink(members);
        return Optional.of(new Naming(type, label, link));
    }

    /**
     * Whether a title is the full name of a person whose surname is every name the entity goes by: "Barack_Obama" for
     * "Obama" (not for "Obama" and "Biden", which coreference wrongly joined).
     */
    private static boolean isBearerOf(List<Candidate> naming, String title) {
        return title != null && title.indexOf('(') < 0 && title.indexOf(',') < 0 && !naming.isEmpty()
                && naming.stream().allMatch(c -> title.endsWith("_" + c.text));
    }

    /** The gazetteer's type wins; else the most frequent type; a nationality alone is a country or a region. */
    private String type(List<Candidate> members) {
        for (Candidate c : members) {
            if (c.gazetteerLabel != null || "Government".equals(c.type) || "Event".equals(c.type)) {
                return c.type;
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        members.stream().filter(c -> c.type != null).forEach(c -> votes.merge(c.type, 1, Integer::sum));
        if (votes.isEmpty()) {
            String link = mostFrequentLink(members);
            return link == null ? null : gazetteer.isRegion(link) ? "Place" : "Country";
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String mostFrequentLink(List<Candidate> members) {
        Map<String, Integer> votes = new HashMap<>();
        members.stream().filter(c -> c.link != null).forEach(c -> votes.merge(c.link, 1, Integer::sum));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** {@code base}, or base-2, base-3… when taken; the id returned is added to {@code ids}. */
    static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String normalise(String text) {
        return Uris.slug(text.replace(".", ""));
    }

    private static Optional<SentenceGraph> sentenceOf(List<SentenceGraph> sentences, int begin, int end) {
        return sentences.stream().filter(s -> s.contains(begin, end)).findFirst();
    }
}
