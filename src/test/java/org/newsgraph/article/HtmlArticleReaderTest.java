package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <title>Ottawa rethinks ties | The Daily Example</title>
              <meta property="og:title" content="Ottawa rethinks intelligence ties">
              <meta property="article:published_time" content="2025-03-20T09:30:00Z">
              <link rel="canonical" href="https://news.example/world/ottawa-rethinks">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "The Daily Example"},
                {"@type": "NewsArticle", "headline": "Ottawa rethinks intelligence ties",
                 "author": [{"@type": "Person", "name": "Jane Reporter"}, {"@type": "Person", "name": "Sam Writer"}],
                 "datePublished": "2025-03-19"}]}
              </script>
            </head><body>
              <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
              <article>
                <h1>Ottawa rethinks intelligence ties</h1>
                <p>Canada is reviewing how much intelligence it shares with the United States.</p>
                <aside><p>Read more: Ten best hiking trails</p></aside>
                <p>Experts say that the country should look for other partners in Europe.</p>
                <script>trackPageView();</script>
              </article>
              <footer><p>Copyright The Daily Example</p></footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void readsMetadataFromTheHeadAndTextFromTheArticle() throws IOException {
        NewsArticle article = new ArticleReader().read(Files.writeString(dir.resolve("page.html"), PAGE));
        assertEquals("Ottawa rethinks intelligence ties", article.title());
        assertEquals("Jane Reporter, Sam Writer", article.author());
        assertEquals("2025-03-20", article.published());
        assertEquals("https://news.example/world/ottawa-rethinks", article.url());
        assertEquals("Ottawa rethinks intelligence ties\n\n"
                + "Canada is reviewing how much intelligence it shares with the United States.\n\n"
                + "Experts say that the country should look for other partners in Europe.", article.text().text());
    }

    @Test
    void takesJsonLdWhenTheHeadHasNoOpenGraph() throws IOException {
        String page = PAGE.replace("<meta property=\"og:title\" content=\"Ottawa rethinks intelligence ties\">", "")
                .replace("<meta property=\"article:published_time\" content=\"2025-03-20T09:30:00Z\">", "")
                .replace("\"headline\": \"Ottawa rethinks intelligence ties\"", "\"headline\": \"From JSON-LD\"");
        NewsArticle article = new ArticleReader().read(Files.writeString(dir.resolve("page.html"), page));
        assertEquals("From JSON-LD", article.title());
        assertEquals("2025-03-19", article.published());
    }

    @Test
    void pageWithoutArticleText() throws IOException {
        Path file = Files.writeString(dir.resolve("nav.html"), "<html><body><nav><p>Home</p></nav></body></html>");
        assertEquals(file + ": the page has no article text",
                assertThrows(ArticleInputException.class, () -> new ArticleReader().read(file)).getMessage());
    }
}
