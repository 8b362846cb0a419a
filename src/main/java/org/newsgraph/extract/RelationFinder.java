package org.newsgraph.extract;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.convert.OntologyIndex;
import org.newsgraph.convert.Vocab;

/**
 * Relationships between two entities of one sentence: CoreNLP's KBP relations, and the dependency path between
 * the two mentions read through the lexicon's predicate cues. A connected pair that fits no predicate is kept as
 * {@code relatedTo} with its verb.
 */
final class RelationFinder {
    /** Longest dependency path (in words, both ends included) still read as a relationship. */
    private static final int MAX_PATH = 6;
    private static final double KBP_MIN_CONFIDENCE = 0.5;
    /** Where a verb sends its object: "moved Yvette Cooper to the Foreign Office", "named her to the board". */
    private static final Pattern DESTINATION = Pattern.compile("obl:(to|into)");
    /** Relations by which a verb or relational noun names the area a relationship applies to ("cooperate on X"). */
    private static final Pattern AREA_RELATION = Pattern.compile("(obl|nmod):on");
    /** Predicates whose object may be a topic. */
    private static final Set<String> TOPIC_PREDICATES = Set.of("advocates", "reassesses", "drivenBy", "highlightsRiskOf",
            "concerns", "reliesOn", "relatedTo");
    /** What can drive a process: a concern (topic) or another event. */
    private static final Set<String> DRIVERS = Set.of("Topic", "Event");
    private static final Set<String> AGENTS = Set.of("Country", "Organization", "Government", "Alliance", "Person");
    /** Lemmas that negate the verb they modify. */
    private static final Set<String> NEGATIONS = Set.of("not", "never");
    /**
     * Relations of a sentence-initial "-ing" word that make it no subjectless gerund: a preposition ("According to",
     * "Following the meeting") or a clause whose agent is the main clause's subject ("Speaking to reporters, Obama…").
     */
    private static final Pattern NOT_A_SUBJECT_GERUND = Pattern.compile("(case|mark|fixed|advcl|advmod)(:.*)?");
    /**
     * CoreNLP's KBP relations that map to an ontology predicate. Its statistical model names some relations as in
     * TAC-KBP 2015 ("per:employee_or_member_of", "per:statesorprovinces_of_residence"), its rules as before
     * ("per:employee_of", "per:stateorprovinces_of_residence"): both are listed. Employment is membership, as in
     * W3C ORG's org:memberOf; a person's origin is a nationality only when it is a country (the ontology's range), so
     * "Texan" stays a generic relationship.
     */
    private static final Map<String, String> KBP_PREDICATES = Map.ofEntries(
            Map.entry("per:title", "holdsPost"),
            Map.entry("per:employee_of", "memberOf"), Map.entry("per:member_of", "memberOf"),
            Map.entry("per:employee_or_member_of", "memberOf"),
            Map.entry("org:member_of", "memberOf"), Map.entry("org:parents", "partOf"),
            Map.entry("per:countries_of_residence", "locatedIn"), Map.entry("per:cities_of_residence", "locatedIn"),
            Map.entry("per:stateorprovinces_of_residence", "locatedIn"),
            Map.entry("per:statesorprovinces_of_residence", "locatedIn"),
            Map.entry("org:country_of_headquarters", "locatedIn"), Map.entry("org:city_of_headquarters", "locatedIn"),
            Map.entry("org:stateorprovince_of_headquarters", "locatedIn"), Map.entry("per:origin", "nationality"));
    /**
     * KBP relations whose object is a place (where a person lives, where an organisation has its headquarters): kept
     * only when the ontology admits the object as the range of their predicate.
     */
    private static final Pattern PLACE_SLOT = Pattern.compile(".*_(of_residence|of_headquarters)");
    /** Relations whose KBP subject is the object in our ontology ("org:top_members_employees" → person leads org). */
    private static final Map<String, String> KBP_INVERSE = Map.of("org:top_members_employees", "leads",
            "org:subsidiaries", "partOf", "org:members", "memberOf");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final OntologyIndex ontology;

