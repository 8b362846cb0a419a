package org.newsgraph.serve;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a plain GET of the SPARQL endpoint (no {@code query} parameter, e.g. someone following
 * {@code void:sparqlEndpoint} in a browser) with a query form instead of Fuseki's 404. Everything else goes to Fuseki.
 */
final class QueryFormFilter extends HttpFilter {
    private final transient HtmlRenderer html;
    private final String endpoint;

    QueryFormFilter(HtmlRenderer html, String endpoint) {
        this.html = html;
        this.endpoint = endpoint;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/html; charset=utf-8");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            html.render("query", Map.of("title", "SPARQL endpoint", "sparql", endpoint), out);
        }
    }
}
