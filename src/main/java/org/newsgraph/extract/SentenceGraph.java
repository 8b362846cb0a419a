package org.newsgraph.extract;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One parsed sentence: its tokens and enhanced++ dependency graph, addressed by char offsets. */
final class SentenceGraph {
    /** The tagger's types of words that say when. */
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> DASHES = Set.of("--", "—", "–");
    private static final Set<String> BRACKETS = Set.of("(", ")", "-LRB-", "-RRB-");
    private static final Set<String> OPENING_BRACKETS = Set.of("(", "-LRB-");
    /** Proper nouns, commas and brackets (CoreNLP tags "(" as -LRB-). */
    private static final Pattern DATELINE_TAGS = Pattern.compile("NNPS?|,|-LRB-|-RRB-");
    private static final int MAX_DATELINE_TOKENS = 10;
    private static final Pattern LIST_RELATION = Pattern.compile("nmod:(such_as|including|like)");
    private static final Comparator<RelationTriple> KBP_ORDER = Comparator
            .comparingInt((RelationTriple t) -> t.subject.getFirst().beginPosition())
            .thenComparingInt(t -> t.object.getFirst().beginPosition())
            .thenComparing(RelationTriple::relationGloss)
            .thenComparingDouble(t -> -t.confidence);

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

    /**
     * Where the sentence's dateline ends ("GENEVA (AP) —", "AURORA, Colo. --", "SEOUL, June 4 (Reuters) -"): the
     * offset of its dash, or the sentence's begin when it has none. A dateline opens with a name in capitals and holds
     * only proper nouns, words in capitals, the date, commas and brackets before the dash, which is a hyphen only
     * after the agency's bracket; it says where the story was filed, so its place and agency are no party to what the
     * sentence says. A name in ordinary case before a dash ("Canada — long an ally — …") is no dateline here: it may
     * be the sentence's subject.
     */
    int datelineEnd() {
        List<CoreLabel> tokens = sentence.tokens();
        if (tokens.isEmpty() || !isCapitals(tokens.getFirst().word())) {
            return begin();
        }
        for (int i = 1; i < Math.min(tokens.size(), MAX_DATELINE_TOKENS); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel previous = tokens.get(i - 1);
            if (DASHES.contains(t.word()) || t.word().equals("-") && isBracket(previous) && !isOpeningBracket(previous)) {
                return t.beginPosition();
            }
            if (!DATELINE_TAGS.matcher(t.tag()).matches() && !isCapitals(t.word()) // "AP" may be tagged NN
                    && !"DATE".equals(t.ner())) {
                return begin();
            }
        }
        return begin();
    }

    private static boolean isCapitals(String word) {
        return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Whether a relation names the source of what its governor says ("according to analysts"). */
    static boolean isAccordingTo(String relation) {
        return relation.equals("obl:according_to") || relation.equals("nmod:according_to");
    }

    /** Whether the word names, or is inside, whom something is according to ("according to analysts at Nomura"). */
    boolean withinAccordingTo(IndexedWord word) {
        return isAccordingTo(relation(word)) || governorChain(word).stream().anyMatch(w -> isAccordingTo(relation(w)));
    }

    /**
     * The words the word hangs from, its governor first, each once: enhanced dependencies may cycle through a relative
     * clause.
     */
    List<IndexedWord> governorChain(IndexedWord word) {
        List<IndexedWord> chain = new ArrayList<>();
        Set<IndexedWord> seen = new HashSet<>();
        for (Optional<IndexedWord> w = governor(word); w.isPresent() && seen.add(w.get()); w = governor(w.get())) {
            chain.add(w.get());
        }
        return chain;
    }

    /**
     * CoreNLP's KBP relations of the sentence in a fixed order (by where subject and object begin, then relation and
     * confidence): CoreNLP lists them in an order that varies from one process to the next, which reordered drafts.
     */
    List<RelationTriple> kbpRelations() {
        List<RelationTriple> relations = sentence.relations();
        return relations == null ? List.of() : relations.stream().sorted(KBP_ORDER).toList();
    }

    /** A bracket, also where a tokenised corpus writes it as "-LRB-" and the tagger takes that for a proper noun. */
    static boolean isBracket(CoreLabel token) {
        return BRACKETS.contains(token.word()) || BRACKETS.contains(token.tag());
    }

    /**
     * Whether a relation lists an instance of its governor ("issues like counter-terrorism", "retailers including
     * Walmart and Target"); the parser repeats it for each conjunct.
     */
    static boolean listsInstance(String relation) {
        return LIST_RELATION.matcher(relation).matches();
    }

    /** A common noun, singular or plural ("competition", "carmakers"). */
    static boolean isCommonNoun(IndexedWord word) {
        return word.tag().equals("NN") || word.tag().equals("NNS");
    }

    /** A quotation mark, opening or closing (the tagger may tag a closing one as opening). */
    static boolean isQuotationMark(CoreLabel token) {
        return token.tag().equals("``") || token.tag().equals("''");
    }

    static boolean isOpeningBracket(CoreLabel token) {
        return OPENING_BRACKETS.contains(token.word()) || OPENING_BRACKETS.contains(token.tag());
    }

    /** Whether the tagger types the word as saying when ("Tuesday", "last year", "for hours", "every week"). */
    static boolean saysWhen(IndexedWord w) {
        return TIME_TAGS.contains(w.ner());
    }

    /** The word's lemma in lower case (the word itself when it has none). */
    static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
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

    /** Whether the two words are conjuncts of one coordination ("the United States, the European Union and Japan"). */
    boolean coordinated(IndexedWord a, IndexedWord b) {
        return relationTo(a, b).startsWith("conj") || relationTo(b, a).startsWith("conj")
                || governors(a).stream().anyMatch(g -> relationTo(g, a).startsWith("conj") && relationTo(g, b).startsWith("conj"));
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

    /** Whether the word heads a clause: a verb, or a noun or adjective with a copula ("were in intensive care"). */
    boolean isPredicate(IndexedWord word) {
        return word.tag().startsWith("VB") || !dependents(word, "cop").isEmpty();
    }

    /** The word when it heads a clause, else the sentence's root: the clause a word hung on a noun belongs to. */
    IndexedWord clauseOf(IndexedWord word) {
        return isPredicate(word) ? word : graph.getFirstRoot();
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
