package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.RelationSpec;

/**
 * Claims: what an entity says, warns, argues, advocates or calls for. The subject of a reporting or stance verb
 * is the source; the verb's complement is the claim; the sentence is the evidence. Advocacy verbs also give an
 * {@code advocates} relationship to each topic or event the claim names.
 */
final class ClaimFinder {
    /** Complements that carry the content of a claim, in order of preference. */
    private static final List<String> CONTENT_RELATIONS = List.of("ccomp", "xcomp", "obl:for", "obl:of", "obl:about",
            "obl:on", "obj");
    /** Verbs that report only with "for" ("calls for", "pushes for"). */
    private static final Set<String> NEEDS_FOR = Set.of("call", "push");
    private static final Set<String> ADVOCACY = Set.of("advocate", "urge", "call", "push", "demand", "propose",
            "recommend");
    /** Words that make a reported claim a call for action ("warn of a need for…"). */
    private static final Set<String> PRESCRIPTIVE = Set.of("need", "should", "must", "ought");
    /** Words allowed between a subject and its verb when the parser missed the subject ("Joly is advocating"). */
    private static final Set<String> AUXILIARY_TAGS = Set.of("MD", "VBZ", "VBP", "VBD", "VB", "VBN", "RB");
    private static final Set<String> AGENT_TYPES = Set.of("Person", "Organization", "Government", "Alliance",
            "Country", "UnnamedGroup");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "possibly", "perhaps");

    private final Lexicon lexicon;

    ClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Claims and the advocacy relationships they imply. */
    record Found(List<ClaimSpec> claims, List<RelationSpec> relations) {}

    Found find(String text, List<SentenceGraph> sentences, MentionIndex mentions) {
        List<ClaimSpec> claims = new ArrayList<>();
        List<RelationSpec> relations = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            Evidence evidence = Evidence.of(text, s.begin(), s.end());
            for (IndexedWord verb : s.graph.vertexListSorted()) {
                String lemma = lemma(verb);
                Optional<Double> confidence = lexicon.reportingConfidence(lemma);
                if (!verb.tag().startsWith("VB") || confidence.isEmpty()) {
                    continue;
                }
                Optional<ExtractedEntity> source = s.dependents(verb, "nsubj").stream()
                        .flatMap(subj -> mentions.at(s.index, subj.beginPosition(), subj.endPosition()).stream())
                        .findFirst()
                        .or(() -> mentionRightBefore(s, verb, mentions));
                Optional<IndexedWord> content = content(s, verb, lemma);
                if (source.isEmpty() || content.isEmpty()) {
                    continue;
                }
                int[] range = s.subtreeRange(content.get());
                String claimText = text.substring(range[0], range[1]);
                boolean hedged = s.tokens(range[0], range[1]).stream().anyMatch(t -> HEDGES.contains(t.word().toLowerCase(Locale.ROOT)));
                double score = RelationFinder.round(confidence.get() * (hedged ? 0.8 : 1.0));
                List<ExtractedEntity> about = mentions.within(s.index, range[0], range[1]).stream()
                        .filter(e -> e != source.get()).toList();
                String verbText = NEEDS_FOR.contains(lemma) ? lemma + " for" : lemma;
                claims.add(new ClaimSpec(source.get().id(), verbText, claimText, about.stream().map(ExtractedEntity::id).toList(),
                        evidence.quote(), evidence.occurrence(), score, 0));
                boolean prescriptive = s.tokens(range[0], range[1]).stream()
                        .anyMatch(t -> PRESCRIPTIVE.contains(t.lemma().toLowerCase(Locale.ROOT)));
                if (ADVOCACY.contains(lemma) || prescriptive) {
                    for (ExtractedEntity e : about) {
                        if (e.type().equals("Topic") || e.type().equals("Event")) {
                            relations.add(new RelationSpec(source.get().id(), "advocates", e.id(), evidence.quote(),
                                    evidence.occurrence(), source.get().id(), score, verbText, List.of(), 0));
                        }
                    }
                }
            }
        }
        return new Found(claims, relations);
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

    private static Optional<IndexedWord> content(SentenceGraph s, IndexedWord verb, String lemma) {
        for (String relation : CONTENT_RELATIONS) {
            if (NEEDS_FOR.contains(lemma) && !relation.equals("obl:for")) {
                continue;
            }
            List<IndexedWord> found = s.dependents(verb, relation);
            if (!found.isEmpty()) {
                return Optional.of(found.getFirst());
            }
        }
        return Optional.empty();
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
