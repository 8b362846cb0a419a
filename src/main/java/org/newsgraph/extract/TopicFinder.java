package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Topics and events named by common-noun phrases in the positions where news text states what something is
 * about: after "about", "regarding", "like", "including", and after "over", "on", "for", "to" when a word of concern
 * or a verb or noun of the lexicon governs them; the object of a reporting or
 * stance verb; a gerund subject ("Diversifying intelligence sources is…"); the subject of a verb that drives
 * something ("The erosion of trust has prompted…"). A phrase whose head is an event noun is an event.
 */
final class TopicFinder {
    /**
     * A noun phrase found: char range, label text, its ontology class (Topic, Event or UnnamedGroup), the char
     * range of its possessor ("Canada's" in "Canada's reassessment"; null when none), its head lemma, and whether it
     * only points back to an event named elsewhere ("this shift").
     */
    record Phrase(int begin, int end, String text, int sentence, String type, int[] possessor, String headLemma,
            boolean anaphor) {
        boolean within(Phrase o) {
            return o != this && o.sentence == sentence && o.begin <= begin && end <= o.end;
        }
    }

    /** Prepositions that always introduce what something is about ("concerns about X", "issues like X"). */
    private static final Pattern ABOUT = Pattern.compile("(nmod|obl):(about|regarding|like|including|such_as)");
    private static final Set<String> ABOUT_WORDS = Set.of("about", "regarding");
    /** Verbs of the act of saying, whose "on" names where it was said ("said on a call with analysts"), not a topic. */
    private static final Set<String> SAYING_VERBS = Set.of("say", "tell", "write", "post");
    /**
     * Prepositions that introduce a topic only after a word of the lexicon ("advocating for X", "cooperation on X",
     * "concerns over X"); after any other word they introduce background ("the potential for X", "a layer to X").
     */
    private static final Pattern GOVERNED_ABOUT = Pattern.compile("(nmod|obl):(over|on|for|to)");
    /** Modifiers kept before the head ("increased intelligence sharing"); determiners and possessors are not. */
    private static final Set<String> LEFT = Set.of("compound", "amod", "nummod");
    /** Prepositional complements kept after the head ("erosion of trust", "reliance on a single partner"). */
    private static final Pattern RIGHT = Pattern.compile("(nmod|obl):(of|on|in|with|to|over|within|between|outside|beyond|across)|obj|advmod");
    private static final int MAX_TOKENS = 12;
    /** Possessives by which a group is the speaker's or the listener's ("our people"). */
    private static final Set<String> SPEAKERS_POSSESSIVES = Set.of("my", "our", "your");
    /** Determiners that point back to something named before ("this shift"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /**
     * Words of necessity: what the clause under them does is a course of action ("a need to bolster X"), and what
     * they are "for" is a topic ("the trust necessary for intelligence sharing").
     */
    private static final Set<String> NECESSITY = Set.of("need", "necessity", "call", "urge", "push", "plan", "effort",
            "strategy", "require", "demand", "necessary", "essential", "crucial", "vital");

    private final Lexicon lexicon;

    TopicFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param insideName whether a char range lies inside a named-entity mention of the sentence */
    List<Phrase> find(String text, List<SentenceGraph> sentences, BiPredicate<Integer, Integer> insideName) {
        List<Phrase> found = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            for (IndexedWord head : s.graph.vertexListSorted()) {
                boolean noun = head.tag().startsWith("NN") && !head.tag().startsWith("NNP");
                boolean gerundSubject = head.tag().equals("VBG") && s.relation(head).startsWith("csubj")
                        || noun && s.relation(head).startsWith("nsubj") && startsWithGerund(s, head);
                boolean gerundObject = head.tag().equals("VBG") && includedGerund(s, head);
                if (!(noun || gerundSubject || gerundObject) || insideName.test(head.beginPosition(), head.endPosition())
                        || lexicon.isVagueNoun(SentenceGraph.lemma(head))) {
                    continue;
                }
                if (noun && demonstrativeEvent(s, head)) {
                    found.add(new Phrase(s.dependents(head, "det").getFirst().beginPosition(), head.endPosition(),
                            text.substring(s.dependents(head, "det").getFirst().beginPosition(), head.endPosition()),
                            s.index, "Event", null, SentenceGraph.lemma(head), true));
                    continue;
                }
                if (gerundSubject || gerundObject || topicPosition(s, head) || restrictedGroup(s, head)
                        || possessedEvent(s, head)) {
                    phrase(text, s, head, gerundSubject).ifPresent(found::add);
                }
            }
        }
        // an event inside a longer phrase is part of what the longer one names
        return found.stream().filter(p -> !p.type().equals("Event") || found.stream().noneMatch(p::within)).toList();
    }

    /** "Diversifying intelligence sources is…": a sentence-initial gerund the tagger took for an adjective. */
    private static boolean startsWithGerund(SentenceGraph s, IndexedWord head) {
        return s.graph.outgoingEdgeList(head).stream()
                .filter(e -> e.getRelation().toString().matches("amod|compound"))
                .map(e -> e.getDependent())
                .anyMatch(a -> a.index() == 1 && a.word().endsWith("ing") && a.tag().matches("VBG|NNP?|JJ"));
    }

    /** A gerund clause listed as what something includes or requires ("This includes deploying personnel abroad"). */
    private boolean includedGerund(SentenceGraph s, IndexedWord gerund) {
        String relation = s.relation(gerund);
        return relation.matches("obj|xcomp|ccomp|dep") && s.governor(gerund)
                .map(g -> lexicon.isInclusionVerb(SentenceGraph.lemma(g))).orElse(false);
    }

    /** "this shift", "that decision": an event noun with a demonstrative and nothing else that would name it. */
    private boolean demonstrativeEvent(SentenceGraph s, IndexedWord head) {
        if (!lexicon.isEventNoun(SentenceGraph.lemma(head)) || head.tag().endsWith("S")) {
            return false;
        }
        List<IndexedWord> determiners = s.dependents(head, "det");
        boolean demonstrative = determiners.size() == 1
                && DEMONSTRATIVES.contains(determiners.getFirst().word().toLowerCase(Locale.ROOT));
        return demonstrative && s.graph.outgoingEdgeList(head).stream().map(e -> e.getRelation().toString())
                .noneMatch(r -> r.equals("compound") || r.startsWith("nmod") || r.startsWith("acl"));
    }

    /** A people noun restricted by a phrase ("countries outside traditional alliances") names a group anywhere. */
    private boolean restrictedGroup(SentenceGraph s, IndexedWord head) {
        // "influence of hostile actors within…": people named inside another phrase are part of its name
        return isPeople(head) && head.tag().equals("NNS") && !s.relation(head).equals("nmod:of")
                && s.graph.outgoingEdgeList(head).stream()
                .anyMatch(e -> e.getRelation().toString().matches("nmod:(outside|in|within|from|across|beyond)"));
    }

    /** Someone's process ("Canada's reassessment", "its reevaluation of…") is an event wherever it stands. */
    private boolean possessedEvent(SentenceGraph s, IndexedWord head) {
        return lexicon.isEventNoun(SentenceGraph.lemma(head)) && !s.dependents(head, "nmod:poss").isEmpty();
    }

    private boolean topicPosition(SentenceGraph s, IndexedWord head) {
        String relation = s.relation(head);
        // "…is about X": a predicate noun introduced by "about" is what the subject concerns
        if (ABOUT.matcher(relation).matches() || !relation.startsWith("nmod") && !relation.startsWith("obl")
                && s.dependents(head, "case").stream().anyMatch(c -> ABOUT_WORDS.contains(SentenceGraph.lemma(c)))) {
            return true;
        }
        Optional<IndexedWord> governorWord = s.governor(head);
        String governor = governorWord.map(SentenceGraph::lemma).orElse("");
        if (GOVERNED_ABOUT.matcher(relation).matches()) {
            return relation.endsWith(":over") ? lexicon.isDisputeWord(governor)
                    : !lexicon.predicatesFor(List.of(governor)).isEmpty()
                            || !relation.endsWith(":to") && lexicon.reportingConfidence(governor).isPresent()
                                    && !(relation.endsWith(":on") && SAYING_VERBS.contains(governor))
                            || relation.endsWith(":for") && NECESSITY.contains(governor);
        }
        if (relation.matches("obl:(with|to)") && lexicon.isAssociationVerb(governor)) {
            return true;
        }
        if (relation.equals("obj")) {
            // "told a crowd in Nashik", "urged governments to close gaps": the one addressed, not a matter
            boolean addressed = lexicon.isAddresseeVerb(governor) || governorWord
                    .filter(g -> !s.dependents(g, "xcomp").isEmpty() || !s.dependents(g, "ccomp").isEmpty()).isPresent();
            if (addressed) {
                return false;
            }
            boolean needed = governorWord.map(g -> s.relation(g).matches("acl.*|xcomp")
                    && s.governor(g).map(n -> NECESSITY.contains(SentenceGraph.lemma(n))).orElse(false)).orElse(false);
            return needed || lexicon.isInclusionVerb(governor) || lexicon.reportingConfidence(governor).isPresent()
                    || !lexicon.predicatesFor(List.of(governor)).isEmpty();
        }
        if (relation.equals("nsubj")) {
            return lexicon.predicatesFor(List.of(governor)).contains("drivenBy");
        }
        // what a process is about: "reevaluation of its intelligence-sharing relationship"
        return relation.equals("nmod:of") && lexicon.isEventNoun(governor);
    }

    /** @param action whether a gerund leads the phrase: "diversifying intelligence sources" names an action, not people */
    private Optional<Phrase> phrase(String text, SentenceGraph s, IndexedWord head, boolean action) {
        int begin = head.beginPosition();
        int end = head.endPosition();
        boolean restricted = false;
        boolean possessed = false;
        boolean speakers = false;
        int[] possessor = null;
        for (SemanticGraphEdge edge : s.graph.outgoingEdgeList(head)) {
            String relation = edge.getRelation().toString();
            IndexedWord d = edge.getDependent();
            if (relation.equals("nmod:poss")) {
                possessor = new int[] {d.beginPosition(), d.endPosition()};
                possessed |= d.tag().startsWith("NNP");
                speakers |= SPEAKERS_POSSESSIVES.contains(d.word().toLowerCase(Locale.ROOT));
            }
            if (LEFT.contains(relation) && d.index() < head.index() && !lexicon.isHedge(SentenceGraph.lemma(d))) {
                int[] r = s.subtreeRange(d);
                begin = Math.min(begin, r[0]);
            } else if (RIGHT.matcher(relation).matches() && d.index() > head.index() && !SentenceGraph.saysWhen(d)
                    && s.tokens(head.endPosition(), s.subtreeRange(d)[0]).stream().noneMatch(SentenceGraph::isQuotationMark)) {
                // "a rise in revenue on Wednesday": when it happened is no part of what it is; "called the ruling
                // 'a tariff' on an American company": nor are the words a quotation puts between them
                int[] r = s.subtreeRange(d);
                end = Math.max(end, r[1]);
                restricted |= relation.startsWith("nmod");
            }
        }
        // a hedge or degree adverb dropped from the front ("potential threats", "overly close") must not leave a gap
        List<CoreLabel> front = s.tokens(begin, head.endPosition());
        while (front.size() >= 2 && (lexicon.isHedge(front.getFirst().lemma().toLowerCase(Locale.ROOT))
                || front.getFirst().tag().startsWith("RB"))) {
            front = front.subList(1, front.size());
            begin = front.getFirst().beginPosition();
        }
        int tokens = s.tokens(begin, end).size();
        boolean event = lexicon.isEventNoun(SentenceGraph.lemma(head)) || lexicon.isEventNoun(head.word().toLowerCase(Locale.ROOT));
        boolean bare = tokens == 1 && !head.word().contains("-");
        if (!action && isPeople(head)) {
            // "accused the government of ignoring voters in eastern states": the parser may take the verb whose
            // object the people are for a modifier of them
            List<CoreLabel> people = s.tokens(begin, end);
            while (people.size() >= 2 && people.getFirst().tag().equals("VBG")) {
                people = people.subList(1, people.size());
                begin = people.getFirst().beginPosition();
                tokens--;
            }
            // people restricted by a phrase ("countries outside traditional alliances") are a group the text cites;
            // "our people in the region", in a quotation, are the speaker's own, whom only the speaker names
            return restricted && !speakers && tokens <= MAX_TOKENS
                    ? Optional.of(new Phrase(begin, end, text.substring(begin, end), s.index, "UnnamedGroup", null,
                            SentenceGraph.lemma(head), false))
                    : Optional.empty();
        }
        // too long to be a name; or one general word, unless it is someone's process ("Canada's reassessment")
        if (tokens > MAX_TOKENS || bare && !(event && (possessed || possessor != null))) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(begin, end, text.substring(begin, end), s.index, event ? "Event" : "Topic",
                event ? possessor : null, SentenceGraph.lemma(head), false));
    }

    private boolean isPeople(IndexedWord head) {
        return lexicon.isGroupNoun(head.word().toLowerCase(Locale.ROOT)) || lexicon.isGroupNoun(SentenceGraph.lemma(head) + "s");
    }

}
