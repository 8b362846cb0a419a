package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.newsgraph.annotation.AnnotationFiles;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.NewsArticle;
import org.newsgraph.article.NifCorpus;
import org.newsgraph.convert.ArticleGraph;
import org.newsgraph.convert.Uris;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.NifAnnotator;
import org.newsgraph.extract.NlpPipeline;
import org.newsgraph.publish.DatasetBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Drafts an annotation file for an article, or annotates a NIF corpus, with automatic extraction. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities, relationships and claims from an English news article (plain UTF-8 text,"
                + " or an HTML page: .html/.htm) into a draft annotation file for an editor to review.",
                "With --nif, annotate every nif:Context of a NIF 2.0 corpus and write NIF phrases (GERBIL format).",
                "Loads Stanford CoreNLP once (about a minute; run with -Xmx6g)."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "ARTICLE", description = "The article file (.txt or .html).")
    Path article;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Draft annotation file to write (default: drafts/<id>.yaml); with --nif, the NIF output file.")
    Path out;

    @Option(names = "--rdf", paramLabel = "FILE",
            description = "Also write the graph the draft would publish (Turtle; TriG or N-Quads by extension).")
    Path rdf;

    @Option(names = "--nif", paramLabel = "IN.ttl", description = "Annotate a NIF corpus instead of one article.")
    Path nif;

    @Option(names = "--id", description = "Article id (default: from the file name).")
    String id;

    @Option(names = "--root", description = "Project root, for --rdf (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path root;

    @Override
    public Integer call() {
        if (nif != null) {
            return annotateNif();
        }
        if (article == null) {
            throw new UserInputException("give an ARTICLE file, or --nif IN.ttl --out OUT.ttl");
        }
        NewsArticle news = new ArticleReader().read(article);
        String articleId = id != null ? id : Uris.slug(stem(article));
        Path target = out != null ? out : Path.of("drafts", articleId + ".yaml");
        Path textFile = news.text().source();
        if (ArticleReader.isHtml(article)) {
            textFile = sibling(target, ".txt"); // an HTML page: keep the extracted body text beside the draft
            write(textFile, news.text().text());
        }
        String title = news.title() != null ? news.title() : stem(article);
        ArticleInfo info = new ArticleInfo(articleId, textLocation(textFile), title, "en", news.published(), news.url());
        Extractor.Extraction extraction = new Extractor(NlpPipeline.shared()).extract(info, news.text().text());
        AnnotationFiles.write(extraction.annotation(), target);
        System.out.printf("wrote %s: %d entities, %d relationships, %d claims%n", target,
                extraction.annotation().entities().size(), extraction.annotation().relations().size(),
                extraction.annotation().claims().size());
        if (rdf != null) {
            writeGraph(target);
        }
        return 0;
    }

    private Integer annotateNif() {
        if (out == null) {
            throw new UserInputException("--nif needs --out OUT.ttl");
        }
        List<NifCorpus.Document> corpus = NifCorpus.read(nif);
        NifAnnotator annotator = new NifAnnotator(new Extractor(NlpPipeline.shared()));
        List<NifCorpus.Document> annotated = new ArrayList<>();
        for (NifCorpus.Document d : corpus) {
            annotated.add(annotator.annotate(d));
        }
        NifCorpus.write(annotated, out);
        System.out.printf("wrote %s: %d documents, %d phrases%n", out, annotated.size(),
                annotated.stream().mapToInt(d -> d.phrases().size()).sum());
        return 0;
    }

    private void writeGraph(Path annotationFile) {
        ProjectRoot.requireOntology(root);
        ArticleGraph graph = new DatasetBuilder(root).convert(annotationFile);
        Lang lang = RDFLanguages.filenameToLang(rdf.toString(), Lang.TURTLE);
        try (OutputStream stream = Files.newOutputStream(createParent(rdf))) {
            if (RDFLanguages.isQuads(lang)) {
                Dataset dataset = DatasetFactory.create();
                dataset.addNamedModel(graph.graphUri(), graph.model());
                RDFDataMgr.write(stream, dataset, lang);
            } else {
                RDFDataMgr.write(stream, graph.model(), lang);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + rdf, e);
        }
        System.out.printf("wrote %s: %d triples in graph %s%n", rdf, graph.model().size(), graph.graphUri());
    }

    /** The text's path as the converter resolves it: relative to the project root when inside it. */
    private String textLocation(Path textFile) {
        Path absolute = textFile.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(createParent(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Path createParent(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return file;
    }
}
