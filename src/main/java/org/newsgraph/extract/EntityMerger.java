package org.newsgraph.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.stream.Collectors;
import org.newsgraph.convert.Uris;

/**
 * Merges the candidate mentions of one article into entities: mentions that corefer, share a link, a gazetteer entry
 * or a name, or name a person by part of the full name are one entity, and so are one agent's re-processes and the
 * events a demonstrative points back to; each entity then gets one type, label, link and id. Pronouns coreference
 * resolves are added afterwards as mentions that are not names.
 */
final class EntityMerger {
    /** Pronouns that stand for an entity (not "this" or "that", which often stand for a whole situation). */
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her");
    /** The subject pronouns of a person, with their gender. */
    private static final Map<String, Dictionaries.Gender> SUBJECT_PRONOUNS =
            Map.of("he", Dictionaries.Gender.MALE, "she", Dictionaries.Gender.FEMALE);
    /** Determiners of a phrase that refers back to something named ("the company", "this carmaker"). */
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final LinkConfidence linkConfidence;

    EntityMerger(Gazetteer gazetteer, Lexicon lexicon, LinkConfidence linkConfidence) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.linkConfidence = linkConfidence;
    }

    /** The entities the candidates (in text order) make up. */
    List<ExtractedEntity> entities(List<Candidate> candidates) {
        merge(candidates);
        mergeEvents(candidates);
        return named(candidates);
    }

    /**
     * Adds the pronouns coreference resolves to each named entity or event ("its", "they", "it") as mentions that
     * are not names: they let relationships and claims reach the entity, and are not aliases or NIF mentions.
     */
    static List<ExtractedEntity> withPronouns(List<ExtractedEntity> entities, CoreDocument document, Lexicon lexicon) {
        if (document.corefChains() == null) {
            return entities;
        }
        Map<ExtractedEntity, List<ExtractedEntity.Mention>> added = new HashMap<>();
        for (CorefChain chain : document.corefChains().values()) {
            List<CorefChain.CorefMention> chainMentions = chain.getMentionsInTextualOrder();
            ExtractedEntity owner = null;
            int ownerSentence = 0;
            for (CorefChain.CorefMention cm : chainMentions) {
                if (owner == null && cm.mentionType != Dictionaries.MentionType.PRONOMINAL) {
                    ownerSentence = cm.sentNum;
                    int[] range = range(document, cm);
                    CoreLabel head = document.sentences().get(cm.sentNum - 1).tokens().get(cm.headIndex - 1);
                    // the name at the phrase's head word, else any name inside it: "U.S. District Judge Leonie
                    // Brinkema" is the judge, not the United States
                    List<ExtractedEntity> inside = entities.stream().filter(e -> (e.named() || e.type().equals("Event"))
                            && e.mentions().stream().anyMatch(m -> m.name() && m.begin() < range[1] && range[0] < m.end()))
                            .toList();
                    owner = inside.stream().filter(e -> namesAt(e, head.beginPosition(), head.endPosition())).findFirst()
                            .orElse(inside.isEmpty() ? null : inside.getFirst());
                }
            }
            if (owner == null) {
                continue;
            }
            ExtractedEntity chainOwner = owner;
            CorefChain.CorefMention before = null;
            for (CorefChain.CorefMention cm : chainMentions) {
                // a pronoun sentences before the first name of a chain that opens with no name ("the government…
                // its… Twitter") is not that name's: news does not refer ahead across sentences
                boolean afterName = cm.sentNum >= ownerSentence;
                CorefChain.CorefMention previous = before;
                if (afterName && cm.mentionType == Dictionaries.MentionType.PRONOMINAL
                        && PRONOUNS.contains(cm.mentionSpan.toLowerCase(Locale.ROOT))) {
                    int[] range = range(document, cm);
                    ExtractedEntity referent = firstConjunct(entities, document, cm)
                            .or(() -> subjectBefore(entities, document, cm, previous)).orElse(owner);
                    added.computeIfAbsent(referent, o -> new ArrayList<>())
                            .add(new ExtractedEntity.Mention(range[0], range[1],
                                    document.text().substring(range[0], range[1]), cm.sentNum - 1, false));
                } else if (afterName && cm.mentionType == Dictionaries.MentionType.NOMINAL) {
                    referringHead(entities, document, cm, chainOwner, lexicon).ifPresent(head -> added
                            .computeIfAbsent(chainOwner, o -> new ArrayList<>()).add(new ExtractedEntity.Mention(
                                    head.beginPosition(), head.endPosition(), head.word(), cm.sentNum - 1, false)));
                }
                before = cm;
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

    /**
     * The head word of a definite phrase that coreference joins to a name and that news uses to refer back to that
     * kind of entity ("The Redmond, Washington-based company said…", "the carmaker"), when no name covers it and it
     * describes no other name it is set beside ("Strategy, the software company led by Michael Saylor": Strategy,
     * which the tagger missed, not the fund the resolver chose).
     */
    private static Optional<CoreLabel> referringHead(List<ExtractedEntity> entities, CoreDocument document,
            CorefChain.CorefMention cm, ExtractedEntity owner, Lexicon lexicon) {
        List<CoreLabel> tokens = document.sentences().get(cm.sentNum - 1).tokens();
        CoreLabel first = tokens.get(cm.startIndex - 1);
        CoreLabel head = tokens.get(cm.headIndex - 1);
        boolean definite = DEFINITE_DETERMINERS.contains(first.word().toLowerCase(Locale.ROOT));
        boolean named = entities.stream().anyMatch(e -> namesAt(e, head.beginPosition(), head.endPosition()));
        // set off by a comma after a capitalised noun, not a time ("Yesterday, the company said"): an apposition to
        // that noun, however the parser hangs it, unless it is the possessor in one ("Teresa Ribera, the commission's
        // executive vice president")
        CoreLabel comma = cm.startIndex > 2 ? tokens.get(cm.startIndex - 2) : null;
        CoreLabel before = comma != null && comma.word().equals(",") ? tokens.get(cm.startIndex - 3) : null;
        // the resolver's span may hold the "'s" or stop before it
        boolean possessor = tokens.get(cm.endIndex - 2).tag().equals("POS")
                || cm.endIndex - 1 < tokens.size() && tokens.get(cm.endIndex - 1).tag().equals("POS");
        boolean describesAnother = before != null && !possessor && Character.isUpperCase(before.word().codePointAt(0))
                && before.tag().startsWith("NN") && !EntityBuilder.TIME_TYPES.contains(before.ner())
                && !namesAt(owner, before.beginPosition(), before.endPosition());
        return definite && !named && !describesAnother && lexicon.refersTo(head.lemma().toLowerCase(Locale.ROOT), owner.type())
                ? Optional.of(head) : Optional.empty();
    }

    /**
     * The named entity a possessive pronoun in the second of two conjoined nouns stands for: the first noun's
     * ("Japan's ruling party and its partner Komeito": the party's partner, whatever the resolver chose).
     */
    private static Optional<ExtractedEntity> firstConjunct(List<ExtractedEntity> entities, CoreDocument document,
            CorefChain.CorefMention cm) {
        SemanticGraph graph = document.sentences().get(cm.sentNum - 1).dependencyParse();
        IndexedWord pronoun = graph.getNodeByIndexSafe(cm.headIndex);
        if (pronoun == null) {
            return Optional.empty();
        }
        Optional<IndexedWord> first = graph.incomingEdgeList(pronoun).stream()
                .filter(e -> e.getRelation().toString().equals("nmod:poss")).map(SemanticGraphEdge::getGovernor)
                .flatMap(noun -> graph.incomingEdgeList(noun).stream())
                .filter(e -> e.getRelation().toString().startsWith("conj")).map(SemanticGraphEdge::getGovernor).findFirst();
        return first.flatMap(head -> entities.stream()
                .filter(e -> e.named() && namesAt(e, head.beginPosition(), head.endPosition())).findFirst());
    }

    /**
     * The person a sentence's subject "he" or "she" stands for when the resolver skipped the sentence before, whose
     * subject is another person named there: "Interior Minister Suleyman Soylu… told reporters… He warned that…" is
     * Soylu, though the resolver joined "He" to the health minister two sentences up. A person the resolver knows to
     * be of the other gender is not taken.
     */
    private static Optional<ExtractedEntity> subjectBefore(List<ExtractedEntity> entities, CoreDocument document,
            CorefChain.CorefMention pronoun, CorefChain.CorefMention before) {
        Dictionaries.Gender gender = SUBJECT_PRONOUNS.get(pronoun.mentionSpan.toLowerCase(Locale.ROOT));
        if (gender == null || before == null || before.sentNum >= pronoun.sentNum - 1 || pronoun.sentNum < 2) {
            return Optional.empty();
        }
        Optional<IndexedWord> subject = rootSubject(document, pronoun.sentNum - 1);
        if (subject.isEmpty() || subject.get().index() != pronoun.headIndex) {
            return Optional.empty();
        }
        return rootSubject(document, pronoun.sentNum - 2)
                .filter(word -> !otherGender(document, pronoun.sentNum - 1, word.index(), gender))
                .flatMap(word -> entities.stream().filter(e -> e.named() && e.type().equals("Person")
                        && namesAt(e, word.beginPosition(), word.endPosition())).findFirst());
    }

    /** The subject of the sentence's main verb (sentence index from 0). */
    private static Optional<IndexedWord> rootSubject(CoreDocument document, int sentence) {
        SemanticGraph graph = document.sentences().get(sentence).dependencyParse();
        IndexedWord root = graph.getFirstRoot();
        return root == null ? Optional.empty() : graph.outgoingEdgeList(root).stream()
                .filter(e -> e.getRelation().toString().equals("nsubj")).map(SemanticGraphEdge::getDependent).findFirst();
    }

    /** Whether a coreference mention headed by the word (sentence number from 1) has the other gender. */
    private static boolean otherGender(CoreDocument document, int sentNum, int headIndex, Dictionaries.Gender gender) {
        return document.corefChains().values().stream().flatMap(c -> c.getMentionsInTextualOrder().stream())
                .anyMatch(m -> m.sentNum == sentNum && m.headIndex == headIndex && m.gender != gender
                        && (m.gender == Dictionaries.Gender.MALE || m.gender == Dictionaries.Gender.FEMALE));
    }

    /** Whether one of the entity's names covers the char range (a word). */
    private static boolean namesAt(ExtractedEntity e, int begin, int end) {
        return e.mentions().stream().anyMatch(m -> m.name() && m.begin() <= begin && end <= m.end());
    }

    private static int[] range(CoreDocument document, CorefChain.CorefMention cm) {
        List<CoreLabel> tokens = document.sentences().get(cm.sentNum - 1).tokens();
        return new int[] {tokens.get(cm.startIndex - 1).beginPosition(), tokens.get(cm.endIndex - 2).endPosition()};
    }

    /**
     * Union of mentions that corefer, share a link, share a name, name a person by a part of the full name, or
     * abbreviate a name by its initials or as the article declares.
     */
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
                union(byKey, "name:" + c.type + ":" + normalise(c.name()), c);
            }
            if (c.abbreviates != null) {
                union(c, c.abbreviates);
            }
        }
        Map<CoreEntityMention, Candidate> bySource = new HashMap<>();
        candidates.stream().filter(c -> c.source != null).forEach(c -> bySource.put(c.source, c));
        // "Bolsonaro" after "Jair Bolsonaro" and "Flavio Bolsonaro": whom a shared surname means is not coreference's
        // guess (see the surname rule below)
        Set<Candidate> sharedSurnames = candidates.stream().filter(c -> candidates.stream().filter(p -> isSurnameOf(c, p))
                .map(p -> normalise(p.name())).distinct().count() > 1).collect(Collectors.toSet());
        for (Candidate c : candidates) {
            if (c.source == null || sharedSurnames.contains(c)) {
                continue;
            }
            c.source.canonicalEntityMention().map(bySource::get)
                    .filter(other -> !sharedSurnames.contains(other) && (compatible(c, other) && mayNameOne(c, other)
                            && !namesAnother(c, other) && !namesAnother(other, c)
                            || isPlaceOfBody(c, other) || isPlaceOfBody(other, c)))
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
                boolean shortName = isSurnameOf(shorter, c) || isShortNameOf(shorter, c);
                if (c != shorter && shorter.named == c.named && c.name().length() > shorter.name().length()
                        && !namesAnother(c, shorter) && (shortName
                        || shorter.type.equals(c.type) && !otherTitle
                                && (containsWords(c.name(), shorter.name()) || isInitialsOf(shorter.name(), c.name())))) {
                    if (longer != null && longer.root() != c.root()) {
                        if (isSurnameOf(shorter, longer) && isSurnameOf(shorter, c) && longer.sentence < c.sentence) {
                            // a surname two people share is the one the article named first, its subject, unless it
                            // named both at once ("John and Mary Smith")
                            continue;
                        }
                        longer = null; // ambiguous: two different longer names contain it
                        break;
                    }
                    longer = c;
                }
            }
            if (longer != null) {
                if (isSurnameOf(shorter, longer)) {
                    shorter.type = longer.type;
                }
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
    private static boolean isReNominalisation(String lemma) {
        if (lemma == null) {
            return false;
        }
        String stem = lemma.startsWith("re-") ? lemma.substring(3) : lemma.startsWith("re") ? lemma.substring(2) : "";
        return stem.length() >= 8 && stem.matches("[a-z]+(tion|ment|sal)");
    }

    private static boolean compatible(Candidate a, Candidate b) {
        return a.type == null || b.type == null || a.type.equals(b.type);
    }

    /**
     * Whether coreference may join two names: they share a word ("Obama", "Barack Obama"), one is the other's
     * initials ("U.S.", "United States") or the dictionary gives both one title. Otherwise they name two things the
     * resolver confused ("Liverpool" and "BBC Sport" in one quote's attribution). Two names the dictionary gives
     * different titles name two things, whatever word they share ("Obama" and "Michelle Obama", "Nippon Steel" and
     * "U.S. Steel"), and so do two people's full names neither of which ends the other.
     */
    private static boolean mayNameOne(Candidate a, Candidate b) {
        if (a.link != null && b.link != null && !a.link.equals(b.link)) {
            return false;
        }
        boolean fullNames = "Person".equals(a.type) && "Person".equals(b.type) && a.name().contains(" ")
                && b.name().contains(" ");
        if (fullNames && !a.name().equalsIgnoreCase(b.name()) && !endsWithName(a, b) && !endsWithName(b, a)) {
            return false; // "Jair Bolsonaro" and his son, "Flavio Bolsonaro"
        }
        Set<String> wordsA = words(a.name());
        return wordsA.stream().anyMatch(words(b.name())::contains) || isInitialsOf(a.name(), b.name())
                || isInitialsOf(b.name(), a.name()) || a.link != null && a.link.equals(b.link);
    }

    private static Set<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1)
                .collect(Collectors.toSet());
    }

    /** Whether the short name is the initials of the long one, full stops aside ("U.S.", "United States"). */
    static boolean isInitialsOf(String shortName, String longName) {
        String initials = LinkConfidence.initials(List.of(longName.split("\\s+")));
        return initials.length() > 1 && initials.equals(shortName.replaceAll("[^\\p{L}]", ""));
    }

    /**
     * Whether a name is the end of a person's full name the article gives: news names a person in full once and by
     * the surname after, so the surname is that person whatever else the dictionary knows by it ("Gandhi" after
     * "Rahul Gandhi", not the Mahatma) and, when it has more than one word, whatever the tagger took it for ("Le
     * Maire" tagged an organisation after "Bruno Le Maire"; "Van Dijk" after "Virgil van Dijk").
     */
    private static boolean isSurnameOf(Candidate shorter, Candidate person) {
        return "Person".equals(person.type) && (person.type.equals(shorter.type) || shorter.name().contains(" "))
                && endsWithName(person, shorter);
    }

    /**
     * Whether a name is the end of an organisation's name the article gives, which news uses for it after the first
     * mention, whatever the dictionary gives the short form ("Congress" after "Indian National Congress", not the
     * United States Congress); or its start before another capitalised word, unless the dictionary knows a body or
     * thing by the short form itself ("Novo" after "Novo Nordisk", not the footballer Nacho_Novo; but "Apple" and
     * "Apple Music" are two), or before the generic word of a body ("Congress" after "the Congress party").
     */
    private boolean isShortNameOf(Candidate shorter, Candidate organisation) {
        if (!"Organization".equals(organisation.type) || !organisation.type.equals(shorter.type)) {
            return false;
        }
        if (!endsWithName(organisation, shorter)) {
            String name = organisation.name();
            if (!name.startsWith(shorter.name() + " ")) {
                return false;
            }
            String rest = name.substring(shorter.name().length() + 1);
            return (Character.isUpperCase(rest.codePointAt(0)) || lexicon.isOrganisationHead(rest))
                    && (shorter.link == null || !LinkConfidence.nameOfTitle(shorter.link).startsWith(shorter.name()));
        }
        return endsHeadOf(organisation, shorter);
    }

    /**
     * Whether a place that coreference joins to a body ends the body's name as its head ("Madrid", "Real Madrid"):
     * news names a side by its town, which the tagger reads as the town.
     */
    private static boolean isPlaceOfBody(Candidate place, Candidate body) {
        return "Place".equals(place.type) && "Organization".equals(body.type) && endsWithName(body, place)
                && endsHeadOf(body, place);
    }

    /**
     * Whether the end of a body's name is its head, not what it is "of": "Kentucky" is no short name of "Republican
     * Party of Kentucky".
     */
    private static boolean endsHeadOf(Candidate body, Candidate end) {
        String rest = body.name().substring(0, body.name().length() - end.name().length()).strip();
        String before = rest.substring(rest.lastIndexOf(' ') + 1);
        return !before.isEmpty() && Character.isUpperCase(before.codePointAt(0));
    }

    /** Whether the longer name is the shorter one with a word that makes it another's ("West Virginia", "Virginia"). */
    private boolean namesAnother(Candidate longer, Candidate shorter) {
        return endsWithName(longer, shorter) && lexicon.isDistinguishingModifier(longer.name()
                .substring(0, longer.name().length() - shorter.name().length()).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean endsWithName(Candidate longer, Candidate shorter) {
        return longer.name().length() > shorter.name().length()
                && (" " + longer.name().toLowerCase(Locale.ROOT)).endsWith(" " + shorter.name().toLowerCase(Locale.ROOT));
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

    private List<ExtractedEntity> named(List<Candidate> candidates) {
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
                .max(Comparator.comparingInt((Candidate c) -> c.name().length())).orElseThrow();
        String label = gazetteered != null ? gazetteered.gazetteerLabel
                : names.isEmpty() ? LinkConfidence.nameOfTitle(longest.link) : longest.name();
        // a person is linked by the full name, else by a lone surname the dictionary is sure of and gives a
        // bearer's full name for ("Obama": Barack_Obama), or by a single name whose title is that name qualified
        // ("Madonna": Madonna_(entertainer)) or the first of two that the dictionary is sure of ("Beyoncé":
        // Beyoncé_Knowles); a surname whose full name the article gives is that person, whoever
        // else bears it, and a full name unknown to Wikipedia is usually not in it; nor is a title that only one
        // form of a name reaches, unless the article drops that form's accents: a rare foreign full name has few
        // namesakes ("Celine Dumerc")
        boolean person = type.equals("Person");
        String link = gazetteered != null ? gazetteered.link
                : person ? (longest.link != null && (!linkConfidence.unknownPerson(longest.link)
                        || linkConfidence.titleOfPlainSpelling(longest.name()).filter(longest.link::equals).isPresent())
                        && (longest.name().contains(" ") || isBearerOf(names, longest.link)
                                || isQualifiedTitleOf(longest.name(), longest.link)
                                || isFullNameOfOneNamed(longest.name(), longest.link)) ? longest.link : null)
                : longest.link != null ? longest.link : mostFrequentLink(members);
        if (person && link != null && gazetteered == null) {
            // the tagger may take a title at a sentence's start into the name ("Justice Sonia Sotomayor wrote…")
            String titleName = LinkConfidence.nameOfTitle(link);
            if (label.endsWith(" " + titleName)) {
                label = titleName;
            }
        }
        if (link != null && label.equals(label.toUpperCase(Locale.ROOT))) {
            // a dateline's capitals ("LONDON", "SAN FRANCISCO") are not how the name is written; an acronym's are
            String titleName = LinkConfidence.nameOfTitle(link).split(", ")[0];
            if (titleName.equalsIgnoreCase(label)) {
                label = titleName;
            }
        }
        return Optional.of(new Naming(type, label, link));
    }

    /**
     * Whether a title is the full name of a person whose surname is every name the entity goes by: "Barack_Obama" for
     * "Obama" (not for "Obama" and "Biden", which coreference wrongly joined).
     */
    static boolean isBearerOf(List<Candidate> naming, String title) {
        return title != null && title.indexOf('(') < 0 && title.indexOf(',') < 0 && !naming.isEmpty()
                && naming.stream().allMatch(c -> title.endsWith("_" + c.text));
    }

    /**
     * Whether a title is a given name and a surname whose given name is the single name most links so written reach:
     * a person who goes by it alone, as performers do.
     */
    private boolean isFullNameOfOneNamed(String name, String title) {
        List<String> words = List.of(title.split("_"));
        return words.size() == 2 && words.getFirst().equals(name) && title.indexOf('(') < 0 && title.indexOf(',') < 0
                && linkConfidence.sure(name);
    }

    /**
     * Whether a title is the name itself qualified by what a person does: the article about the one who goes by that
     * name alone.
     */
    private boolean isQualifiedTitleOf(String name, String title) {
        String bare = LinkConfidence.withoutQualifier(title);
        return !bare.equals(title) && bare.equals(name.replace(' ', '_'))
                && lexicon.isPersonQualifier(title.substring(bare.length() + 2, title.length() - 1));
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
        // a tie goes to the type of the longest name: the tagger reads a full name more surely than a word of it
        // ("Trump approval" read as a body's, "President Donald Trump" as a person's)
        Map<String, Integer> longest = new HashMap<>();
        members.stream().filter(c -> c.type != null && !c.nationality)
                .forEach(c -> longest.merge(c.type, c.name().length(), Math::max));
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> longest.getOrDefault(e.getKey(), 0))).orElseThrow().getKey();
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
}
