package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/** Renders page models with the mustache templates in {@code templates/}; mustache escapes every value as HTML. */
final class HtmlRenderer {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> templates;
    /** Values every page can use; a page's own fields take precedence. */
    private final Map<String, Object> shared;

    HtmlRenderer(String base) {
        this.templates = Map.of(
                "resource", compile("resource"),
                "graph", compile("graph"),
                "home", compile("home"),
                "message", compile("message"),
                "query", compile("query"));
        this.shared = Map.of("base", base, "alternates", List.of());
    }

    void render(String template, Object page, Writer out) {
        Mustache mustache = templates.get(template);
        if (mustache == null) {
            throw new IllegalArgumentException("No HTML template named " + template);
        }
        mustache.execute(out, new Object[] {shared, page});
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Mustache compile(String name) {
        return factory.compile(name + ".mustache");
    }
}
