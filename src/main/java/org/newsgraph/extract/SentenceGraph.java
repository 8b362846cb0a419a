package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One parsed sentence: its tokens and enhanced++ dependency graph, addressed by char offsets. */
final class SentenceGraph {
    final int index;
    final CoreSentence sentence;
    final SemanticGraph graph;
    private final SemanticGraph basic;

    SentenceGraph(int index, CoreSentence sentence) {
        this.index = index;
        this.sentence = sentence;
        this.graph = sentence.dependencyParse();
        this.basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    int begin() {
        return sentence.charOffsets().first();
    }

    int end() {
        return sentence.charOffsets().second();
    }

    boolean contains(int charBegin, int charEnd) {
        return charBegin >= begin() && charEnd <= end();
    }

    /** The tokens that overlap the char range. */
    List<CoreLabel> tokens(int charBegin, int charEnd) {
        List<CoreLabel> found = new ArrayList<>();
        for (CoreLabel t : sentence.tokens()) {
            if (t.endPosition() > charBegin && t.beginPosition() < charEnd) {
                found.add(t);
            }
        }
        return found;
    }

    /** The syntactic head of a span: its first token whose governors all lie outside the span. */
    Optional<IndexedWord> head(int charBegin, int charEnd) {
        List<CoreLabel> tokens = tokens(charBegin, charEnd);
        IndexedWord fallback = null;
        for (CoreLabel t : tokens) {
            IndexedWord node = graph.getNodeByIndexSafe(t.index());
            if (node == null) {
                continue;
            }
            fallback = fallback == null ? node : fallback;
            boolean governedInside = graph.getParents(node).stream()
                    .anyMatch(p -> p.beginPosition() >= charBegin && p.endPosition() <= charEnd);
            if (!governedInside) {
                return Optional.of(node);
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** The relation from the word to its first governor ("root" for the root). */
    String relation(IndexedWord word) {
        List<SemanticGraphEdge> in = graph.incomingEdgeList(word);
        return in.isEmpty() ? "root" : in.getFirst().getRelation().toString();
    }

    /** Whether a relation names the source of what its governor says ("according to analysts"). */
    static boolean isAccordingTo(String relation) {
        return relation.equals("obl:according_to") || relation.equals("nmod:according_to");
    }

    /** Every word that governs the word (enhanced graphs give a shared subject two). */
    List<IndexedWord> governors(IndexedWord word) {
        return graph.incomingEdgeList(word).stream().map(SemanticGraphEdge::getGovernor).toList();
    }

    /** The relation from the governor to the word, or "" when it does not govern it. */
    String relationTo(IndexedWord governor, IndexedWord word) {
        SemanticGraphEdge edge = graph.getEdge(governor, word);
        return edge == null ? "" : edge.getRelation().toString();
    }

    Optional<IndexedWord> governor(IndexedWord word) {
        List<SemanticGraphEdge> in = graph.incomingEdgeList(word);
        return in.isEmpty() ? Optional.empty() : Optional.of(in.getFirst().getGovernor());
    }

    /** Dependents of the word whose relation starts with the prefix (e.g. "nsubj", "obl:for"). */
    List<IndexedWord> dependents(IndexedWord word, String relationPrefix) {
        List<IndexedWord> found = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(word)) {
            if (e.getRelation().toString().startsWith(relationPrefix)) {
                found.add(e.getDependent());
            }
        }
        return found;
    }

    /** The char range covered by the word and everything it governs (basic tree, no cycles). */
    int[] subtreeRange(IndexedWord word) {
        int begin = word.beginPosition();
        int end = word.endPosition();
        IndexedWord node = basic.getNodeByIndexSafe(word.index());
        for (IndexedWord d : node == null ? List.<IndexedWord>of() : basic.descendants(node)) {
            begin = Math.min(begin, d.beginPosition());
            end = Math.max(end, d.endPosition());
        }
        return new int[] {begin, end};
    }

    /** The char range without the punctuation tokens at its edges (quotes, commas, the final full stop). */
    int[] trimmed(int charBegin, int charEnd) {
        List<CoreLabel> words = tokens(charBegin, charEnd).stream()
                .filter(t -> t.word().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
        return words.isEmpty() ? new int[] {charBegin, charBegin}
                : new int[] {Math.max(charBegin, words.getFirst().beginPosition()), Math.min(charEnd, words.getLast().endPosition())};
    }

    /** The shortest undirected dependency path between two words, both included; empty when unconnected. */
    List<IndexedWord> path(IndexedWord from, IndexedWord to) {
        List<IndexedWord> path = graph.getShortestUndirectedPathNodes(from, to);
        return path == null ? List.of() : path;
    }
}
