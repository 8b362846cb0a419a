package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.WikidictAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The Stanford CoreNLP pipeline, loaded once per process: loading takes about a minute and several GB of heap,
 * annotating an article a few seconds.
 */
public final class NlpPipeline {
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp,entitylink";

    private static NlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    private final WikidictAnnotator dictionary;
    private final PrintStream log;

    private NlpPipeline(PrintStream log) {
        this.log = log;
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ner.applyFineGrained", "true");
        // Headlines, bylines and paragraphs end at a line break, as in the converter's sentence splitter.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        long start = System.nanoTime();
        pipeline = new StanfordCoreNLP(props);
        dictionary = (WikidictAnnotator) StanfordCoreNLP.getExistingAnnotator("entitylink");
        log.printf("Loaded CoreNLP models (%s) in %.1f s%n", ANNOTATORS, seconds(start));
    }

    /** The process-wide pipeline, loaded on first use; progress goes to standard error. */
    public static synchronized NlpPipeline shared() {
        if (shared == null) {
            shared = new NlpPipeline(System.err);
        }
        return shared;
    }

    /** Annotates one document and prints how long it took. */
    public CoreDocument annotate(String name, String text) {
        long start = System.nanoTime();
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        log.printf("Annotated %s (%d characters) in %.2f s%n", name, text.length(), seconds(start));
        return document;
    }

    /** The Wikipedia title the entitylink annotator's dictionary gives a name (case-sensitive), if any. */
    public Optional<String> wikipediaTitle(String name) {
        CoreMap mention = new ArrayCoreMap();
        mention.set(CoreAnnotations.TextAnnotation.class, name);
        mention.set(CoreAnnotations.NamedEntityTagAnnotation.class, "MISC"); // any tag but a date or time
        return dictionary.link(mention);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
