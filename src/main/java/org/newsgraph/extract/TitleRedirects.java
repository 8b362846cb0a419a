package org.newsgraph.extract;

import java.util.function.BiPredicate;

/**
 * Whether two Wikipedia titles name one resource across Wikipedia versions: equal, or one is the title CoreNLP's
 * dictionary is sure of for the other's words ("Timothy D. Cook" → Tim_Cook's newer title, "Barclays" →
 * "Barclays_plc"). Gold corpora such as RSS-500 use DBpedia 3.9 titles and GERBIL resolves renamed ones through
 * DBpedia's redirects; offline, an old title used as link text for the new one is the redirect's trace.
 */
public final class TitleRedirects implements BiPredicate<String, String> {
    private final NlpPipeline pipeline;
    private final LinkConfidence confidence = LinkConfidence.shared();

    public TitleRedirects(NlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public boolean test(String a, String b) {
        return a.equals(b) || redirects(a, b) || redirects(b, a);
    }

    private boolean redirects(String from, String to) {
        String words = from.replace('_', ' ');
        return confidence.sure(words) && pipeline.wikipediaTitle(words).filter(to::equals).isPresent();
    }
}
