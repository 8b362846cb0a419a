package org.newsgraph.article;

import java.nio.file.Path;
import java.util.Locale;

/** Reads an English article from a file: HTML pages by their extension, anything else as plain UTF-8 text. */
public final class ArticleReader {
    /** A first line this short is a headline, not a paragraph. */
    private static final int MAX_HEADLINE = 200;

    private final PlainTextReader plain = new PlainTextReader();
    private final HtmlArticleReader html = new HtmlArticleReader();

    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    public NewsArticle read(Path file) {
        if (isHtml(file)) {
            return html.read(file);
        }
        ArticleText text = plain.read(file);
        EnglishCheck.require(file, text.text());
        String firstLine = text.text().strip().lines().findFirst().orElse("").strip();
        String title = firstLine.length() <= MAX_HEADLINE ? firstLine : null;
        return new NewsArticle(text, title, null, null, null);
    }
}
