package org.newsgraph.publish;

import java.nio.file.Path;
import org.newsgraph.annotation.Annotation;

/**
 * An article on its way in: its text, the annotation made for it (usually by extraction) and the file it was read
 * from. Publishing it writes the text to {@code article.text} and the annotation to data/annotations/{id}.yaml.
 */
public record PendingArticle(Annotation annotation, String text, Path source) {
    public String id() {
        return annotation.article().id();
    }

    public Path textFile(Path projectRoot) {
        return projectRoot.resolve(annotation.article().text());
    }

    public Path annotationFile(Path projectRoot) {
        return DatasetBuilder.annotationDir(projectRoot).resolve(id() + ".yaml");
    }
}
