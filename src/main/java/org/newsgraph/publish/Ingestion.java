package org.newsgraph.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.newsgraph.annotation.AnnotationFiles;
import org.newsgraph.article.ArticleInputException;
import org.newsgraph.article.PlainTextReader;

/**
 * Adds new articles to the project and republishes: either all of them are converted, validated, written
 * (text, annotation, data/rdf) — or, on any error, nothing is.
 */
public final class Ingestion {
    private final Path root;
    private final DatasetBuilder builder;
    private Map<String, Path> annotationsByText;

    public Ingestion(Path projectRoot) {
        this.root = projectRoot;
        this.builder = new DatasetBuilder(projectRoot);
    }

    /** The annotation already in the project for an article with exactly this text: a curated one wins over extraction. */
    public Optional<Path> existingAnnotationFor(String text) {
        if (annotationsByText == null) {
            annotationsByText = indexAnnotationsByText();
        }
        return Optional.ofNullable(annotationsByText.get(text));
    }

    /** Reads every annotation's article once, however many articles are being ingested. */
    private Map<String, Path> indexAnnotationsByText() {
        PlainTextReader reader = new PlainTextReader();
        Map<String, Path> byText = new HashMap<>();
        for (Path file : builder.annotationFiles()) {
            String textPath = AnnotationFiles.read(file).article().text();
            try {
                if (textPath != null) {
                    byText.putIfAbsent(reader.read(root.resolve(textPath)).text(), file);
                }
            } catch (ArticleInputException e) {
                // an annotation whose text is missing is reported by convert; it cannot match here
            }
        }
        return byText;
    }

    /**
     * Publishes the project plus {@code articles}; an article already published under its id is left as it is. An
     * article whose id is another article's, published or in the same call, is an error: nothing is published.
     *
     * @return the ids of the articles that were added
     */
    public List<String> ingest(List<PendingArticle> articles) {
        Map<String, PendingArticle> fresh = new LinkedHashMap<>();
        for (PendingArticle article : articles) {
            // the text the id's annotation reads, when it is published; else the file the article's text would be
            Path published = Files.exists(article.annotationFile(root))
                    ? root.resolve(AnnotationFiles.read(article.annotationFile(root)).article().text())
                    : article.textFile(root);
            if (Files.exists(published) && !readText(published).equals(article.text())) {
                throw new ArticleInputException(article.source(), "its article id '" + article.id()
                        + "' is taken by another article, " + published + "; rename the file");
            }
            PendingArticle same = fresh.get(article.id());
            if (same != null && !same.text().equals(article.text())) {
                throw new ArticleInputException(article.source(), "its article id '" + article.id()
                        + "' is also that of " + same.source() + ", another article; rename one of the files");
            }
            if (!Files.exists(article.annotationFile(root))) {
                fresh.putIfAbsent(article.id(), article);
            }
        }
        List<PendingArticle> added = new ArrayList<>(fresh.values());
        Dataset dataset = builder.build(builder.annotationFiles(), added);
        try {
            for (PendingArticle article : added) {
                Files.createDirectories(article.textFile(root).getParent());
                Files.writeString(article.textFile(root), article.text(), StandardCharsets.UTF_8);
                AnnotationFiles.write(article.annotation(), article.annotationFile(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new articles into " + root, e);
        }
        Publication.publish(dataset, publishedDir(root), DatasetBuilder.contextFile(root));
        return added.stream().map(PendingArticle::id).toList();
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path publishedDir(Path projectRoot) {
        return projectRoot.resolve("data/rdf");
    }
}
