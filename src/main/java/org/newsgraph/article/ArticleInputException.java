package org.newsgraph.article;

import java.nio.file.Path;

/** An article file that cannot be read as an article; the message names the file and the problem. */
public class ArticleInputException extends RuntimeException {
    public ArticleInputException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
