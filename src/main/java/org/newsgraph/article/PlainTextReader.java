package org.newsgraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.newsgraph.convert.Uris;

/** Reads an article stored as plain UTF-8 text. */
public final class PlainTextReader {
    /** Larger files are not news articles; refusing them keeps memory bounded. */
    public static final long MAX_BYTES = 1_000_000;

    public ArticleText read(Path file) {
        byte[] bytes = readBytes(file);
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new ArticleInputException(file, "the article is empty");
        }
        return new ArticleText(file, text, HexFormat.of().formatHex(Uris.sha256(bytes)));
    }

    private static byte[] readBytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArticleInputException(file, "article file not found");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ArticleInputException(file, "the article is larger than " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleInputException(file, "cannot read the article: " + e.getMessage());
        }
    }

    private static String decode(Path file, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new ArticleInputException(file, "the article is binary, not text (it contains NUL bytes)");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ArticleInputException(file, "the article is not UTF-8 text");
        }
    }
}
