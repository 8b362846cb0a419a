package org.newsgraph.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.convert.Uris;

/**
 * Reads a news web page: title, author, publication date and canonical URL from its head (Open Graph
 * {@code og:*}, {@code article:*}, schema.org JSON-LD) and the article body without navigation and boilerplate.
 */
public final class HtmlArticleReader {
    /** Elements that never hold the article's own text. */
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, form, iframe, "
            + "button, svg, template, figure, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true]";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlainTextReader files = new PlainTextReader();

    public NewsArticle read(Path file) {
        ArticleText page = files.read(file);
        Document html = Jsoup.parse(page.text());
        Optional<JsonNode> ld = jsonLdArticle(html);
        String title = first(meta(html, "og:title"), ld.map(n -> text(n.get("headline"))),
                Optional.of(html.title()), Optional.ofNullable(html.selectFirst("h1")).map(Element::text));
        String author = first(meta(html, "article:author"), meta(html, "author"), ld.map(n -> author(n.get("author"))));
        String published = first(meta(html, "article:published_time"), ld.map(n -> text(n.get("datePublished"))),
                meta(html, "date"), Optional.ofNullable(html.selectFirst("time[datetime]")).map(t -> t.attr("datetime")));
        String url = first(Optional.ofNullable(html.selectFirst("link[rel=canonical]")).map(l -> l.attr("href")),
                meta(html, "og:url"), ld.map(n -> text(n.get("url"))));
        String body = body(html);
        if (body.isBlank()) {
            throw new ArticleInputException(file, "the page has no article text");
        }
        EnglishCheck.require(file, body);
        return new NewsArticle(new ArticleText(file, body, Uris.sha256Hex(body)), title, author, isoDate(published), url);
    }

    /** The paragraphs of the main content: the largest {@code <article>}, else {@code <main>}, else the body. */
    private static String body(Document html) {
        html.select(BOILERPLATE).remove();
        Element container = html.select("article, [itemprop=articleBody]").stream()
                .max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
                .or(() -> Optional.ofNullable(html.selectFirst("main")))
                .orElse(html.body());
        if (container == null) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        for (Element e : container.select("h1, h2, h3, p, li, blockquote")) {
            String text = e.text().strip();
            boolean nested = e.parents().stream().takeWhile(p -> p != container).anyMatch(p -> p.is("p, li, blockquote"));
            if (!text.isEmpty() && !nested) {
                blocks.add(text);
            }
        }
        return blocks.isEmpty() ? container.text().strip() : String.join("\n\n", blocks);
    }

    /** The first schema.org node of JSON-LD whose type is an article (NewsArticle, ReportageNewsArticle, …). */
    private static Optional<JsonNode> jsonLdArticle(Document html) {
        for (Element script : html.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // a broken JSON-LD block is common on the web; the page's other metadata still count
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> found = findArticle(n);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        JsonNode type = node.get("@type");
        if (type != null && type.toString().contains("Article")) {
            return Optional.of(node);
        }
        return findArticle(node.get("@graph"));
    }

    private static String author(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> Optional.ofNullable(author(a)).ifPresent(names::add));
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return author.isObject() ? text(author.get("name")) : text(author);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }

    private static Optional<String> meta(Document html, String name) {
        Element e = html.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content"));
    }

    @SafeVarargs
    private static String first(Optional<String>... values) {
        for (Optional<String> v : values) {
            if (v.isPresent() && !v.get().isBlank()) {
                return v.get().strip();
            }
        }
        return null;
    }

    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        return m.find() ? m.group() : null;
    }
}
