package org.newsgraph.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationException;
import org.newsgraph.annotation.AnnotationFiles;
import org.newsgraph.article.ArticleText;
import org.newsgraph.convert.ArticleConverter;
import org.newsgraph.convert.ArticleGraph;
import org.newsgraph.convert.DatasetDescription;
import org.newsgraph.convert.OntologyIndex;
import org.newsgraph.convert.Uris;
import org.newsgraph.validate.ShapesValidator;

/**
 * Builds the whole dataset from the project: the ontology graph, one validated graph per annotation file, and the
 * meta graph describing them. Any error stops the build before anything is written.
 */
public final class DatasetBuilder {
    private final Path root;
    private final OntologyIndex ontology;
    private final ShapesValidator validator;
    private final ArticleConverter converter;

    public DatasetBuilder(Path projectRoot) {
        this.root = projectRoot;
        this.ontology = OntologyIndex.load(ontologyFile(projectRoot));
        this.validator = new ShapesValidator(projectRoot.resolve("ontology/shapes.ttl"), ontology.model());
        this.converter = new ArticleConverter(ontology, projectRoot);
    }

    public static Path ontologyFile(Path projectRoot) {
        return projectRoot.resolve("ontology/newsgraph.ttl");
    }

    public static Path contextFile(Path projectRoot) {
        return projectRoot.resolve("ontology/context.jsonld");
    }

    public static Path annotationDir(Path projectRoot) {
        return projectRoot.resolve("data/annotations");
    }

    /** The annotation files of the project, in a stable order. */
    public List<Path> annotationFiles() {
        try (Stream<Path> files = Files.list(annotationDir(root))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + annotationDir(root), e);
        }
    }

    public Dataset build() {
        return build(annotationFiles());
    }

    public Dataset build(List<Path> files) {
        return build(files, List.of());
    }

    /** The dataset of the annotation files plus articles not yet written to the project. */
    public Dataset build(List<Path> files, List<PendingArticle> pending) {
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(Uris.ONTOLOGY_GRAPH, ontology.model());
        Map<String, Path> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<Map.Entry<Path, ArticleGraph>> graphs = new ArrayList<>();
        files.forEach(file -> graphs.add(Map.entry(file, convert(file))));
        pending.forEach(article -> graphs.add(Map.entry(article.annotationFile(root), convert(article))));
        for (Map.Entry<Path, ArticleGraph> entry : graphs) {
            ArticleGraph graph = entry.getValue();
            Path other = seen.putIfAbsent(graph.articleId(), entry.getKey());
            if (other != null) {
                throw new AnnotationException(entry.getKey(), 1, "article id '" + graph.articleId() + "' is also used by " + other);
            }
            dataset.addNamedModel(graph.graphUri(), graph.model());
            ids.add(graph.articleId());
        }
        dataset.addNamedModel(Uris.META_GRAPH, DatasetDescription.describe(dataset, ids));
        dataset.getDefaultModel().setNsPrefixes(ontology.model().getNsPrefixMap());
        return dataset;
    }

    /** Converts and validates one annotation file. */
    public ArticleGraph convert(Path annotationFile) {
        Annotation annotation = AnnotationFiles.read(annotationFile);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(annotationFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + annotationFile, e);
        }
        ArticleGraph graph = converter.convert(annotation, annotationFile, bytes);
        validator.requireConforms(graph.graphUri(), graph.model());
        return graph;
    }

    /** Converts and validates an article that is not yet written to the project, as it will be once written. */
    public ArticleGraph convert(PendingArticle article) {
        byte[] textBytes = article.text().getBytes(StandardCharsets.UTF_8);
        ArticleText text = new ArticleText(article.textFile(root), article.text(), HexFormat.of().formatHex(Uris.sha256(textBytes)));
        ArticleGraph graph = converter.convert(article.annotation(), text, article.annotation().article().text(),
                article.annotationFile(root), AnnotationFiles.toBytes(article.annotation()));
        validator.requireConforms(graph.graphUri(), graph.model());
        return graph;
    }

    public OntologyIndex ontology() {
        return ontology;
    }
}
