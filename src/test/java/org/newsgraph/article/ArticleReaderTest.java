package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final String ENGLISH = "Canada is reconsidering how much intelligence it shares with the United States,"
            + " and experts say that the country should look for other partners.";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsEnglishTextWithItsFirstLineAsTitle() throws IOException {
        Path file = write("a.txt", "Canada rethinks ties\n\n" + ENGLISH);
        NewsArticle article = reader.read(file);
        assertEquals("Canada rethinks ties", article.title());
        assertEquals("Canada rethinks ties\n\n" + ENGLISH, article.text().text());
        assertNull(article.published());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.txt");
        assertEquals(file + ": article file not found", message(file));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.txt", "  \n\t\n");
        assertEquals(file + ": the article is empty", message(file));
    }

    @Test
    void binaryFile() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {'a', 'b', 0, 'c'});
        assertEquals(file + ": the article is binary, not text (it contains NUL bytes)", message(file));
    }

    @Test
    void invalidUtf8() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Québec".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(file + ": the article is not UTF-8 text", message(file));
    }

    @Test
    void overSizeFile() throws IOException {
        Path file = write("big.txt", (ENGLISH + "\n").repeat(1_000_000 / ENGLISH.length() + 1));
        assertEquals(file + ": the article is larger than 1000000 bytes", message(file));
    }

    @Test
    void nonEnglishText() throws IOException {
        Path file = write("fr.txt", "Le Canada réévalue le partage de renseignements avec les États-Unis, et des experts"
                + " estiment que le pays doit chercher de nouveaux partenaires en Europe.");
        assertEquals(file + ": the article is not in English (only 0 of its 25 words are common English words;"
                + " at least 15 % expected)", message(file));
    }

    @Test
    void textInAnotherScript() throws IOException {
        Path file = write("ru.txt", "Канада пересматривает обмен разведывательными данными с Соединёнными Штатами и ищет новых партнёров.");
        assertEquals(file + ": the article is not in English (only 0 of its 12 words are common English words;"
                + " at least 15 % expected)", message(file));
    }

    @Test
    void textWithoutWords() throws IOException {
        Path file = write("numbers.txt", "2024 2025 — 17 % / 42");
        assertEquals(file + ": the article has no words", message(file));
    }

    private String message(Path file) {
        return assertThrows(ArticleInputException.class, () -> reader.read(file)).getMessage();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
