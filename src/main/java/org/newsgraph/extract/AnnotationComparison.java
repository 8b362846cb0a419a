package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.convert.OntologyIndex;
import org.newsgraph.convert.Vocab;

/**
 * Compares an extracted annotation with a hand-written one. Entities match by DBpedia link, else by type and a
 * shared normalised name (label or alias); relationships match when subject and object match and the extracted
 * predicate is the gold one or, leniently, one of its super-properties; claims match when they have the same source
 * (the article, or matching entities) and one's evidence contains the other's (a gold claim may rest on one clause of
 * the sentence an extracted claim quotes whole).
 */
public final class AnnotationComparison {
    private final Annotation extracted;
    private final Annotation gold;
    private final OntologyIndex ontology;

    public AnnotationComparison(Annotation extracted, Annotation gold, OntologyIndex ontology) {
        this.extracted = extracted;
        this.gold = gold;
        this.ontology = ontology;
    }

    public Score entities() {
        int matchedPredicted = (int) extracted.entities().stream()
                .filter(e -> gold.entities().stream().anyMatch(g -> same(e, g))).count();
        int matchedGold = (int) gold.entities().stream()
                .filter(g -> extracted.entities().stream().anyMatch(e -> same(e, g))).count();
        return new Score(matchedPredicted, extracted.entities().size(), matchedGold, gold.entities().size());
    }

    /** The extracted items that match some gold item, and the gold items some extracted item matches. */
    private record Matching<T>(Set<T> extracted, Set<T> gold) {
        Score score(List<T> allExtracted, List<T> allGold) {
            return new Score(extracted.size(), allExtracted.size(), gold.size(), allGold.size());
        }
    }

    /** @param lenient whether a super-property of the gold predicate (up to relatedTo) also matches */
    public Score relations(boolean lenient) {
        return matchRelations(lenient).score(extracted.relations(), gold.relations());
    }

    /** Gold relationships no extracted one matches (leniently), to see what extraction misses. */
    public List<RelationSpec> unmatchedGoldRelations() {
        Set<RelationSpec> found = matchRelations(true).gold();
        return gold.relations().stream().filter(r -> !found.contains(r)).toList();
    }

    /** Extracted relationships no gold one matches (leniently), to see what extraction gets wrong. */
    public List<RelationSpec> unmatchedExtractedRelations() {
        Set<RelationSpec> matched = matchRelations(true).extracted();
        return extracted.relations().stream().filter(r -> !matched.contains(r)).toList();
    }

    public Score claims() {
        return matchClaims().score(extracted.claims(), gold.claims());
    }

    /** Gold claims no extracted claim matches. */
    public List<ClaimSpec> unmatchedGoldClaims() {
        Set<ClaimSpec> found = matchClaims().gold();
        return gold.claims().stream().filter(c -> !found.contains(c)).toList();
    }

    private Matching<ClaimSpec> matchClaims() {
        Map<String, EntitySpec> extractedById = byId(extracted);
        Map<String, EntitySpec> goldById = byId(gold);
        Matching<ClaimSpec> matching = new Matching<>(new HashSet<>(), new HashSet<>());
        for (ClaimSpec x : extracted.claims()) {
            List<ClaimSpec> matches = gold.claims().stream()
                    .filter(g -> sameSource(x.source(), g.source(), extractedById, goldById))
                    .filter(g -> oneContainsTheOther(x.evidence(), g.evidence()))
                    .toList();
            if (!matches.isEmpty()) {
                matching.extracted().add(x);
                matching.gold().addAll(matches);
            }
        }
        return matching;
    }

    private static boolean sameSource(String extractedSource, String goldSource, Map<String, EntitySpec> extractedById,
            Map<String, EntitySpec> goldById) {
        if (extractedSource.equals(Annotation.ARTICLE_SOURCE) || goldSource.equals(Annotation.ARTICLE_SOURCE)) {
            return extractedSource.equals(goldSource);
        }
        return sameEnd(extractedById.get(extractedSource), goldById.get(goldSource));
    }

    private static boolean oneContainsTheOther(String a, String b) {
        String x = a.strip().replaceAll("\\s+", " ");
        String y = b.strip().replaceAll("\\s+", " ");
        return x.contains(y) || y.contains(x);
    }

    private Matching<RelationSpec> matchRelations(boolean lenient) {
        Map<String, EntitySpec> extractedById = byId(extracted);
        Map<String, EntitySpec> goldById = byId(gold);
        Matching<RelationSpec> matching = new Matching<>(new HashSet<>(), new HashSet<>());
        for (RelationSpec x : extracted.relations()) {
            for (RelationSpec g : gold.relations()) {
                if (sameEnd(extractedById.get(x.subject()), goldById.get(g.subject()))
                        && sameEnd(extractedById.get(x.object()), goldById.get(g.object()))
                        && predicateMatches(x.predicate(), g.predicate(), lenient)) {
                    matching.extracted().add(x);
                    matching.gold().add(g);
                }
            }
        }
        return matching;
    }

    private boolean predicateMatches(String extractedPredicate, String goldPredicate, boolean lenient) {
        if (extractedPredicate.equals(goldPredicate)) {
            return true;
        }
        if (!lenient) {
            return false;
        }
        Set<Property> supers = ontology.superProperties(Vocab.ngProperty(goldPredicate));
        return supers.contains(Vocab.ngProperty(extractedPredicate));
    }

    private static boolean sameEnd(EntitySpec e, EntitySpec g) {
        return e != null && g != null && same(e, g);
    }

    static boolean same(EntitySpec e, EntitySpec g) {
        if (e.dbpedia() != null && g.dbpedia() != null) {
            return e.dbpedia().equals(g.dbpedia());
        }
        if (!e.type().equals(g.type())) {
            return false;
        }
        Set<String> names = names(e);
        return names(g).stream().anyMatch(names::contains);
    }

    private static Set<String> names(EntitySpec e) {
        Set<String> names = new HashSet<>();
        names.add(EntityMerger.normalise(e.label()));
        e.aliases().forEach(a -> names.add(EntityMerger.normalise(a)));
        return names;
    }

    private static Map<String, EntitySpec> byId(Annotation a) {
        return a.entities().stream().collect(Collectors.toMap(EntitySpec::id, Function.identity(), (x, y) -> x));
    }

    /** Gold entities no extracted entity matches, to see what extraction misses. */
    public List<EntitySpec> unmatchedGold() {
        return gold.entities().stream().filter(g -> extracted.entities().stream().noneMatch(e -> same(e, g))).toList();
    }
}
