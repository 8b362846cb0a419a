package org.newsgraph.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiPredicate;
import org.newsgraph.article.NifCorpus;
import org.newsgraph.convert.Vocab;

/**
 * Scores predicted NIF phrases against gold ones of the same document: mention recognition with overlap matching,
 * and linking over exact spans with the same DBpedia resource (gold links outside DBpedia, such as AKSW's
 * {@code notInWiki}, count as unlinked and are not linking targets).
 */
public final class NifComparison {
    private NifComparison() {}

    public static Score recognition(List<NifCorpus.Phrase> predicted, List<NifCorpus.Phrase> gold) {
        int matchedPredicted = (int) predicted.stream().filter(p -> gold.stream().anyMatch(g -> overlap(p, g))).count();
        int matchedGold = (int) gold.stream().filter(g -> predicted.stream().anyMatch(p -> overlap(p, g))).count();
        return new Score(matchedPredicted, predicted.size(), matchedGold, gold.size());
    }

    public static Score linking(List<NifCorpus.Phrase> predicted, List<NifCorpus.Phrase> gold) {
        return linking(predicted, gold, String::equals);
    }

    /** Linking where {@code sameResource} says whether two decoded resource names (titles) name one resource. */
    public static Score linking(List<NifCorpus.Phrase> predicted, List<NifCorpus.Phrase> gold,
            BiPredicate<String, String> sameResource) {
        List<NifCorpus.Phrase> linkedPredicted = predicted.stream().filter(NifComparison::linked).toList();
        List<NifCorpus.Phrase> linkedGold = gold.stream().filter(NifComparison::linked).toList();
        int matched = (int) linkedPredicted.stream().filter(p -> linkedGold.stream().anyMatch(g -> g.begin() == p.begin()
                && g.end() == p.end() && sameResource.test(resource(g), resource(p)))).count();
        return new Score(matched, linkedPredicted.size(), matched, linkedGold.size());
    }

    private static boolean overlap(NifCorpus.Phrase a, NifCorpus.Phrase b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private static boolean linked(NifCorpus.Phrase p) {
        return p.identRef() != null && p.identRef().startsWith(Vocab.DBPEDIA);
    }

    /** The resource name with percent-escapes decoded, so that "%27" and "'" compare equal. */
    private static String resource(NifCorpus.Phrase p) {
        String name = p.identRef().substring(Vocab.DBPEDIA.length());
        return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