    RelationFinder(Lexicon lexicon, Gazetteer gazetteer, OntologyIndex ontology) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.ontology = ontology;
    }

    List<RelationSpec> find(String text, List<SentenceGraph> sentences, MentionIndex mentions, List<ExtractedEntity> entities) {
        Map<String, RelationSpec> found = new LinkedHashMap<>();
        memberships(text, sentences, entities).forEach(r -> keepBest(found, r));
        Optional<ExtractedEntity> focus = focus(sentences, mentions, entities);
        for (SentenceGraph s : sentences) {
            Evidence evidence = Evidence.of(text, s.begin(), s.end());
            int datelineEnd = s.datelineEnd();
            kbp(s, mentions, evidence, datelineEnd).forEach(r -> keepBest(found, r));
            List<MentionIndex.Located> inSentence = mentions.inSentence(s.index).stream()
                    .filter(l -> l.mention().begin() >= datelineEnd).toList();
            for (int i = 0; i < inSentence.size(); i++) {
                for (int j = i + 1; j < inSentence.size(); j++) {
                    dependencyPath(s, inSentence.get(i), inSentence.get(j), inSentence, evidence)
                            .forEach(r -> keepBest(found, r));
                }
            }
            focus.ifPresent(f -> implicitAgent(s, f, inSentence, evidence).forEach(r -> keepBest(found, r)));
        }
        return withoutLinksToOwnArea(found.values());
    }

    /**
     * The relationships without a generic link from a party to a topic that is already the area of its relationship
     * stated in the same sentence ("Canada and Mexico cooperate on border security": the area, not a second link).
     */
    private static List<RelationSpec> withoutLinksToOwnArea(Collection<RelationSpec> relations) {
        return relations.stream().filter(r -> !r.predicate().equals("relatedTo") || relations.stream().noneMatch(other ->
                other.area().contains(r.object()) && other.evidence().equals(r.evidence())
                        && (other.subject().equals(r.subject()) || other.object().equals(r.subject())))).toList();
    }

    /** CoreNLP's KBP relations of the sentence, none with an argument in its dateline (which ends at datelineEnd). */
    private List<RelationSpec> kbp(SentenceGraph s, MentionIndex mentions, Evidence evidence, int datelineEnd) {
        List<RelationSpec> relations = new ArrayList<>();
        Map<ExtractedEntity, List<String>> titleLemmas = titleLemmas(s, mentions);
        Set<ExtractedEntity> sentTo = bodiesSentTo(s, mentions);
        for (RelationTriple triple : s.kbpRelations()) {
            if (triple.confidence < KBP_MIN_CONFIDENCE || Stream.concat(triple.subject.stream(), triple.object.stream())
                    .anyMatch(t -> t.beginPosition() < datelineEnd)) {
                continue;
            }
            // a person's relation ("per:title") has a person for its subject ("Liverpool manager Arne Slot": not
            // Liverpool), or is none
            Optional<ExtractedEntity> subject = entityOf(s, mentions, triple.subject,
                    triple.relationGloss().startsWith("per:") ? "Person" : null);
            Optional<ExtractedEntity> object = entityOf(s, mentions, triple.object, null);
            if (subject.isEmpty() || object.isEmpty() || subject.get() == object.get() || listedTogether(s, triple)
                    || sentTo.contains(subject.get()) || sentTo.contains(object.get())
                    || titleOfAnother(s, mentions, triple, subject.get())
                    || bodyOfAnother(s, mentions.inSentence(s.index), subject.get(), object.get())
                    || bodyOfAnother(s, mentions.inSentence(s.index), object.get(), subject.get())) {
                continue;
            }
            String name = triple.relationGloss();
            String predicate = KBP_PREDICATES.get(name);
            if (PLACE_SLOT.matcher(name).matches()
                    && !ontology.fits(predicate, subject.get().type(), object.get().type())) {
                continue; // "Italy coach Cesare Prandelli": KBP read a place where the article names a team
            }
            if (PLACE_SLOT.matcher(name).matches() && object.get().type().equals("Country")
                    && namesAsOwn(s, mentions.inSentence(s.index), subject.get(), triple.object)) {
                predicate = "nationality"; // KBP reads residence where the article says whose country it is
            }
            String inverse = KBP_INVERSE.get(name);
            double confidence = round(triple.confidence * 0.9);
            if (inverse != null) {
                // KBP counts a spokeswoman, or a player, among an organisation's top members: one leads it only
                // when a title says so
                String inversePredicate = inverse.equals("leads")
                        ? lexicon.holderRelation(titleWords(s, mentions, object.get(), titleLemmas)) : inverse;
                relations.add(relation(object.get(), inversePredicate, subject.get(), evidence, confidence, null));
            } else if (predicate != null) {
                relations.add(relation(subject.get(), predicate, object.get(), evidence, confidence, null));
            } else {
                relations.add(relation(subject.get(), "relatedTo", object.get(), evidence, confidence,
                        name.substring(name.indexOf(':') + 1).replace('_', ' ')));
            }
        }
        return relations;
    }

    /**
     * Whether KBP's two arguments are items of one list ("regulators in the United States, the European Union and
     * Japan"): a list sets names side by side and says nothing of how they relate.
     */
    private static boolean listedTogether(SentenceGraph s, RelationTriple triple) {
        Optional<IndexedWord> subject = s.head(triple.subject.getFirst().beginPosition(), triple.subject.getLast().endPosition());
        Optional<IndexedWord> object = s.head(triple.object.getFirst().beginPosition(), triple.object.getLast().endPosition());
        return subject.isPresent() && object.isPresent() && s.coordinated(subject.get(), object.get());
    }

    /**
     * Whether the sentence names the country as the person's own, not only where they live: "Iga Swiatek of Poland",
     * "Spain's Carlos Alcaraz", "Alcaraz, a 22-year-old from Spain".
     */
    private static boolean namesAsOwn(SentenceGraph s, List<MentionIndex.Located> inSentence, ExtractedEntity person,
            List<CoreLabel> country) {
        Optional<IndexedWord> head = s.head(country.getFirst().beginPosition(), country.getLast().endPosition());
        Optional<IndexedWord> governor = head.flatMap(s::governor);
        if (governor.isEmpty()) {
            return false;
        }
        String relation = s.relation(head.get());
        IndexedWord owner = governor.get();
        if (relation.endsWith(":from") && s.relation(owner).matches("appos|amod")) {
            owner = s.governor(owner).orElse(owner);
        } else if (!relation.equals("nmod:of") && !relation.equals("nmod:poss") && !relation.equals("nmod:from")) {
            return false;
        }
        return personCovering(inSentence, owner.beginPosition(), owner.endPosition()).filter(p -> p == person)
                .isPresent();
    }

    /**
     * The organisations named right before an envoy's title ("Algeria's UN Ambassador Amar Bendjama"): where the envoy
     * is sent, neither the envoy's employer nor located in the sending country, whatever KBP pairs.
     */
    private Set<ExtractedEntity> bodiesSentTo(SentenceGraph s, MentionIndex mentions) {
        Set<ExtractedEntity> found = new HashSet<>();
        for (MentionIndex.Located l : mentions.inSentence(s.index)) {
            if (l.entity().type().equals("Organization")) {
                s.sentence.tokens().stream().filter(t -> t.beginPosition() >= l.mention().end()).findFirst()
                        .filter(t -> lexicon.isEnvoyTitle(t.lemma().toLowerCase(Locale.ROOT)))
                        .ifPresent(t -> found.add(l.entity()));
            }
        }
        return found;
    }

    /**
     * Whether KBP gives a person a title that stands right before another person's name: that title is the other's
     * ("Party spokesperson Sambit Patra said Gandhi was…": not Gandhi's).
     */
    private static boolean titleOfAnother(SentenceGraph s, MentionIndex mentions, RelationTriple triple,
            ExtractedEntity person) {
        if (!triple.relationGloss().equals("per:title") || triple.object.isEmpty()) {
            return false;
        }
        List<CoreLabel> tokens = s.sentence.tokens();
        int after = triple.object.getLast().index(); // token indices start at 1: this is the next token's position
        return after < tokens.size() && mentions.at(s.index, tokens.get(after).beginPosition(),
                tokens.get(after).endPosition()).filter(e -> e.type().equals("Person") && e != person).isPresent();
    }

    /**
     * Whether the sentence names the body only before a title of another person or as another person's:
     * "former Council of Economic Planning and Development chairman Chen Po-chih and Financial Supervisory Commission
     * chairman Hu Sheng-cheng" makes neither a leader of the other's body, nor "Lee, of the Democratic Party, … against
     * Kim Moon-soo of the People Power Party" Lee a member of Kim's party, whatever KBP pairs.
     */
    private static boolean bodyOfAnother(SentenceGraph s, List<MentionIndex.Located> inSentence, ExtractedEntity person,
            ExtractedEntity body) {
        if (!person.type().equals("Person") || !AGENTS.contains(body.type()) || body.type().equals("Person")) {
            return false; // an event named before a title ("Obama campaign spokesman") still involves its agent
        }
        List<CoreLabel> tokens = s.sentence.tokens();
        Set<ExtractedEntity> holders = new HashSet<>();
        for (MentionIndex.Located l : inSentence) {
            if (l.entity() != body || !l.mention().name()) {
                continue;
            }
            Optional<ExtractedEntity> owner = s.head(l.mention().begin(), l.mention().end())
                    .flatMap(h -> personTheBodyIsOf(s, inSentence, h));
            if (owner.isPresent()) {
                holders.add(owner.get());
                continue;
            }
            int next = tokens.indexOf(s.tokens(l.mention().begin(), l.mention().end()).getLast()) + 1;
            if (next < tokens.size() && SentenceGraph.isBracket(tokens.get(next))) {
                // the name before its acronym in brackets: what follows the acronym and its closing bracket counts
                if (SentenceGraph.isOpeningBracket(tokens.get(next))) {
                    continue;
                }
                next++;
            }
            int title = next;
            while (title < tokens.size() && "TITLE".equals(tokens.get(title).ner())) {
                title++;
            }
            if (title == next || title >= tokens.size()) {
                return false; // named alone somewhere, or with a title no one follows
            }
            CoreLabel after = tokens.get(title);
            Optional<ExtractedEntity> holder = personCovering(inSentence, after.beginPosition(), after.endPosition());
            if (holder.isEmpty()) {
                return false;
            }
            holders.add(holder.get());
        }
        return !holders.isEmpty() && !holders.contains(person);
    }

    /**
     * The person the phrase naming the body gives it to: the person it is "of" ("Kim Moon-soo of the People Power
     * Party"), or the object of the verb that sends someone to it ("moved Home Secretary Yvette Cooper to the Foreign
     * Office": Cooper's, not the mover's).
     */
    private static Optional<ExtractedEntity> personTheBodyIsOf(SentenceGraph s, List<MentionIndex.Located> inSentence,
            IndexedWord body) {
        String relation = s.relation(body);
        Optional<IndexedWord> governor = s.governor(body);
        Optional<IndexedWord> owner = relation.equals("nmod:of") ? governor
                : DESTINATION.matcher(relation).matches()
                        ? governor.flatMap(verb -> s.dependents(verb, "obj").stream().findFirst())
                : Optional.empty();
        return owner.flatMap(o -> personCovering(inSentence, o.beginPosition(), o.endPosition()));
    }

    /** The person a name of the sentence covering the char range names, if any. */
    private static Optional<ExtractedEntity> personCovering(List<MentionIndex.Located> inSentence, int begin, int end) {
        return inSentence.stream().filter(h -> h.mention().name() && h.covers(begin, end))
                .map(MentionIndex.Located::entity).filter(e -> e.type().equals("Person")).findFirst();
    }

    /**
     * The words of a person's titles in the sentence: those KBP gives, and the word right before the name, which
     * the tagger may not have taken for a title ("Department of Animal Industry chief Chen").
     */
    private static List<String> titleWords(SentenceGraph s, MentionIndex mentions, ExtractedEntity person,
            Map<ExtractedEntity, List<String>> titleLemmas) {
        List<String> words = new ArrayList<>(titleLemmas.getOrDefault(person, List.of()));
        mentions.inSentence(s.index).stream().filter(l -> l.entity() == person).findFirst().ifPresent(l ->
                s.sentence.tokens().stream().filter(t -> t.endPosition() <= l.mention().begin())
                        .reduce((first, second) -> second)
                        .ifPresent(before -> words.add(before.lemma().toLowerCase(Locale.ROOT))));
        return words;
    }

    /** The words (lemmas) of the titles KBP gives each person of the sentence ("spokeswoman", "president"). */
    private static Map<ExtractedEntity, List<String>> titleLemmas(SentenceGraph s, MentionIndex mentions) {
        Map<ExtractedEntity, List<String>> titles = new HashMap<>();
        for (RelationTriple triple : s.kbpRelations()) {
            if (triple.relationGloss().equals("per:title") && triple.confidence >= KBP_MIN_CONFIDENCE) {
                entityOf(s, mentions, triple.subject, "Person").ifPresent(person -> triple.object.forEach(t -> titles
                        .computeIfAbsent(person, p -> new ArrayList<>()).add(t.lemma().toLowerCase(Locale.ROOT))));
            }
        }
        return titles;
    }

    /** The entity a KBP argument names, of the type when one is given: the mention it spans, else one inside it. */
    private static Optional<ExtractedEntity> entityOf(SentenceGraph s, MentionIndex mentions, List<CoreLabel> tokens,
            String type) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int begin = tokens.getFirst().beginPosition();
        int end = tokens.getLast().endPosition();
        return Stream.concat(mentions.at(s.index, begin, end).stream(), mentions.within(s.index, begin, end).stream())
                .filter(e -> type == null || e.type().equals(type)).findFirst();
    }

    private List<RelationSpec> dependencyPath(SentenceGraph s, MentionIndex.Located a, MentionIndex.Located b,
            List<MentionIndex.Located> inSentence, Evidence evidence) {
        if (a.entity() == b.entity() || bodyOfAnother(s, inSentence, a.entity(), b.entity())
                || bodyOfAnother(s, inSentence, b.entity(), a.entity())) {
            return List.of();
        }
        MentionIndex.Located outer = a.covers(b.mention().begin(), b.mention().end()) ? a
                : b.covers(a.mention().begin(), a.mention().end()) ? b : null;
        if (outer != null) {
            // a name inside a topic or event phrase is what the phrase is about
            MentionIndex.Located inner = outer == a ? b : a;
            return nested(outer.entity(), inner.entity()).map(p -> List.of(relation(p.equals("leads") ? inner.entity()
                    : outer.entity(), p, p.equals("leads") ? outer.entity() : inner.entity(), evidence, 0.6, null)))
                    .orElse(List.of());
        }
        Optional<IndexedWord> headA = s.head(a.mention().begin(), a.mention().end());
        Optional<IndexedWord> headB = s.head(b.mention().begin(), b.mention().end());
        if (headA.isEmpty() || headB.isEmpty()) {
            return List.of();
        }
        List<RelationSpec> reciprocal = reciprocal(s, a, headA.get(), b, headB.get(), inSentence, evidence);
        if (!reciprocal.isEmpty()) {
            return reciprocal;
        }
        List<IndexedWord> path = s.path(headA.get(), headB.get());
        if (path.size() == 2) {
            return direct(s, a, headA.get(), b, headB.get(), evidence);
        }
        if (path.size() < 3 || path.size() > MAX_PATH) {
            return List.of();
        }
        List<IndexedWord> interior = path.subList(1, path.size() - 1);
        if (ownsWhoseClause(s, path.getFirst(), path.get(1)) || ownsWhoseClause(s, path.getLast(), interior.getLast())) {
            return List.of(); // "Germany, whose carmakers VW and BMW sell…": Germany owns the carmakers, it sells nothing
        }
        if (a.entity().type().equals("Post") || b.entity().type().equals("Post")) {
            return List.of(); // a post is related through its holder (holdsPost, postIn)
        }
        if (passesThroughAnotherAgent(s, interior, a, b, inSentence)) {
            return List.of(); // "A beat B of the Netherlands": A's relationship is with B, B's with the Netherlands
        }
        if (interior.stream().anyMatch(w -> w.tag().startsWith("VB") && lexicon.reportingConfidence(SentenceGraph.lemma(w)).isPresent())
                || s.withinAccordingTo(headA.get()) || s.withinAccordingTo(headB.get())) {
            return List.of(); // "X said that Y …", "according to X, Y …": X is the source of a claim, not a party to it
        }
        if (interior.size() == 1 && s.relation(headA.get()).equals(s.relation(headB.get()))) {
            return List.of(); // co-arguments ("cooperate with NATO and the Five Eyes") are not related to each other
        }
        // a participle of association that only modifies a noun ("risks associated with…") opens no clause
        List<IndexedWord> verbs = interior.stream()
                .filter(w -> w.tag().startsWith("VB") && !(w.tag().equals("VBN") && s.relation(w).equals("acl")
                        && lexicon.isAssociationVerb(SentenceGraph.lemma(w)))).toList();
        if (verbs.size() > 1) {
            return List.of(); // the path crosses a clause boundary
        }
        Optional<IndexedWord> verb = verbs.stream().findFirst();
        if (verb.isPresent() && !happened(s, verb.get())) {
            return List.of(); // "did not meet", "declined to comment on": an action not taken relates no one
        }
        if (verb.isPresent() && !agentOf(s, verb.get(), listHead(s, headA.get())) && !agentOf(s, verb.get(), listHead(s, headB.get()))) {
            return List.of(); // neither is the one who acts: both are circumstances of someone else's action
        }
        List<String> cues = cues(s, interior);
        boolean bIsSubject = s.relation(listHead(s, headB.get())).startsWith("nsubj")
                && !s.relation(listHead(s, headA.get())).startsWith("nsubj");
        ExtractedEntity subject = bIsSubject ? b.entity() : a.entity();
        ExtractedEntity object = bIsSubject ? a.entity() : b.entity();
        double lengthPenalty = 0.05 * (path.size() - 3);
        List<String> predicates = lexicon.predicatesFor(cues);
        if (predicates.contains("drivenBy") && verb.isPresent() && lexicon.isCauseVerb(SentenceGraph.lemma(verb.get()))) {
            // what drives is the cause verb's active subject or its agent ("fears fuel the shift", "a wildfire
            // fueled by winds"), whichever side of the path it is on
            int at = path.indexOf(verb.get());
            boolean aDrives = isCause(s, verb.get(), path.get(at - 1));
            if (aDrives != isCause(s, verb.get(), path.get(at + 1))) {
                subject = aDrives ? b.entity() : a.entity();
                object = aDrives ? a.entity() : b.entity();
            }
        }
        if (verb.isEmpty() && predicates.isEmpty()) {
            return List.of(); // no verb or relational noun connects them ("Canada and Mexico", "Ukraine, Canada")
        }
        Optional<IndexedWord> noun = verb.isPresent() ? Optional.empty() : relationalNoun(interior);
        Optional<String> linkWord = verb.or(() -> noun).map(SentenceGraph::lemma);
        if (linkWord.isEmpty()) {
            return List.of(); // only brackets or punctuation between them
        }
        String verbLemma = linkWord.get();
        if (noun.isPresent() && predicates.contains("leads") && !leadingTitle(s, noun.get())) {
            predicates = predicates.stream().map(p -> p.equals("leads") ? "memberOf" : p).distinct().toList();
        }
        if (predicates.isEmpty()) {
            return List.of(relation(subject, "relatedTo", object, evidence, round(0.5 - lengthPenalty), verbLemma));
        }
        List<RelationSpec> relations = new ArrayList<>();
        List<String> area = area(s, interior, inSentence);
        for (String predicate : predicates) {
            if (object.type().equals("Topic") && !TOPIC_PREDICATES.contains(predicate)) {
                continue; // "cooperate on counter-terrorism": the topic is an area, not a partner
            }
            if (predicate.equals("drivenBy") && !DRIVERS.contains(object.type())) {
                continue; // what drives a process is a concern or an event, not a name inside one
            }
            relations.add(relation(subject, predicate, object, evidence, round(0.75 - lengthPenalty), verbLemma,
                    object.type().equals("Topic") ? List.of() : area));
        }
        if (relations.isEmpty() && verb.isPresent() && object.type().equals("Topic")) {
            // the cue named a partner relation, but the object is a subject matter: keep the generic link
            relations.add(relation(subject, "relatedTo", object, evidence, round(0.5 - lengthPenalty), verbLemma));
        }
        return relations;
    }

    /**
     * Whether the path's interior holds the head of a third named agent of the sentence, or of another mention of one
     * of the two: the nearer mention is the one related ("Japan's ruling party and its partner": Japan's relation is
     * with the party, not, through "its", with the party's partner).
     */
    private static boolean passesThroughAnotherAgent(SentenceGraph s, List<IndexedWord> interior, MentionIndex.Located a,
            MentionIndex.Located b, List<MentionIndex.Located> inSentence) {
        return inSentence.stream()
                .filter(l -> l.entity() != a.entity() && l.entity() != b.entity() ? AGENTS.contains(l.entity().type())
                        : !l.mention().equals(a.mention()) && !l.mention().equals(b.mention()))
                .anyMatch(l -> s.head(l.mention().begin(), l.mention().end()).filter(interior::contains).isPresent());
    }

    /**
     * Two subjects of one verb of a symmetric predicate ("Canada and Mexico cooperate on border security") are
     * each other's partners; other co-subjects are not related by their verb.
     */
    private List<RelationSpec> reciprocal(SentenceGraph s, MentionIndex.Located a, IndexedWord headA,
            MentionIndex.Located b, IndexedWord headB, List<MentionIndex.Located> inSentence, Evidence evidence) {
        for (IndexedWord verb : s.governors(headA)) {
            boolean bothSubjects = verb.tag().startsWith("VB") && s.relationTo(verb, headA).startsWith("nsubj")
                    && s.relationTo(verb, headB).startsWith("nsubj") && happened(s, verb);
            if (!bothSubjects) {
                continue;
            }
            List<IndexedWord> trigger = List.of(verb);
            List<String> area = area(s, trigger, inSentence);
            return lexicon.predicatesFor(cues(s, trigger)).stream()
                    .filter(p -> ontology.isSymmetric(Vocab.ngProperty(p)))
                    .map(p -> relation(a.entity(), p, b.entity(), evidence, 0.7, SentenceGraph.lemma(verb), area))
                    .toList();
        }
        return List.of();
    }

    /** The words that signal a predicate around the trigger words: each with its compounds, modifiers, object and particle. */
    private List<String> cues(SentenceGraph s, List<IndexedWord> triggers) {
        List<String> cues = new ArrayList<>();
        for (IndexedWord w : triggers) {
            s.dependents(w, "compound").forEach(c -> cues.add(SentenceGraph.lemma(c)));
            s.dependents(w, "amod").forEach(c -> cues.add(SentenceGraph.lemma(c)));
            cues.add(SentenceGraph.lemma(w));
            s.dependents(w, "obj").forEach(c -> cues.add(SentenceGraph.lemma(c)));
            s.dependents(w, "compound:prt").forEach(c -> cues.add(SentenceGraph.lemma(c)));
        }
        // "took an early lead": as nouns some cues are a score or a clue, not what their verb signals
        List<String> nouns = triggers.stream().flatMap(w -> Stream.concat(Stream.of(w), s.dependents(w, "obj").stream()))
                .filter(w -> w.tag().startsWith("NN")).map(SentenceGraph::lemma).toList();
        cues.removeIf(cue -> nouns.contains(cue) && lexicon.isVerbOnlyCue(cue));
        List<String> objects = triggers.stream().flatMap(w -> Stream.concat(
                        Stream.of(w).filter(t -> s.relation(t).equals("obj")), s.dependents(w, "obj").stream()))
                .map(SentenceGraph::lemma).toList();
        cues.removeIf(cue -> objects.contains(cue) && lexicon.isPredicativeOnlyCue(cue));
        return cues;
    }

    /**
     * The topics a relationship applies to: those its trigger words take with "on" ("cooperate on counter-terrorism"),
     * or the ones listed under a vague noun there ("on issues like counter-terrorism and local crime").
     */
    private List<String> area(SentenceGraph s, List<IndexedWord> triggers, List<MentionIndex.Located> inSentence) {
        Set<IndexedWord> areaWords = new HashSet<>();
        for (IndexedWord trigger : triggers) {
            for (SemanticGraphEdge edge : s.graph.outgoingEdgeList(trigger)) {
                if (!AREA_RELATION.matcher(edge.getRelation().toString()).matches()) {
                    continue;
                }
                IndexedWord word = edge.getDependent();
                List<IndexedWord> listed = s.graph.outgoingEdgeList(word).stream()
                        .filter(e -> SentenceGraph.listsInstance(e.getRelation().toString()))
                        .map(SemanticGraphEdge::getDependent).toList();
                if (lexicon.isVagueNoun(SentenceGraph.lemma(word)) && !listed.isEmpty()) {
                    areaWords.addAll(listed);
                } else {
                    areaWords.add(word);
                }
            }
        }
        return inSentence.stream()
                .filter(l -> l.entity().type().equals("Topic")
                        && s.head(l.mention().begin(), l.mention().end()).filter(areaWords::contains).isPresent())
                .map(l -> l.entity().id()).distinct().toList();
    }

    /**
     * Two mentions joined by one dependency: a topic or event and the name that modifies it through a preposition
     * ("erosion of trust during the Trump administration") is what the topic concerns or the event involves.
     */
    private static List<RelationSpec> direct(SentenceGraph s, MentionIndex.Located a, IndexedWord headA,
            MentionIndex.Located b, IndexedWord headB, Evidence evidence) {
        boolean aGoverns = s.graph.getEdge(headA, headB) != null;
        MentionIndex.Located governor = aGoverns ? a : b;
        MentionIndex.Located dependent = aGoverns ? b : a;
        String relation = s.relationTo(aGoverns ? headA : headB, aGoverns ? headB : headA);
        if (!relation.startsWith("nmod") || dependent.entity().type().equals("Topic")) {
            return List.of();
        }
        String type = governor.entity().type();
        if (type.equals("Topic")) {
            return List.of(relation(governor.entity(), "concerns", dependent.entity(), evidence, 0.55, null));
        }
        if (type.equals("Event")) {
            return List.of(relation(governor.entity(), "involves", dependent.entity(), evidence, 0.55, null));
        }
        return List.of();
    }

    /**
     * The noun a listed item stands under ("incidents" for "the arrest" in "Past incidents, such as the arrest, have
     * highlighted…"): the item plays that noun's part in the clause.
     */
    private static IndexedWord listHead(SentenceGraph s, IndexedWord item) {
        return SentenceGraph.listsInstance(s.relation(item)) ? s.governor(item).orElse(item) : item;
    }

    /**
     * The word that relates two names without a verb: the first cue of a predicate ("chief"), else the first word;
     * never a bracket or other punctuation ("Council of Economic Planning and Development (CEPD) chairman"), so none
     * when only such marks stand between them.
     */
    private Optional<IndexedWord> relationalNoun(List<IndexedWord> interior) {
        List<IndexedWord> words = interior.stream()
                .filter(w -> w.word().codePoints().anyMatch(Character::isLetterOrDigit) && !w.word().matches("-[LR][RSC]B-"))
                .toList();
        return words.stream().filter(w -> !lexicon.predicatesFor(List.of(SentenceGraph.lemma(w))).isEmpty()).findFirst()
                .or(() -> words.stream().findFirst());
    }

    /**
     * Whether a title noun makes its holder the body's leader: its words hold a leading phrase ("chief executive
     * officer"), or its head is a leading word that no common noun narrows to a field of the body's work ("party
     * leader" leads the party; "the EU's competition chief" and "Meta's chief global affairs officer" belong to theirs).
     */
    private boolean leadingTitle(SentenceGraph s, IndexedWord noun) {
        List<IndexedWord> compounds = s.dependents(noun, "compound");
        List<String> phrase = Stream.of(compounds, s.dependents(noun, "amod"), List.of(noun)).flatMap(List::stream)
                .sorted(Comparator.comparingInt(IndexedWord::index)).map(SentenceGraph::lemma).toList();
        if (lexicon.hasLeadingPhrase(phrase)) {
            return true;
        }
        boolean field = compounds.stream().anyMatch(c -> SentenceGraph.isCommonNoun(c)
                && !lexicon.refersTo(SentenceGraph.lemma(c), "Organization"));
        return !field && lexicon.predicatesFor(List.of(SentenceGraph.lemma(noun))).contains("leads");
    }

    /** Whether the word is the antecedent of a "whose" clause headed by the next word of a path. */
    private static boolean ownsWhoseClause(SentenceGraph s, IndexedWord word, IndexedWord next) {
        return s.relationTo(word, next).equals("acl:relcl")
                && s.dependents(word, "ref").stream().anyMatch(w -> w.word().equalsIgnoreCase("whose"));
    }

    /** Whether the article reports the verb's action as taken: not negated, nor governed by a refusal. */
    private boolean happened(SentenceGraph s, IndexedWord verb) {
        boolean negated = s.dependents(verb, "advmod").stream().anyMatch(w -> NEGATIONS.contains(SentenceGraph.lemma(w)));
        boolean refused = s.relation(verb).equals("xcomp")
                && s.governor(verb).filter(g -> lexicon.isRefusalVerb(SentenceGraph.lemma(g))).isPresent();
        return !negated && !refused;
    }

    /**
     * Whether the word is the verb's subject or agent, or the verb describes it ("ties built by Canada"); a relative
     * clause describes its antecedent's action only when a relative pronoun is its subject ("Germany, which sells"),
     * not "Germany, whose carmakers sell" nor "Hungary, where BYD is building".
     */
    private static boolean agentOf(SentenceGraph s, IndexedWord verb, IndexedWord word) {
        String described = s.relationTo(word, verb);
        return s.relationTo(verb, word).matches("nsubj.*|csubj.*|obl:agent")
                || described.equals("acl:relcl")
                        && s.dependents(verb, "nsubj").stream().allMatch(w -> w.tag().startsWith("W"))
                || described.startsWith("acl") && !described.equals("acl:relcl");
    }

    /** What the gazetteer says a body is part of ("U.S. government" is part of the United States), when both occur. */
    private List<RelationSpec> memberships(String text, List<SentenceGraph> sentences, List<ExtractedEntity> entities) {
        List<RelationSpec> relations = new ArrayList<>();
        for (ExtractedEntity part : entities) {
            Optional<String> whole = gazetteer.partOf(part.label());
            Optional<ExtractedEntity> wholeEntity = whole.flatMap(w -> entities.stream()
                    .filter(e -> w.equals(e.dbpedia()) && e != part).findFirst());
            if (wholeEntity.isPresent() && !part.mentions().isEmpty()) {
                SentenceGraph s = sentences.get(part.mentions().getFirst().sentence());
                relations.add(relation(part, "partOf", wholeEntity.get(), Evidence.of(text, s.begin(), s.end()), 0.9, null));
            }
        }
        return relations;
    }

    /**
     * The agent the article is mostly about: the named agent that most often is, or owns, a sentence's subject
     * ("Canada’s reevaluation … stems from"); ties go to the one with more mentions.
     */
    private static Optional<ExtractedEntity> focus(List<SentenceGraph> sentences, MentionIndex mentions,
            List<ExtractedEntity> entities) {
        Map<ExtractedEntity, Integer> subjects = new HashMap<>();
        for (SentenceGraph s : sentences) {
            for (MentionIndex.Located l : mentions.inSentence(s.index)) {
                Optional<IndexedWord> head = s.head(l.mention().begin(), l.mention().end());
                boolean subject = head.map(h -> s.relation(h).startsWith("nsubj") || s.relation(h).equals("nmod:poss")
                        && s.governor(h).map(g -> s.relation(g).startsWith("nsubj")).orElse(false)).orElse(false);
                if (subject) {
                    subjects.merge(l.entity(), 1, Integer::sum);
                }
            }
        }
        return entities.stream()
                .filter(e -> e.named() && AGENTS.contains(e.type()))
                .max(Comparator.<ExtractedEntity>comparingInt(e -> subjects.getOrDefault(e, 0))
                        .thenComparingInt(e -> e.mentions().size()));
    }

    /**
     * A sentence that opens with a subjectless gerund ("Building stronger intelligence ties with other nations,
     * including those within CANZUK…") states what the article's focus agent does.
     */
    private List<RelationSpec> implicitAgent(SentenceGraph s, ExtractedEntity focus, List<MentionIndex.Located> inSentence,
            Evidence evidence) {
        List<CoreLabel> tokens = s.sentence.tokens();
        // the tagger often takes a sentence-initial gerund for a noun ("Building/NNP stronger ties")
        if (tokens.isEmpty() || !tokens.getFirst().word().endsWith("ing") || !tokens.getFirst().tag().matches("VBG|NNP?")) {
            return List.of();
        }
        CoreLabel first = tokens.getFirst();
        if (inSentence.stream().anyMatch(l -> l.entity().named() && l.covers(first.beginPosition(), first.endPosition()))) {
            return List.of(); // a name ending in "-ing" ("Boeing spokesman Paul Lewis declined…")
        }
        IndexedWord gerund = s.graph.getNodeByIndexSafe(tokens.getFirst().index());
        if (gerund == null || !s.dependents(gerund, "nsubj").isEmpty()
                || NOT_A_SUBJECT_GERUND.matcher(s.relation(gerund)).matches()) {
            return List.of();
        }
        boolean modifiesName = s.relation(gerund).equals("amod") && s.governor(gerund).filter(g -> inSentence.stream()
                .anyMatch(l -> l.entity().named() && l.covers(g.beginPosition(), g.endPosition()))).isPresent();
        if (modifiesName) {
            return List.of(); // "Acting Labor Secretary Julie Su met…": the participle qualifies her title
        }
        List<String> cues = new ArrayList<>();
        for (CoreLabel t : tokens) {
            if (t.word().equals(",") || t.tag().equals("IN")) {
                break; // the gerund phrase ends at its first preposition or comma
            }
            cues.add(t.lemma().toLowerCase(Locale.ROOT));
        }
        List<String> predicates = lexicon.predicatesFor(cues);
        List<RelationSpec> relations = new ArrayList<>();
        for (MentionIndex.Located other : inSentence) {
            Optional<IndexedWord> head = s.head(other.mention().begin(), other.mention().end());
            if (other.entity() == focus || head.isEmpty() || !other.entity().named()) {
                continue;
            }
            if (predicates.isEmpty()) {
                relations.add(relation(focus, "relatedTo", other.entity(), evidence, 0.4, SentenceGraph.lemma(gerund)));
            }
            predicates.forEach(p -> relations.add(relation(focus, p, other.entity(), evidence, 0.5, SentenceGraph.lemma(gerund))));
        }
        return relations;
    }

    /** Whether the word is what the cause verb says causes: its active subject or its passive agent. */
    private static boolean isCause(SentenceGraph s, IndexedWord verb, IndexedWord word) {
        String relation = s.relationTo(verb, word);
        return relation.equals("nsubj") || relation.equals("obl:by") || relation.equals("obl:agent");
    }

    /**
     * The relationship between a phrase and a name inside it: "Trump" leads the "Trump administration"; a topic
     * concerns, an event involves, an organisation is located in the names inside them; an event concerns the
     * topic it is about ("reevaluation of its intelligence-sharing relationship").
     */
    private static Optional<String> nested(ExtractedEntity outer, ExtractedEntity inner) {
        return switch (outer.type()) {
            case "Government" -> inner.type().equals("Person") ? Optional.of("leads") : Optional.empty();
            case "Topic" -> Optional.of("concerns");
            case "Event" -> Optional.of(inner.type().equals("Topic") ? "concerns" : "involves");
            case "Organization" -> inner.type().equals("Place") || inner.type().equals("Country")
                    ? Optional.of("locatedIn") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static RelationSpec relation(ExtractedEntity subject, String predicate, ExtractedEntity object,
            Evidence evidence, double confidence, String verb) {
        return relation(subject, predicate, object, evidence, confidence, verb, List.of());
    }

    private static RelationSpec relation(ExtractedEntity subject, String predicate, ExtractedEntity object,
            Evidence evidence, double confidence, String verb, List<String> area) {
        return new RelationSpec(subject.id(), predicate, object.id(), evidence.quote(), evidence.occurrence(),
                Annotation.ARTICLE_SOURCE, confidence, verb, area, 0);
    }

    /** One statement per subject, predicate and object: the most confident. */
    static void keepBest(Map<String, RelationSpec> found, RelationSpec r) {
        String key = r.subject() + " " + r.predicate() + " " + r.object();
        RelationSpec old = found.get(key);
        if (old == null || old.confidence() < r.confidence()) {
            found.put(key, r);
        }
    }


    static double round(double value) {
        return Math.round(Math.max(0.05, Math.min(1.0, value)) * 100) / 100.0;
    }
}
