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
 * about: after "about", "over", "regarding", "like", "including", "on", "for", "to"; the object of a reporting or
 * stance verb; a gerund subject ("Diversifying intelligence sources is…"); the subject of a verb that drives
 * something ("The erosion of trust has prompted…"). A phrase whose head is an event noun is an event.
 */
final class TopicFinder {
    /** A noun phrase found: char range, label text, and its ontology class (Topic, Event or UnnamedGroup). */
    record Phrase(int begin, int end, String text, int sentence, String type) {
        boolean within(Phrase o) {
            return o != this && o.sentence == sentence && o.begin <= begin && end <= o.end;
        }
    }

    private static final Pattern ABOUT = Pattern.compile("(nmod|obl):(about|over|regarding|like|including|such_as|on|for|to)");
    /** Modifiers kept before the head ("increased intelligence sharing"); determiners and possessors are not. */
    private static final Set<String> LEFT = Set.of("compound", "amod", "nummod");
    /** Prepositional complements kept after the head ("erosion of trust", "reliance on a single partner"). */
    private static final Pattern RIGHT = Pattern.compile("(nmod|obl):(of|on|in|with|to|over|within|between)|obj|advmod");
    private static final int MAX_TOKENS = 12;

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
                boolean gerundSubject = head.tag().equals("VBG") && s.relation(head).startsWith("csubj");
                if (!(noun || gerundSubject) || insideName.test(head.beginPosition(), head.endPosition())
                        || lexicon.isVagueNoun(lemma(head)) || !topicPosition(s, head, gerundSubject)) {
                    continue;
                }
                phrase(text, s, head).ifPresent(found::add);
            }
        }
        // an event inside a longer phrase is part of what the longer one names
        return found.stream().filter(p -> !p.type().equals("Event") || found.stream().noneMatch(p::within)).toList();
    }

    private boolean topicPosition(SentenceGraph s, IndexedWord head, boolean gerundSubject) {
        String relation = s.relation(head);
        if (gerundSubject || ABOUT.matcher(relation).matches()) {
            return true;
        }
        String governor = s.governor(head).map(TopicFinder::lemma).orElse("");
        if (relation.equals("obj")) {
            return lexicon.reportingConfidence(governor).isPresent() || !lexicon.predicatesFor(List.of(governor)).isEmpty();
        }
        if (relation.equals("nsubj")) {
            return lexicon.predicatesFor(List.of(governor)).contains("drivenBy");
        }
        // what a process is about: "reevaluation of its intelligence-sharing relationship"
        return relation.equals("nmod:of") && lexicon.isEventNoun(governor);
    }

    private Optional<Phrase> phrase(String text, SentenceGraph s, IndexedWord head) {
        int begin = head.beginPosition();
        int end = head.endPosition();
        boolean restricted = false;
        boolean possessed = false;
        for (SemanticGraphEdge edge : s.graph.outgoingEdgeList(head)) {
            String relation = edge.getRelation().toString();
            IndexedWord d = edge.getDependent();
            possessed |= relation.equals("nmod:poss") && d.tag().startsWith("NNP");
            if (LEFT.contains(relation) && d.index() < head.index() && !lexicon.isHedge(lemma(d))) {
                int[] r = s.subtreeRange(d);
                begin = Math.min(begin, r[0]);
            } else if (RIGHT.matcher(relation).matches() && d.index() > head.index()) {
                int[] r = s.subtreeRange(d);
                end = Math.max(end, r[1]);
                restricted |= relation.startsWith("nmod");
            }
        }
        // a hedge dropped from the front ("potential threats") must not leave a gap
        List<CoreLabel> front = s.tokens(begin, head.endPosition());
        while (front.size() >= 2 && lexicon.isHedge(front.getFirst().lemma().toLowerCase(Locale.ROOT))) {
            front = front.subList(1, front.size());
            begin = front.getFirst().beginPosition();
        }
        int tokens = s.tokens(begin, end).size();
        boolean event = lexicon.isEventNoun(lemma(head)) || lexicon.isEventNoun(head.word().toLowerCase(Locale.ROOT));
        boolean bare = tokens == 1 && !head.word().contains("-");
        boolean people = lexicon.isGroupNoun(head.word().toLowerCase(Locale.ROOT)) || lexicon.isGroupNoun(lemma(head) + "s");
        if (people) {
            // people restricted by a phrase ("countries outside traditional alliances") are a group the text cites
            return restricted && tokens <= MAX_TOKENS
                    ? Optional.of(new Phrase(begin, end, text.substring(begin, end), s.index, "UnnamedGroup"))
                    : Optional.empty();
        }
        // too long to be a name; or one general word, unless it is someone's process ("Canada's reassessment")
        if (tokens > MAX_TOKENS || bare && !(event && possessed)) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(begin, end, text.substring(begin, end), s.index, event ? "Event" : "Topic"));
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
