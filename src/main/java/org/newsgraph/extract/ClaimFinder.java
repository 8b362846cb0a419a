package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.RelationSpec;

/**
 * Claims: what an entity says, warns, argues, advocates or calls for. The subject of a reporting or stance verb
 * is the source; the verb's complement is the claim; the sentence is the evidence. "According to X, …" is a claim of
 * X, and "This includes …" right after a claim goes on with it. A sentence no one is said to say is the article's
 * own claim when its main verb explains a cause, argues what something shows, or predicts with "may". Advocacy verbs
 * and prescriptive claims also give an {@code advocates} relationship to each topic or event the claim names.
 */
final class ClaimFinder {
    /** Complements that carry the content of a claim, in order of preference. */
    private static final List<String> CONTENT_RELATIONS = List.of("ccomp", "xcomp", "obl:for", "obl:of", "obl:about",
            "obl:on", "obj");
    /** Verbs that report only with "for" ("calls for", "pushes for"). */
    private static final Set<String> NEEDS_FOR = Set.of("call", "push");
    /** Verbs that also claim what they call something: "Critics called the plan a disaster for farmers". */
    private static final Set<String> CHARACTERISING = Set.of("call");
    /** Verbs that report only a clause: "he added that…", not "he added a second goal" nor "wrote a book". */
    private static final Set<String> NEEDS_CLAUSE = Set.of("add", "tell", "write");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp");
    /** Verbs whose object is what they deal with, not what is claimed: "a lawyer who argued the case". */
    private static final Set<String> OBJECT_NOT_CLAIMED = Set.of("argue");
    private static final Set<String> ADVOCACY = Set.of("advocate", "urge", "call", "push", "demand", "propose",
            "recommend");
    /** Words that make a reported claim a call for action ("warn of a need for…"). */
    private static final Set<String> PRESCRIPTIVE = Set.of("need", "should", "must", "ought");
    /** Words allowed between a subject and its verb when the parser missed the subject ("Joly is advocating"). */
    private static final Set<String> AUXILIARY_TAGS = Set.of("MD", "VBZ", "VBP", "VBD", "VB", "VBN", "RB");
    private static final Set<String> AGENT_TYPES = Set.of("Person", "Organization", "Government", "Alliance",
            "Country", "UnnamedGroup");
    private static final Set<String> PERSON = Set.of("Person");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    /** Reporting verbs that say the one who spoke last goes on ("He added that…"). */
    private static final Set<String> CONTINUING = Set.of("add", "continue");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "possibly", "perhaps");
    /**
     * Modals by which the article predicts rather than reports ("may undergo fundamental changes"); not "could",
     * which as often tells what was possible ("Before 1997, schools could decide").
     */
    private static final Set<String> POSSIBILITY_MODALS = Set.of("may", "might");
    private static final String PREDICT = "predict";
    private static final String STATE = "state";
    /**
     * The article certainly says what it says; whether a sentence is its claim rather than reported fact is the
     * judgement an editor checks, hence lower than a reporting verb.
     */
    private static final double ARTICLE_VOICE_CONFIDENCE = 0.7;
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these");
    /** How much surer the claim a source states is than the sentence that goes on with it. */
    private static final double CONTINUATION_DISCOUNT = 0.9;
    /** Marks that open a quotation: a sentence starting with one is someone's words, not the article's. */
    private static final String QUOTATION_MARKS = "\"“‘'";
    private static final String DOUBLE_QUOTATION_MARKS = "\"“”";
    /** The verb of a claim introduced by "according to". */
    private static final String SAY = "say";

    private final Lexicon lexicon;

    ClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Claims and the advocacy relationships they imply. */
    record Found(List<ClaimSpec> claims, List<RelationSpec> relations) {}

    /**
     * A claim found in a sentence: who reports it (an entity id or {@code article}), with which verb, the char range
     * of its content and the content's words (the range without what attributes it: "The company[, according to
     * analysts,] will cut jobs"), how sure.
     */
    private record Reported(int sentence, String source, String verb, boolean advocacy, int begin, int end,
            String text, double confidence) {}

    Found find(String text, List<SentenceGraph> sentences, MentionIndex mentions) {
        // one claim per source and text: an article that repeats a quotation repeats one claim (the first is kept)
        Map<String, ClaimSpec> claims = new LinkedHashMap<>();
        List<RelationSpec> relations = new ArrayList<>();
        Optional<Reported> previous = Optional.empty();
        // the sentences of a quotation left open, not yet attributed, and the speaker quoted right before it
        List<SentenceGraph> quotation = new ArrayList<>();
        Optional<Reported> quotedBefore = Optional.empty();
        for (SentenceGraph s : sentences) {
            if (!quotation.isEmpty() && !opensQuotation(s)
                    && text.substring(quotation.getLast().end(), s.begin()).contains("\n")) {
                quotation.clear(); // never closed, nor continued in a paragraph opening with a mark: left unattributed
            }
            // the person who spoke in the sentence before, for a "he" or "she" coreference left unresolved
            Optional<ExtractedEntity> lastSpeaker = previous.filter(p -> p.sentence() == s.index - 1)
                    .flatMap(p -> mentions.inSentence(p.sentence()).stream().map(MentionIndex.Located::entity)
                            .filter(e -> e.id().equals(p.source()) && e.type().equals("Person")).findFirst());
            boolean onlyPersonBefore = lastSpeaker.isPresent() && mentions.inSentence(s.index - 1).stream()
                    .map(MentionIndex.Located::entity).filter(e -> e.type().equals("Person")).distinct().count() == 1;
            List<Reported> found = new ArrayList<>(reportedBy(s, mentions, text, lastSpeaker, onlyPersonBefore));
            accordingTo(s, mentions, text).ifPresent(found::add);
            if (found.isEmpty() && quotation.isEmpty()) {
                Optional<Reported> before = previous.filter(p -> p.sentence() == s.index - 1);
                before.flatMap(p -> continuation(s, p, sentences.get(p.sentence()), text))
                        .or(() -> articleVoice(s, mentions, text)).ifPresent(found::add);
                if (found.isEmpty() && opensQuotation(s) && quotationMarks(s) % 2 == 1) {
                    quotation.add(s);
                    quotedBefore = before.filter(p -> quotes(p, sentences.get(p.sentence())));
                    continue;
                }
            }
            Optional<Reported> speaker = found.stream().filter(r -> !r.source().equals(Annotation.ARTICLE_SOURCE))
                    .findFirst();
            if (!quotation.isEmpty() && speaker.isEmpty()) {
                quotation.add(s);
                if (quotation.stream().mapToLong(ClaimFinder::quotationMarks).sum() % 2 == 1) {
                    continue;
                }
                // “Thank you, guys. We did it.” closed with no speaker: the one quoted just before goes on
                speaker = quotedBefore;
                found.clear();
            }
            for (SentenceGraph quoted : quotation) {
                // “Anfield was unbelievable today. The fans pushed us over the line,” the defender said: the
                // sentences of the quotation are all the speaker's
                speaker.ifPresent(r -> record(quoted, wholeSentence(quoted, text, r.source(), r.verb(), r.advocacy(),
                        RelationFinder.round(r.confidence() * CONTINUATION_DISCOUNT)), mentions, text, claims, relations));
            }
            quotation.clear();
            for (Reported r : found) {
                record(s, r, mentions, text, claims, relations);
            }
            previous = found.isEmpty() ? previous : Optional.of(found.getLast());
        }
        return new Found(List.copyOf(claims.values()), relations);
    }

    /** Adds the claim, and the advocacy relationships it implies, unless its source already said its text. */
    private void record(SentenceGraph s, Reported r, MentionIndex mentions, String text, Map<String, ClaimSpec> claims,
            List<RelationSpec> relations) {
        if (r.text().isBlank()) {
            return; // a closing quotation mark the splitter left as a sentence of its own
        }
        Evidence evidence = Evidence.of(text, s.begin(), s.end());
        List<ExtractedEntity> about = mentions.within(s.index, r.begin(), r.end()).stream()
                .filter(e -> !e.id().equals(r.source())).toList();
        claims.putIfAbsent(r.source() + "\n" + r.text(), new ClaimSpec(r.source(), r.verb(), r.text(),
                about.stream().map(ExtractedEntity::id).toList(), evidence.quote(), evidence.occurrence(),
                r.confidence(), 0));
        if (r.advocacy()) {
            for (ExtractedEntity e : about) {
                if ((e.type().equals("Topic") || e.type().equals("Event")) && !countered(s, e, r)) {
                    relations.add(new RelationSpec(r.source(), "advocates", e.id(), evidence.quote(),
                            evidence.occurrence(), r.source(), r.confidence(), r.verb(), List.of(), 0));
                }
            }
        }
    }

    /** Claims whose source is the subject of a reporting or stance verb ("Experts warn of a need for…"). */
    private List<Reported> reportedBy(SentenceGraph s, MentionIndex mentions, String text,
            Optional<ExtractedEntity> lastSpeaker, boolean onlyPersonBefore) {
        List<Reported> found = new ArrayList<>();
        for (IndexedWord verb : s.graph.vertexListSorted()) {
            if (!isReportingVerb(s, verb)) {
                continue;
            }
            String lemma = SentenceGraph.lemma(verb);
            double confidence = lexicon.reportingConfidence(lemma).orElseThrow();
            Optional<ExtractedEntity> named = subject(s, verb, mentions);
            List<ExtractedEntity> listed = named.isPresent() ? List.of() : listedInSubject(s, verb, mentions);
            List<ExtractedEntity> sources = !listed.isEmpty() ? listed : named
                    .or(() -> participleSubject(s, verb, mentions))
                    .or(() -> mentionRightBefore(s, verb, mentions))
                    .or(() -> invertedSubject(s, verb, mentions))
                    .or(() -> unresolvedPronoun(s, verb, mentions)
                            .filter(pronoun -> onlyPersonBefore || CONTINUING.contains(lemma))
                            .flatMap(pronoun -> lastSpeaker)).stream().toList();
            // "…, said Lee Rainie, director of…": a complement naming the speaker is not what is said
            Optional<int[]> characterisation = characterisation(s, verb, lemma);
            Optional<int[]> content = quotationBefore(s, verb)
                    .or(() -> characterisation)
                    .or(() -> content(s, verb, lemma, word -> mentions
                            .at(s.index, word.beginPosition(), word.endPosition()).filter(sources::contains).isPresent())
                            .map(c -> withSplitClause(s, verb, c, withoutAddedClause(s, c, withoutConnective(s, c)))))
                    .or(() -> markedClause(s, verb).map(c -> s.trimmed(verb.endPosition(), s.subtreeRange(c)[1])))
                    .or(() -> clauseBefore(s, verb, lemma))
                    .or(() -> framedClauseBefore(s, verb).map(c -> {
                        int[] clause = s.subtreeRange(c);
                        return s.trimmed(Math.max(clause[0], s.datelineEnd()), clause[1]);
                    }));
            // "a roadmap away from fossil fuels, which 80 countries had demanded": the parser makes the noun the
            // relative clause hangs on the verb's object, whose words then hold the verb itself; what was demanded
            // is no span of the sentence
            boolean holdsItsVerb = content.filter(c -> c[0] <= verb.beginPosition() && verb.endPosition() <= c[1])
                    .isPresent();
            if (sources.isEmpty() || content.isEmpty() || holdsItsVerb) {
                continue;
            }
            int[] range = withClosingQuotationMark(s, text, content.get());
            String verbText = NEEDS_FOR.contains(lemma) && characterisation.isEmpty() ? lemma + " for" : lemma;
            boolean advocacy = ADVOCACY.contains(lemma) && characterisation.isEmpty() || hasLemma(s, range, PRESCRIPTIVE);
            for (ExtractedEntity source : sources) {
                found.add(new Reported(s.index, source.id(), verbText, advocacy, range[0], range[1],
                        text.substring(range[0], range[1]),
                        RelationFinder.round(confidence * (hasLemma(s, range, HEDGES) ? 0.8 : 1.0))));
            }
        }
        return found;
    }

    /**
     * "According to analysts, Germany will expand its storage": the rest of the clause is what the named agent
     * says, also when the phrase stands inside it ("The company, according to analysts, will cut 500 jobs").
     */
    private Optional<Reported> accordingTo(SentenceGraph s, MentionIndex mentions, String text) {
        for (SemanticGraphEdge edge : s.graph.edgeIterable()) {
            if (!SentenceGraph.isAccordingTo(edge.getRelation().toString())) {
                continue;
            }
            IndexedWord named = edge.getDependent();
            Optional<ExtractedEntity> source = mentions.at(s.index, named.beginPosition(), named.endPosition())
                    .filter(e -> AGENT_TYPES.contains(e.type()));
            if (source.isEmpty()) {
                continue;
            }
            // the parser may hang the phrase on a noun of the clause ("to gross more than $1 billion, according to
            // Pollstar"): what is said is then the sentence's main clause
            int[] clause = s.subtreeRange(s.clauseOf(edge.getGovernor()));
            clause[0] = Math.max(clause[0], s.datelineEnd()); // "NEW YORK (AP) —" says where, not what
            int[] phrase = s.subtreeRange(named);
            int[] before = s.trimmed(clause[0], phrase[0]);
            int[] after = s.trimmed(phrase[1], clause[1]);
            String words = (text.substring(before[0], before[1]) + " " + text.substring(after[0], after[1])).strip();
            int[] content = before[0] == before[1] ? after : after[0] == after[1] ? before : s.trimmed(clause[0], clause[1]);
            if (!words.isEmpty()) {
                return Optional.of(new Reported(s.index, source.get().id(), SAY, hasLemma(s, content, PRESCRIPTIVE),
                        content[0], content[1], words, lexicon.reportingConfidence(SAY).orElseThrow()));
            }
        }
        return Optional.empty();
    }

    /**
     * "This includes deploying intelligence personnel internationally." right after a claim goes on with it, and so
     * does a quotation right after a source's quoted words (“…,” Slot said. “Mo was outstanding again.”): the
     * same source says it, a little less surely, and the whole sentence is its content.
     */
    private Optional<Reported> continuation(SentenceGraph s, Reported previous, SentenceGraph previousSentence,
            String text) {
        if (s.graph.getRoots().isEmpty()) {
            return Optional.empty();
        }
        IndexedWord root = s.graph.getFirstRoot();
        boolean demonstrativeSubject = s.dependents(root, "nsubj").stream()
                .anyMatch(w -> w.tag().equals("DT") && DEMONSTRATIVES.contains(SentenceGraph.lemma(w)));
        // a quotation left open is attributed in the sentence after it, perhaps to someone else
        boolean quotedOn = opensQuotation(s) && quotationMarks(s) % 2 == 0 && !reportsSpeech(s)
                && quotes(previous, previousSentence);
        if (!quotedOn && (!demonstrativeSubject || !lexicon.isInclusionVerb(SentenceGraph.lemma(root)))) {
            return Optional.empty();
        }
        return Optional.of(wholeSentence(s, text, previous.source(), previous.verb(), previous.advocacy(),
                RelationFinder.round(previous.confidence() * CONTINUATION_DISCOUNT)));
    }

    /**
     * The article's own claim: a sentence that is no quotation, question or report of what someone says, whose main
     * clause (or a clause beside it: "This isn't merely a reaction; it reflects …", or a participle on the noun the
     * subject is said to be: "… is a major factor driving this shift") explains a cause ("is driven by",
     * "has fuelled"), argues what something shows ("reflects", "reinforces"), predicts ("may undergo") or states a
     * mood with "there is" and a noun of stance ("There are fears that the deal could collapse"). An
     * explaining or arguing verb with an agent for its subject is no claim: "the minister helped pass the bill"
     * reports what she did.
     */
    private Optional<Reported> articleVoice(SentenceGraph s, MentionIndex mentions, String text) {
        String sentence = s.sentence.text().strip();
        if (s.graph.getRoots().isEmpty() || sentence.isEmpty() || sentence.endsWith("?")
                || opensQuotation(s) || reportsSpeech(s)) {
            return Optional.empty();
        }
        IndexedWord root = s.graph.getFirstRoot();
        if (existentialSubject(s, root).filter(noun -> lexicon.isStanceNoun(SentenceGraph.lemma(noun))).isPresent()) {
            return Optional.of(wholeSentence(s, text, Annotation.ARTICLE_SOURCE, STATE, false, ARTICLE_VOICE_CONFIDENCE));
        }
        List<IndexedWord> clauses = new ArrayList<>(List.of(root));
        clauses.addAll(s.dependents(root, "parataxis"));
        if (!s.dependents(root, "cop").isEmpty()) {
            clauses.addAll(s.dependents(root, "acl")); // "… is a major factor driving this shift"
        }
        for (IndexedWord clause : clauses) {
            // a verb with nothing after it that frames the clause before it reports that clause ("Lee won the
            // election, official results showed"), as "said" would
            boolean framesBefore = s.dependents(clause, "obj").isEmpty() && framedClauseBefore(s, clause).isPresent();
            if (!clause.tag().startsWith("VB") || framesBefore) {
                continue;
            }
            boolean possible = s.dependents(clause, "aux").stream().anyMatch(a -> POSSIBILITY_MODALS.contains(SentenceGraph.lemma(a)));
            Optional<String> verb = possible ? Optional.of(PREDICT)
                    : lexicon.articleClaimVerb(SentenceGraph.lemma(clause)).filter(v -> !hasAgentSubject(s, clause, mentions));
            if (verb.isPresent()) {
                return Optional.of(wholeSentence(s, text, Annotation.ARTICLE_SOURCE, verb.get(), false,
                        ARTICLE_VOICE_CONFIDENCE));
            }
        }
        // no main verb found, and a hedged verb left unattached ("The alliance, once the cornerstone of Western
        // cooperation, may undergo changes": "undergo" is a "dep" of a comma); only a hedge is sure enough here, as
        // such parses also come from captions ("An Oct. 5 photo shows …")
        boolean hedgedUnattachedVerb = !root.tag().startsWith("VB") && s.graph.vertexListSorted().stream()
                .anyMatch(w -> w.tag().startsWith("VB") && s.relation(w).equals("dep") && s.dependents(w, "aux").stream()
                        .anyMatch(a -> POSSIBILITY_MODALS.contains(SentenceGraph.lemma(a))));
        return hedgedUnattachedVerb ? Optional.of(wholeSentence(s, text, Annotation.ARTICLE_SOURCE, PREDICT, false,
                ARTICLE_VOICE_CONFIDENCE)) : Optional.empty();
    }

    /** Whether the claim is a source's, in a sentence that quotes words. */
    private static boolean quotes(Reported claim, SentenceGraph sentence) {
        return !claim.source().equals(Annotation.ARTICLE_SOURCE) && quotationMarks(sentence) > 0;
    }

    private static boolean opensQuotation(SentenceGraph s) {
        String sentence = s.sentence.text().strip();
        return !sentence.isEmpty() && QUOTATION_MARKS.indexOf(sentence.charAt(0)) >= 0;
    }

    /** The double quotation marks in the sentence: an odd count leaves a quotation open for the next sentence. */
    private static long quotationMarks(SentenceGraph s) {
        return s.sentence.text().chars().filter(ch -> ch == '"' || ch == '“' || ch == '”').count();
    }

    /** A claim whose content is the whole sentence, without its final full stop. */
    private static Reported wholeSentence(SentenceGraph s, String text, String source, String verb, boolean advocacy,
            double confidence) {
        int[] content = s.trimmed(s.datelineEnd(), s.end()); // "NEW YORK (AP) —" says where, not what
        return new Reported(s.index, source, verb, advocacy, content[0], content[1],
                text.substring(content[0], content[1]), confidence);
    }

    /**
     * What "there is" introduces: the root noun when the parser makes it the head ("There's a sense that…"), else the
     * subject of "be" ("There are fears that…").
     */
    private static Optional<IndexedWord> existentialSubject(SentenceGraph s, IndexedWord root) {
        if (s.dependents(root, "expl").isEmpty()) {
            return Optional.empty();
        }
        return root.tag().startsWith("NN") ? Optional.of(root) : s.dependents(root, "nsubj").stream().findFirst();
    }

    /** Whether someone is said to say something in the sentence, named or not ("studies say", "according to"). */
    private boolean reportsSpeech(SentenceGraph s) {
        return s.graph.vertexSet().stream().anyMatch(w -> isReportingVerb(s, w)) || s.graph.edgeListSorted().stream()
                .anyMatch(e -> SentenceGraph.isAccordingTo(e.getRelation().toString()));
    }

    /**
     * A verb of saying or stance in the active voice ("Boelter is accused of shooting…" names whom it is said of);
     * "call" and "push" only with "for" and no object ("push energy-intensive industries abroad", "called the ruling
     * a landmark for competition").
     */
    private boolean isReportingVerb(SentenceGraph s, IndexedWord word) {
        String lemma = SentenceGraph.lemma(word);
        return word.tag().startsWith("VB") && lexicon.reportingConfidence(lemma).isPresent()
                && s.dependents(word, "aux:pass").isEmpty() && s.dependents(word, "nsubj:pass").isEmpty()
                && (!NEEDS_FOR.contains(lemma) || !s.dependents(word, "obl:for").isEmpty() && s.dependents(word, "obj").isEmpty()
                        || characterisation(s, word, lemma).isPresent());
    }

    /**
     * What a characterising verb calls something, with that thing: "called him one of the lions of American cinema",
     * "called the decision “a significant victory”", "called the proposal reckless" — not "called a meeting" nor
     * "called him to testify".
     */
    private static Optional<int[]> characterisation(SentenceGraph s, IndexedWord verb, String lemma) {
        if (!CHARACTERISING.contains(lemma)) {
            return Optional.empty();
        }
        Optional<IndexedWord> named = s.dependents(verb, "xcomp").stream()
                .filter(x -> !x.tag().startsWith("VB") && s.dependents(x, "mark").isEmpty()).findFirst()
                .or(() -> s.dependents(verb, "obj").stream()
                        .filter(o -> !s.dependents(o, "dep").isEmpty() || !s.dependents(o, "xcomp").isEmpty()).findFirst());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        // from the word after the verb: the parse may hang the thing called below what it is called ("him one of…")
        int[] range = s.subtreeRange(named.get());
        return Optional.of(s.trimmed(Math.min(range[0], verb.endPosition() + 1), range[1]));
    }

    /**
     * The range with the closing quotation mark that ends it, when it opens a quotation it does not close: "called
     * the decision “a significant victory.”" claims the whole quotation, not a half-quoted phrase.
     */
    private static int[] withClosingQuotationMark(SentenceGraph s, String text, int[] range) {
        long marks = text.substring(range[0], range[1]).chars().filter(c -> DOUBLE_QUOTATION_MARKS.indexOf(c) >= 0).count();
        int end = range[1];
        while (end < s.end() && ".,!?".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        boolean closes = end < s.end() && DOUBLE_QUOTATION_MARKS.indexOf(text.charAt(end)) >= 0;
        return marks % 2 == 1 && closes ? new int[] {range[0], end + 1} : range;
    }

    /**
     * The speaker of a participle with no subject of its own: the subject of the verb it goes with ("Sean Duffy
     * congratulated the company, saying…", "David McCall criticized the deal, saying…").
     */
    private static Optional<ExtractedEntity> participleSubject(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        Optional<IndexedWord> marked = markedClause(s, verb);
        if (marked.isPresent()) {
            return s.governor(marked.get()).flatMap(governor -> subject(s, governor, mentions));
        }
        // the parser hangs such a participle as an adverbial clause or, after a comma, loosely ("dep")
        if (!verb.tag().equals("VBG") || !s.relation(verb).matches("advcl.*|dep") || !s.dependents(verb, "nsubj").isEmpty()) {
            return Optional.empty();
        }
        return s.governor(verb).flatMap(governor -> subject(s, governor, mentions));
    }

    /**
     * The clause a participle introduces when the parser made the participle that clause's marker: in "urged Iran to
     * restore the cameras, saying inspectors could no longer verify the program" it hangs "inspectors could…" on
     * "urged" as its complement, marked by "saying", which is what the participle says, not what was urged. Not when
     * it hangs the clause on a relative clause ("vetoed a resolution that demanded a ceasefire, saying…"), whose
     * subject does not say it.
     */
    private static Optional<IndexedWord> markedClause(SentenceGraph s, IndexedWord participle) {
        if (!participle.tag().equals("VBG") || !s.relation(participle).equals("mark")) {
            return Optional.empty();
        }
        return s.governor(participle).filter(clause -> s.governor(clause).filter(verb -> s.dependents(verb, "nsubj")
                .stream().noneMatch(subject -> subject.tag().startsWith("W"))).isPresent());
    }

    private static boolean hasAgentSubject(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        return s.dependents(verb, "nsubj").stream()
                .flatMap(subj -> mentions.at(s.index, subj.beginPosition(), subj.endPosition()).stream())
                .anyMatch(e -> AGENT_TYPES.contains(e.type()));
    }

    /**
     * The content's words without the preposition or "that" that ties them to the verb ("warn [of] a need for…",
     * "said [that] the carrier…").
     */
    private static int[] withoutConnective(SentenceGraph s, IndexedWord content) {
        int[] range = s.subtreeRange(content);
        List<IndexedWord> connectives = new ArrayList<>(s.dependents(content, "case"));
        s.dependents(content, "mark").stream().filter(m -> SentenceGraph.lemma(m).equals("that")).forEach(connectives::add);
        return connectives.stream().filter(c -> c.beginPosition() == range[0]).findFirst()
                .map(c -> s.trimmed(c.endPosition(), range[1])).orElse(range);
    }

    /**
     * The content without a clause the writer adds after a comma and a conjunction, with a subject of its own and no
     * "that": "said it was preparing relief teams, and the Red Cross appealed for donations" reports only the first
     * clause, which the parser makes the second's conjunct all the same.
     */
    private static int[] withoutAddedClause(SentenceGraph s, IndexedWord content, int[] range) {
        List<CoreLabel> tokens = s.sentence.tokens();
        return s.dependents(content, "conj").stream()
                .filter(clause -> !s.dependents(clause, "nsubj").isEmpty() && s.dependents(clause, "mark").isEmpty())
                .flatMap(clause -> s.dependents(clause, "cc").stream())
                .filter(cc -> cc.index() > 1 && tokens.get(cc.index() - 2).word().equals(","))
                .map(cc -> tokens.get(cc.index() - 2).beginPosition()).filter(comma -> comma > range[0])
                .min(Integer::compare).map(comma -> s.trimmed(range[0], comma)).orElse(range);
    }

    /**
     * The quotation a sentence opens with, when only the verb and its subject follow it (“The AI race is on,” Huang
     * said on a call): what is said, whatever the parser made of the quoted words.
     */
    private static Optional<int[]> quotationBefore(SentenceGraph s, IndexedWord verb) {
        List<CoreLabel> tokens = s.sentence.tokens();
        if (tokens.isEmpty() || !tokens.getFirst().tag().equals("``")) {
            return Optional.empty();
        }
        // the tagger may tag the closing mark as an opening one
        return tokens.stream().skip(1).filter(SentenceGraph::isQuotationMark).findFirst()
                // the parser may take a quoted word for a second subject of the verb: only subjects after the quotation
                .filter(close -> s.trimmed(close.endPosition(), reportingClauseBegin(s, verb, close.endPosition()))[1]
                        == close.endPosition())
                .map(close -> s.trimmed(tokens.getFirst().endPosition(), close.beginPosition()))
                .filter(range -> range[1] > range[0]);
    }

    /**
     * The content with the clause the parser cut from it: it takes a number that starts the reported clause for the
     * verb's object and hangs the rest loose ("said [34 of the injured] [were in intensive care]"), or the subject of
     * the reported clause for the object and the rest for an adverbial clause ("said [the new chips] [were in full
     * production]"), so a clause right after the object, with a verb or copula but no subject of its own, belongs
     * to what is said; or it takes the clause's subject for the object and the finite rest for a complement it
     * controls ("told reporters [the bloc] [had accepted the text]"), whose subject then belongs to it too; or it
     * ends a reported clause early and hangs the rest of it loose ("said [the evidence showed Bolsonaro] [had led…]"),
     * which belongs to what is said when it follows the clause directly.
     */
    private static int[] withSplitClause(SentenceGraph s, IndexedWord verb, IndexedWord content, int[] range) {
        boolean finite = content.tag().matches("VB[DZP]") || s.dependents(content, "aux").stream()
                .anyMatch(a -> !a.tag().equals("TO"));
        if (s.relation(content).equals("xcomp") && finite && s.dependents(content, "mark").isEmpty()) {
            return s.dependents(content, "nsubj:xsubj").stream()
                    .filter(subject -> s.dependents(verb, "obj").contains(subject))
                    .map(s::subtreeRange)
                    .filter(subject -> subject[1] <= range[0] && s.tokens(subject[1], range[0]).isEmpty())
                    .findFirst().map(subject -> new int[] {subject[0], range[1]}).orElse(range);
        }
        boolean object = s.relation(content).equals("obj");
        if (!object && !s.relation(content).equals("ccomp")) {
            return range;
        }
        Optional<IndexedWord> rest = object ? invertedRest(s, verb, range) : Optional.empty();
        if (rest.isPresent()) {
            return s.trimmed(range[0], s.subtreeRange(rest.get())[1]);
        }
        // after a clause, "dep" only, and nothing between: ", adding that…" is another clause of the verb's
        return (object ? Stream.of("dep", "advcl") : Stream.of("dep")).flatMap(r -> s.dependents(verb, r).stream())
                .filter(s::isPredicate)
                .filter(d -> s.dependents(d, "nsubj").isEmpty() && s.dependents(d, "mark").isEmpty())
                .filter(d -> object ? s.trimmed(range[1], s.subtreeRange(d)[0])[1] == range[1]
                        : s.tokens(range[1], s.subtreeRange(d)[0]).isEmpty())
                .findFirst().map(d -> s.trimmed(range[0], s.subtreeRange(d)[1])).orElse(range);
    }

    /**
     * The predicate the parser made the reporting verb the clausal subject of, when it directly follows the verb's
     * object with only its own auxiliaries and adverbs between: "said [Israel] [would not allow Iran…]" parsed as
     * "said Israel" being what "would not allow Iran".
     */
    private static Optional<IndexedWord> invertedRest(SentenceGraph s, IndexedWord verb, int[] object) {
        return s.governor(verb).filter(predicate -> s.relation(verb).equals("csubj")
                && predicate.beginPosition() >= object[1]
                && s.tokens(object[1], predicate.beginPosition()).stream()
                        .map(t -> s.graph.getNodeByIndexSafe(t.index()))
                        .allMatch(w -> w != null && s.governor(w).filter(predicate::equals).isPresent()));
    }

    /**
     * Whether, inside the claim, a verb that acts against its object governs the entity's mention: a call to "avoid a
     * tit-for-tat spiral" or to "close gaps in vaccination" advocates neither the spiral nor the gaps.
     */
    private boolean countered(SentenceGraph s, ExtractedEntity entity, Reported claim) {
        return entity.mentions().stream()
                .filter(m -> m.sentence() == s.index && m.begin() >= claim.begin() && m.end() <= claim.end())
                .flatMap(m -> s.head(m.begin(), m.end()).stream())
                .anyMatch(head -> s.governorChain(head).stream()
                        .takeWhile(w -> w.beginPosition() >= claim.begin() && w.endPosition() <= claim.end())
                        .anyMatch(w -> w.tag().startsWith("VB") && lexicon.isCounteringVerb(SentenceGraph.lemma(w))));
    }

    private static boolean hasLemma(SentenceGraph s, int[] range, Set<String> lemmas) {
        return s.tokens(range[0], range[1]).stream().anyMatch(t -> lemmas.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The entity the verb's subject names; when that is no agent (a post), the agent in apposition to the subject
     * ("Its spokesperson, He Yadong, said…") or the person named right after it ("His publicist Cindi Berger said…").
     */
    private static Optional<ExtractedEntity> subject(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        int datelineEnd = s.datelineEnd();
        for (IndexedWord subject : s.dependents(verb, "nsubj")) {
            if (subject.beginPosition() < datelineEnd) {
                continue; // "MANCHESTER, England — …, police said": the parser may take the dateline for a subject
            }
            Optional<ExtractedEntity> named = mentions.at(s.index, subject.beginPosition(), subject.endPosition());
            if (named.filter(e -> AGENT_TYPES.contains(e.type())).isPresent()) {
                return named;
            }
            // "Qatar's Prime Minister Sheikh Mohammed … said": the parser may hang the name on the title as a mere "dep"
            Optional<ExtractedEntity> apposed = Stream.concat(s.dependents(subject, "appos").stream(),
                            s.dependents(subject, "dep").stream())
                    .flatMap(a -> mentions.at(s.index, a.beginPosition(), a.endPosition()).stream())
                    .filter(e -> AGENT_TYPES.contains(e.type())).findFirst();
            Optional<ExtractedEntity> holder = apposed.or(() -> mentionRightAfter(s, subject, mentions, PERSON));
            if (holder.isPresent() || named.isPresent()) {
                return holder.or(() -> named);
            }
        }
        return Optional.empty();
    }

    /**
     * The agents a subject that names none lists as its instances ("Retailers including Walmart and Target said…"):
     * each of them said it, and the name nearest the verb is no more the speaker than the others.
     */
    private static List<ExtractedEntity> listedInSubject(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        return s.dependents(verb, "nsubj").stream()
                .flatMap(subject -> s.graph.outgoingEdgeList(subject).stream())
                .filter(e -> SentenceGraph.listsInstance(e.getRelation().toString()))
                .map(SemanticGraphEdge::getDependent)
                .flatMap(instance -> mentions.at(s.index, instance.beginPosition(), instance.endPosition()).stream())
                .filter(e -> AGENT_TYPES.contains(e.type())).distinct().toList();
    }

    /** The entity of one of the types named right after the word, nothing between. */
    private static Optional<ExtractedEntity> mentionRightAfter(SentenceGraph s, IndexedWord word, MentionIndex mentions,
            Set<String> types) {
        return mentions.inSentence(s.index).stream()
                .filter(l -> l.mention().begin() >= word.endPosition() && types.contains(l.entity().type()))
                .min((a, b) -> Integer.compare(a.mention().begin(), b.mention().begin()))
                .filter(l -> s.tokens(word.endPosition(), l.mention().begin()).isEmpty())
                .map(MentionIndex.Located::entity);
    }

    /**
     * The verb's subject when it is "he" or "she" and coreference left it unresolved: "Its spokesperson, He Yadong,
     * said… He added that…", where the surname reads as the pronoun and the resolver joins neither. It is the last
     * speaker when the verb says they go on, or when the speaker was the only person the sentence before named
     * ("Dan Ives, an analyst at Wedbush, said… He cautioned…"); "Amina's mother, Terri Bowman, said… he tells a
     * reporter" is someone else.
     */
    private static Optional<IndexedWord> unresolvedPronoun(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        return s.dependents(verb, "nsubj").stream()
                .filter(subject -> PERSONAL_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))
                        && mentions.at(s.index, subject.beginPosition(), subject.endPosition()).isEmpty())
                .findFirst();
    }

    /**
     * The agent named right before the verb, with only auxiliaries and adverbs between: the subject when the parser
     * attached it elsewhere (for instance as an apposition).
     */
    private static Optional<ExtractedEntity> mentionRightBefore(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        Optional<MentionIndex.Located> before = mentions.inSentence(s.index).stream()
                .filter(l -> l.mention().end() <= verb.beginPosition())
                .max((a, b) -> Integer.compare(a.mention().end(), b.mention().end()));
        if (before.isEmpty() || !AGENT_TYPES.contains(before.get().entity().type())) {
            return Optional.empty();
        }
        boolean onlyAuxiliaries = s.tokens(before.get().mention().end(), verb.beginPosition()).stream()
                .allMatch(t -> AUXILIARY_TAGS.contains(t.tag()));
        return onlyAuxiliaries ? Optional.of(before.get().entity()) : Optional.empty();
    }

    /**
     * What a reporting verb after its content reports: the parser makes the verb a side clause of the quotation
     * (“Maharashtra needs a new government,” Modi told a crowd; “We will respond,” said Modi), so the content
     * is the governing clause up to where the verb's own clause begins.
     */
    private static Optional<int[]> clauseBefore(SentenceGraph s, IndexedWord verb, String lemma) {
        if (NEEDS_FOR.contains(lemma) || !s.relation(verb).equals("parataxis")) {
            return Optional.empty();
        }
        int reporting = reportingClauseBegin(s, verb, s.begin());
        // a verb hung on a word that is no predicate ("… injuring about 2,800, the Taliban government said") reports
        // the sentence's main clause
        return s.governor(verb)
                .map(s::clauseOf)
                .filter(g -> g.endPosition() <= reporting)
                .map(g -> s.trimmed(Math.max(Math.min(s.subtreeRange(g)[0], g.beginPosition()), s.datelineEnd()),
                        reporting))
                .filter(range -> range[1] > range[0]);
    }

    /**
     * Where the reporting verb's own clause begins: at its earliest subject starting at or after {@code from}, whatever
     * else the parser hung under the verb, else at the verb.
     */
    private static int reportingClauseBegin(SentenceGraph s, IndexedWord verb, int from) {
        return s.dependents(verb, "nsubj").stream().mapToInt(subject -> s.subtreeRange(subject)[0])
                .filter(begin -> begin >= from).reduce(verb.beginPosition(), Math::min);
    }

    /**
     * The clause before a verb that the parser hangs on it as a complement or an adverbial clause with no subordinator
     * of its own: what the verb frames ("The earthquake killed 800 people, the Taliban government said"); "While X
     * remains essential, Y may…" frames nothing.
     */
    private static Optional<IndexedWord> framedClauseBefore(SentenceGraph s, IndexedWord verb) {
        return Stream.of("ccomp", "advcl").flatMap(r -> s.dependents(verb, r).stream())
                .filter(c -> c.index() < verb.index() && s.dependents(c, "mark").isEmpty()).findFirst();
    }

    /**
     * The agent named right after a verb without a subject: the speaker of “We will respond,” said Modi, whom the
     * parser may attach as the verb's complement.
     */
    private static Optional<ExtractedEntity> invertedSubject(SentenceGraph s, IndexedWord verb, MentionIndex mentions) {
        if (!s.dependents(verb, "nsubj").isEmpty()) {
            return Optional.empty();
        }
        return mentionRightAfter(s, verb, mentions, AGENT_TYPES);
    }

    private static Optional<IndexedWord> content(SentenceGraph s, IndexedWord verb, String lemma,
            Predicate<IndexedWord> namesSpeaker) {
        for (String relation : CONTENT_RELATIONS) {
            if (NEEDS_FOR.contains(lemma) && !relation.equals("obl:for")
                    || NEEDS_CLAUSE.contains(lemma) && !CLAUSE_RELATIONS.contains(relation)
                    || OBJECT_NOT_CLAIMED.contains(lemma) && relation.equals("obj")) {
                continue;
            }
            // "said on Tuesday": a time is when it was said, not what ("said 2003 was the worst year" is a clause)
            Optional<IndexedWord> found = s.dependents(verb, relation).stream().filter(namesSpeaker.negate())
                    .filter(word -> !relation.startsWith("obl") || !SentenceGraph.saysWhen(word))
                    .filter(word -> s.dependents(word, "mark").stream().noneMatch(m -> markedClause(s, m).isPresent()))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

}
