package org.newsgraph.article;

import java.nio.file.Path;

/** The text of one article as read from its source file, with the SHA-256 of the file's bytes. */
public record ArticleText(Path source, String text, String sha256) {

    /** Number of Unicode code points, the unit of NIF offsets. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** Converts a Java char index into a code-point offset. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
