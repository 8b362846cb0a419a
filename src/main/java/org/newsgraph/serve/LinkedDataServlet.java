package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.convert.Uris;

/**
 * The linked-data side of the server. Every request path maps to the URI {@code base + path}:
 * <ul>
 * <li>{@code id/...}: 303 See Other to {@code doc/...} (404 if the URI occurs in no triple);</li>
 * <li>{@code doc/...}: the description of {@code id/...} (see {@link ResourceDescriber});</li>
 * <li>{@code graph/...}: the contents of that named graph;</li>
 * <li>{@code ontology}: the ontology graph, served directly with 200 (hash namespace: {@code ontology#Term}
 * dereferences to this document, and the HTML has an anchor per term);</li>
 * <li>{@code .well-known/void}: the graph {@code graph/meta} (VoID + DCAT);</li>
 * <li>{@code dumps/newsgraph.trig|nq|jsonld}: the whole store;</li>
 * <li>the empty path: the home page.</li>
 * </ul>
 * Documents are negotiated on Accept ({@code Vary: Accept}, Turtle for clients that accept anything) or fixed by a
 * suffix {@code .html .ttl .jsonld .rdf .nt}.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String HTML_TYPE = "text/html; charset=utf-8";

    /** Dump file name suffix → format and Content-Type. */
    private record Dump(RDFFormat format, String contentType) {}

    private static final Map<String, Dump> DUMPS = Map.of(
            "trig", new Dump(RDFFormat.TRIG_BLOCKS, "application/trig; charset=utf-8"),
            "nq", new Dump(RDFFormat.NQUADS, "application/n-quads; charset=utf-8"),
            "jsonld", new Dump(RDFFormat.JSONLD11, "application/ld+json; charset=utf-8"));

    /** What a request path names, with the format fixed by a suffix if it had one. */
    private record Target(String path, Optional<DocumentFormat> suffixFormat) {}

    private final transient DatasetGraph store;
    private final transient DatasetGraph view;
    private final transient Terms terms;
    private final transient ResourceDescriber describer;
    private final transient PageModels pages;
    private final transient HtmlRenderer html;

    /**
     * @param store the store as given, for dumps (its named graphs, written once each)
     * @param view  the read-only union view, for queries and descriptions
     */
    LinkedDataServlet(DatasetGraph store, DatasetGraph view, Terms terms, HtmlRenderer html) {
        this.store = store;
        this.view = view;
        this.terms = terms;
        this.describer = new ResourceDescriber(view, terms);
        this.pages = new PageModels(terms);
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.isEmpty()) {
            home(response);
        } else if (path.startsWith("id/")) {
            redirectToDocument(path, response);
        } else if (path.startsWith("doc/")) {
            Target target = target(path);
            Node resource = Terms.iri(terms.base + "id/" + target.path().substring("doc/".length()));
            document(request, response, target, resource.getURI(), () -> describeOrNull(resource),
                    description -> pages.resource(resource, description, alternates(target)), "resource");
        } else if (path.startsWith("graph/")) {
            Target target = target(path);
            String graph = terms.base + target.path();
            namedGraph(request, response, target, Terms.iri(graph), graph, graph);
        } else if (path.equals("ontology") || path.startsWith("ontology.")) {
            namedGraph(request, response, target(path), terms.ontologyGraph, terms.base + "ontology", "Ontology");
        } else if (path.equals(".well-known/void") || path.startsWith(".well-known/void.")) {
            namedGraph(request, response, target(path), terms.metaGraph, terms.base + ".well-known/void",
                    "Dataset description");
        } else if (path.equals("context.jsonld")) {
            jsonLdContext(response);
        } else if (path.startsWith("dumps/newsgraph.") && DUMPS.containsKey(path.substring("dumps/newsgraph.".length()))) {
            dump(DUMPS.get(path.substring("dumps/newsgraph.".length())), response);
        } else {
            notFound(response, terms.base + path);
        }
    }

    private void home(HttpServletResponse response) throws IOException {
        String typeCountQuery = """
                SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type FILTER(STRSTARTS(STR(?type), "%s")) }
                GROUP BY ?type""".formatted(terms.ns);
        String articleQuery = """
                SELECT ?article (SAMPLE(?t) AS ?title) WHERE {
                  ?article a <%s> OPTIONAL { ?article <%s>|<%s>|<%s> ?t }
                } GROUP BY ?article""".formatted(terms.article.getURI(), Terms.SCHEMA_HEADLINE.getURI(),
                Terms.DCT_TITLE.getURI(), Terms.RDFS_LABEL.getURI());
        PageModels.HomePage page = Txn.calculateRead(view, () -> {
            Map<Node, Long> typeCounts = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(view).query(typeCountQuery).build()) {
                exec.select().forEachRemaining(row -> typeCounts.put(row.get("type"),
                        ((Number) row.get("n").getLiteralValue()).longValue()));
            }
            List<PageModels.Link> articles = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(view).query(articleQuery).build()) {
                exec.select().forEachRemaining(row -> {
                    String uri = row.get("article").getURI();
                    Node title = row.get("title");
                    articles.add(new PageModels.Link(uri, title != null ? title.getLiteralLexicalForm() : uri));
                });
            }
            articles.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
            return pages.home(articles, typeCounts, describer.graphContents(terms.ontologyGraph));
        });
        sendHtml(response, HttpServletResponse.SC_OK, "home", page);
    }

    private void redirectToDocument(String path, HttpServletResponse response) throws IOException {
        Node resource = Terms.iri(terms.base + path);
        if (!Txn.calculateRead(view, () -> describer.exists(resource))) {
            notFound(response, resource.getURI());
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", terms.base + "doc/" + path.substring("id/".length()));
    }

    private void namedGraph(HttpServletRequest request, HttpServletResponse response, Target target, Node graph,
                            String documentUri, String title) throws IOException {
        document(request, response, target, documentUri, () -> {
            Graph contents = describer.graphContents(graph);
            return contents.isEmpty() ? null : contents;
        }, contents -> pages.graph(title, documentUri, contents, alternates(target)), "graph");
    }

    /** Negotiates the format, loads the triples (null = not found) and writes them as RDF or HTML. */
    private void document(HttpServletRequest request, HttpServletResponse response, Target target, String subject,
                          Supplier<Graph> load, Function<Graph, Object> page, String template)
            throws IOException {
        Optional<DocumentFormat> format;
        if (target.suffixFormat().isPresent()) {
            format = target.suffixFormat();
        } else {
            response.addHeader("Vary", "Accept");
            try {
                format = ContentNegotiation.choose(request.getHeader("Accept"));
            } catch (RuntimeException e) {
                sendText(response, HttpServletResponse.SC_BAD_REQUEST, "Malformed Accept header: " + request.getHeader("Accept"));
                return;
            }
        }
        if (format.isEmpty()) {
            sendText(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "None of the formats in the Accept header is available. Available: " + availableTypes());
            return;
        }
        Graph graph = Txn.calculateRead(view, load::get);
        if (graph == null) {
            notFound(response, subject);
            return;
        }
        if (target.suffixFormat().isEmpty()) {
            response.setHeader("Content-Location", terms.base + target.path() + "." + format.get().suffix);
        }
        if (format.get() == DocumentFormat.HTML) {
            sendHtml(response, HttpServletResponse.SC_OK, template, page.apply(graph));
        } else {
            response.setContentType(format.get().contentType());
            graph.getPrefixMapping().setNsPrefixes(terms.prefixes());
            try (OutputStream out = response.getOutputStream()) {
                RDFWriter.source(graph).format(format.get().rdfFormat).output(out);
            }
        }
    }

    private Graph describeOrNull(Node resource) {
        return describer.exists(resource) ? describer.describe(resource) : null;
    }

    private void dump(Dump dump, HttpServletResponse response) throws IOException {
        response.setContentType(dump.contentType());
        try (OutputStream out = response.getOutputStream()) {
            Txn.executeRead(store, () -> RDFDataMgr.write(out, store, dump.format()));
        }
    }

    /** The published JSON-LD context, its namespaces moved to the served base like the data. */
    private void jsonLdContext(HttpServletResponse response) throws IOException {
        try (InputStream in = LinkedDataServlet.class.getResourceAsStream("/newsgraph/context.jsonld")) {
            if (in == null) {
                throw new IllegalStateException("context.jsonld is missing from the build");
            }
            String context = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(Uris.CANONICAL_BASE, terms.base);
            response.setContentType("application/ld+json");
            response.getOutputStream().write(context.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void notFound(HttpServletResponse response, String uri) throws IOException {
        sendHtml(response, HttpServletResponse.SC_NOT_FOUND, "message",
                pages.message("Not found", "There is nothing about " + uri + " in this dataset."));
    }

    private void sendHtml(HttpServletResponse response, int status, String template, Object page) throws IOException {
        response.setStatus(status);
        response.setContentType(HTML_TYPE);
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            html.render(template, page, out);
        }
    }

    private static void sendText(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Splits a known format suffix off the last path segment. */
    private static Target target(String path) {
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<DocumentFormat> format = DocumentFormat.bySuffix(path.substring(dot + 1));
            if (format.isPresent()) {
                return new Target(path.substring(0, dot), format);
            }
        }
        return new Target(path, Optional.empty());
    }

    private List<PageModels.Alternate> alternates(Target target) {
        List<PageModels.Alternate> alternates = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            alternates.add(new PageModels.Alternate(terms.base + target.path() + "." + format.suffix, format.mediaType));
        }
        return alternates;
    }

    private static String availableTypes() {
        List<String> types = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            types.add(format.mediaType);
        }
        return String.join(", ", types);
    }
}
