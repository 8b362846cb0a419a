package org.newsgraph.annotation;

import java.nio.file.Path;

/** A problem in an annotation file, reported as {@code file:line: problem}. */
public class AnnotationException extends RuntimeException {
    public AnnotationException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
