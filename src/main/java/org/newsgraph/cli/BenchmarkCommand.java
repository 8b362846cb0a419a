package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationFiles;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.article.NifCorpus;
import org.newsgraph.article.PlainTextReader;
import org.newsgraph.convert.OntologyIndex;
import org.newsgraph.extract.AnnotationComparison;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.NifAnnotator;
import org.newsgraph.extract.NifComparison;
import org.newsgraph.extract.NlpPipeline;
import org.newsgraph.extract.Score;
import org.newsgraph.extract.TitleRedirects;
import org.newsgraph.publish.DatasetBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures extraction quality against the hand annotation of the seed article and the RSS-500 NIF corpus. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measure extraction quality and print a table: entities and relationships of the seed article"
                + " against its hand annotation, and mention recognition and linking on a NIF corpus (RSS-500),"
                + " with plain CoreNLP (ner + entitylink) as a baseline measured in the same run.",
                "Loads Stanford CoreNLP once (run with -Xmx6g); takes several minutes."})
public final class BenchmarkCommand implements Callable<Integer> {
    @Option(names = "--root", description = "Project root (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path root;

    @Option(names = "--seed", paramLabel = "FILE", description = "Hand annotation of the seed article"
            + " (default: ${DEFAULT-VALUE}, under --root).", defaultValue = "data/annotations/canada-us-intelligence-sharing.yaml")
    Path seed;

    @Option(names = "--nif", paramLabel = "FILE", description = "NIF gold corpus (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/eval/RSS-500.ttl")
    Path nif;

    @Option(names = "--limit", description = "Only the first N documents of the NIF corpus (default: all; 0 skips it).")
    Integer limit;

    @Option(names = "--verbose", description = "Also list what was missed.")
    boolean verbose;

    @Override
    public Integer call() {
        Path seedFile = root.resolve(seed);
        if (!Files.isRegularFile(seedFile)) {
            throw new UserInputException("no seed annotation " + seedFile + " (use --seed)");
        }
        if (!Files.isRegularFile(nif)) {
            throw new UserInputException("no NIF corpus " + nif + " (use --nif)");
        }
        Extractor extractor = new Extractor(NlpPipeline.shared());
        List<String> rows = new ArrayList<>();
        seedRows(extractor, seedFile, rows);
        nifRows(extractor, rows);
        System.out.println();
        System.out.println("| data | measure | system | precision | recall | F1 |");
        System.out.println("| --- | --- | --- | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
        return 0;
    }

    private void seedRows(Extractor extractor, Path seedFile, List<String> rows) {
        Annotation gold = AnnotationFiles.read(seedFile);
        String text = new PlainTextReader().read(root.resolve(gold.article().text())).text();
        Annotation extracted = extractor.extract(gold.article(), text).annotation();
        AnnotationComparison comparison = new AnnotationComparison(extracted, gold,
                OntologyIndex.load(DatasetBuilder.ontologyFile(root)));
        rows.add(row("seed article", "entities", "newsgraph", comparison.entities()));
        rows.add(row("seed article", "relationships (predicate or super-property)", "newsgraph", comparison.relations(true)));
        rows.add(row("seed article", "relationships (exact predicate)", "newsgraph", comparison.relations(false)));
        rows.add(row("seed article", "claims (same source, one evidence contains the other)", "newsgraph",
                comparison.claims()));
        if (verbose) {
            for (EntitySpec missed : comparison.unmatchedGold()) {
                System.out.printf("missed entity: %s %s (%s)%n", missed.type(), missed.label(), missed.dbpedia());
            }
            for (RelationSpec missed : comparison.unmatchedGoldRelations()) {
                System.out.printf("missed relationship: %s %s %s%n", missed.subject(), missed.predicate(), missed.object());
            }
            for (RelationSpec wrong : comparison.unmatchedExtractedRelations()) {
                System.out.printf("spurious relationship: %s %s %s (%s)%n", wrong.subject(), wrong.predicate(),
                        wrong.object(), wrong.evidence());
            }
            for (ClaimSpec missed : comparison.unmatchedGoldClaims()) {
                System.out.printf("missed claim: %s %s: %s%n", missed.source(), missed.verb(), missed.evidence());
            }
        }
    }

    private void nifRows(Extractor extractor, List<String> rows) {
        List<NifCorpus.Document> corpus = NifCorpus.read(nif);
        if (limit != null && limit < corpus.size()) {
            corpus = corpus.subList(0, limit);
        }
        if (corpus.isEmpty()) {
            return;
        }
        NifAnnotator annotator = new NifAnnotator(extractor);
        Score recognition = new Score(0, 0, 0, 0);
        Score linking = new Score(0, 0, 0, 0);
        Score baseRecognition = new Score(0, 0, 0, 0);
        Score baseLinking = new Score(0, 0, 0, 0);
        Score redirectLinking = new Score(0, 0, 0, 0);
        Score baseRedirectLinking = new Score(0, 0, 0, 0);
        TitleRedirects redirects = new TitleRedirects(NlpPipeline.shared());
        for (NifCorpus.Document gold : corpus) {
            Extractor.Extraction extraction = annotator.extract(gold);
            List<NifCorpus.Phrase> ours = NifAnnotator.phrases(gold, extraction.entities()).phrases();
            List<NifCorpus.Phrase> base = NifAnnotator.plainCoreNlp(extraction.document());
            recognition = recognition.plus(NifComparison.recognition(ours, gold.phrases()));
            linking = linking.plus(NifComparison.linking(ours, gold.phrases()));
            baseRecognition = baseRecognition.plus(NifComparison.recognition(base, gold.phrases()));
            baseLinking = baseLinking.plus(NifComparison.linking(base, gold.phrases()));
            redirectLinking = redirectLinking.plus(NifComparison.linking(ours, gold.phrases(), redirects));
            baseRedirectLinking = baseRedirectLinking.plus(NifComparison.linking(base, gold.phrases(), redirects));
            if (verbose) {
                report(gold, ours);
            }
        }
        String data = nif.getFileName() + " (" + corpus.size() + " documents)";
        rows.add(row(data, "mention recognition (overlap)", "newsgraph", recognition));
        rows.add(row(data, "mention recognition (overlap)", "plain CoreNLP", baseRecognition));
        rows.add(row(data, "linking (exact span, same DBpedia resource)", "newsgraph", linking));
        rows.add(row(data, "linking (exact span, same DBpedia resource)", "plain CoreNLP", baseLinking));
        rows.add(row(data, "linking (exact span, same resource or renamed title)", "newsgraph", redirectLinking));
        rows.add(row(data, "linking (exact span, same resource or renamed title)", "plain CoreNLP", baseRedirectLinking));
    }

    private static void report(NifCorpus.Document gold, List<NifCorpus.Phrase> ours) {
        for (NifCorpus.Phrase g : gold.phrases()) {
            boolean found = ours.stream().anyMatch(p -> p.begin() < g.end() && g.begin() < p.end());
            if (!found) {
                System.out.printf("missed: %s [%s]%n", g.anchor(), g.identRef());
            }
        }
        for (NifCorpus.Phrase p : ours) {
            boolean right = gold.phrases().stream().anyMatch(g -> p.begin() < g.end() && g.begin() < p.end());
            if (!right) {
                System.out.printf("spurious: %s [%s]%n", p.anchor(), p.classRef());
            }
        }
    }

    private static String row(String data, String measure, String system, Score s) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f |", data, measure, system,
                s.precision(), s.recall(), s.f1());
    }
}
