package org.newsgraph.annotation;

import java.nio.file.Path;

/**
 * A problem in an annotation file, reported as {@code file:line: problem}, or {@code file: problem} when no line is
 * known (a missing file, or a draft extraction made that is not written yet).
 */
public class AnnotationException extends RuntimeException {
    public AnnotationException(Path file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }
}
