package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkedDataTest {
    private static final String CANADA = "id/country/canada";
    private static final String ARTICLE = "id/article/test-article";
    private static final String SENTENCE = ARTICLE + "/sentence/1";
    private static final String STATEMENT = ARTICLE + "/statement/canada--seeks-intelligence-ties-with--mexico";
    private static final String CLAIM = ARTICLE + "/claim/0123456789ab";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void idUriRedirectsToItsDocumentWith303() {
        HttpResponse<String> response = server.get(CANADA, "Accept", "text/turtle");
        assertEquals(303, response.statusCode());
        assertEquals(server.base + "doc/country/canada", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownIdUriIs404() {
        assertEquals(404, server.get("id/country/atlantis").statusCode());
    }

    static Stream<Arguments> resourcesAndFormats() {
        List<Arguments> cases = new ArrayList<>();
        for (String resource : List.of(CANADA, ARTICLE, SENTENCE, STATEMENT, CLAIM)) {
            for (DocumentFormat format : DocumentFormat.values()) {
                cases.add(Arguments.of(resource, format));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} by Accept")
    @MethodSource("resourcesAndFormats")
    void documentIsServedInEveryFormatByAcceptHeader(String resource, DocumentFormat format) {
        HttpResponse<String> response = server.get(docPath(resource), "Accept", format.mediaType);
        assertEquals(200, response.statusCode());
        assertVaryAccept(response);
        assertDescribes(response, format, server.base + resource);
    }

    @ParameterizedTest(name = "{0} as {1} by suffix")
    @MethodSource("resourcesAndFormats")
    void documentIsServedInEveryFormatBySuffix(String resource, DocumentFormat format) {
        HttpResponse<String> response = server.get(docPath(resource) + "." + format.suffix, "Accept", "image/png");
        assertEquals(200, response.statusCode());
        assertDescribes(response, format, server.base + resource);
    }

    @ParameterizedTest(name = "ontology as {0}")
    @MethodSource("formats")
    void ontologyIsServedInEveryFormatAndDescribesItsTerms(DocumentFormat format) {
        HttpResponse<String> response = server.get("ontology", "Accept", format.mediaType);
        assertEquals(200, response.statusCode());
        assertVaryAccept(response);
        assertDescribes(response, format, server.base + "ontology#Country");
        if (format == DocumentFormat.HTML) {
            assertTrue(response.body().contains("id=\"Country\""), "term anchor for ontology#Country");
        }
    }

    static Stream<DocumentFormat> formats() {
        return Stream.of(DocumentFormat.values());
    }

    @Test
    void varyHeaderKeepsBothAcceptAndCorsOrigin() {
        HttpResponse<String> response = server.get(docPath(CANADA), "Accept", "text/turtle", "Origin", "https://example.org");
        assertVaryAccept(response);
        assertTrue(String.join(",", response.headers().allValues("Vary")).contains("Origin"), response.headers().toString());
        assertEquals("https://example.org", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void qValuesDecideTheFormat() {
        assertContentType("application/ld+json", server.get(docPath(CANADA), "Accept", "text/turtle;q=0.5, application/ld+json"));
        assertContentType("text/html", server.get(docPath(CANADA), "Accept", "text/*;q=0.9, text/turtle;q=0.2"));
        assertContentType("text/turtle", server.get(docPath(CANADA), "Accept", "text/html;q=0, */*;q=0.1"));
        assertContentType("text/html", server.get(docPath(CANADA), "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertContentType("text/turtle", server.get(docPath(CANADA)));
    }

    @Test
    void unsupportedAcceptIs406() {
        HttpResponse<String> response = server.get(docPath(CANADA), "Accept", "image/png, application/json");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"), response.body());
    }

    @Test
    void resourceWithoutTriplesIs404HtmlPage() {
        HttpResponse<String> response = server.get("doc/country/atlantis", "Accept", "text/turtle");
        assertEquals(404, response.statusCode());
        assertContentType("text/html", response);
        assertTrue(response.body().contains(server.base + "id/country/atlantis"), response.body());
        assertEquals(404, server.get("graph/article/no-such-article").statusCode());
        assertEquals(404, server.get("no/such/path").statusCode());
    }

    @Test
    void entityDescriptionHoldsIncomingStatementsWithEvidenceAndLabels() {
        Graph graph = parse(server.get(docPath(CANADA), "Accept", "text/turtle"), Lang.TURTLE);
        Node mexico = iri("id/country/mexico");
        Node span = iri(ARTICLE + "/span/0-49");
        assertTrue(graph.contains(iri(STATEMENT), iri("ontology#evidence"), span), "statement pointing to Canada");
        assertTrue(graph.contains(span, nif("anchorOf"), NodeFactory.createLiteralString(
                "Canada wants closer intelligence ties with Mexico")), "its evidence quote");
        assertTrue(graph.contains(iri(SENTENCE), nif("anchorOf"), Node.ANY), "the sentence text");
        assertTrue(graph.contains(mexico, RDFS.label.asNode(), NodeFactory.createLiteralLang("Mexico", "en")), "label of a linked IRI");
        assertTrue(graph.contains(iri(CLAIM), iri("ontology#claimText"), Node.ANY), "claim about Canada");
        assertTrue(graph.contains(iri(ARTICLE + "/mention/0-6"), nif("anchorOf"), Node.ANY), "mention of Canada");
    }

    @Test
    void statementPageShowsTheSentenceWithEvidenceSourceAndConfidence() {
        String html = server.get(docPath(STATEMENT), "Accept", "text/html").body();
        assertTrue(html.contains("<a href=\"" + server.base + CANADA + "\">Canada</a> — <a href=\""
                + server.base + "ontology#seeksIntelligenceTiesWith\">seeks intelligence ties with</a> — <a href=\""
                + server.base + "id/country/mexico\">Mexico</a>"), html);
        assertTrue(html.contains("“Canada wants closer intelligence ties with Mexico”"), html);
        assertTrue(html.contains("Sentence: Canada wants closer intelligence ties with Mexico."), html);
        assertTrue(html.contains("Characters 0–49"), html);
        assertTrue(html.contains("Source: <a href=\"" + server.base + ARTICLE + "\">Canada looks to Mexico</a>"), html);
        assertTrue(html.contains("Confidence: 0.9"), html);
    }

    @Test
    void entityPageShowsSameAsLinksClaimsAndMentions() {
        String html = server.get(docPath(CANADA), "Accept", "text/html").body();
        assertTrue(html.contains("<title>Canada — newsgraph</title>"), html);
        assertTrue(html.contains("<a href=\"http://www.wikidata.org/entity/Q16\">"), html);
        assertTrue(html.contains("<a href=\"http://dbpedia.org/resource/Canada\">"), html);
        assertTrue(html.contains("<a href=\"" + server.base + ARTICLE + "/group/experts\">experts</a> warn: <strong>Canada needs new alliances.</strong>"), html);
        assertTrue(html.contains("“Canada” in <a href=\"" + server.base + ARTICLE + "\">Canada looks to Mexico</a>"), html);
        assertTrue(html.contains("<a href=\"" + server.base + "ontology#Country\">Country</a>"), html);
    }

    @Test
    void textFromTheDataIsEscapedInHtml() {
        for (String path : List.of("doc/organization/evil-corp", docPath(ARTICLE), "")) {
            String html = server.get(path, "Accept", "text/html").body();
            assertFalse(html.contains("<script>"), path + " contains a raw script tag");
            assertTrue(html.contains("Evil &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; Corp")
                    || path.isEmpty(), path + ": " + html);
        }
    }

    @Test
    void namedGraphDereferencesToItsContents() {
        HttpResponse<String> response = server.get("graph/article/test-article", "Accept", "application/n-triples");
        assertEquals(200, response.statusCode());
        Graph served = parse(response, Lang.NTRIPLES);
        Node graphName = iri("graph/article/test-article");
        long expected = server.dataset.calculateRead(() -> server.dataset.asDatasetGraph().getGraph(graphName).size());
        assertEquals(expected, served.size());
    }

    @Test
    void voidDescriptionIsTheMetaGraphInTurtleByDefault() {
        HttpResponse<String> response = server.get(".well-known/void", "Accept", "*/*");
        assertEquals(200, response.statusCode());
        assertContentType("text/turtle", response);
        Graph graph = parse(response, Lang.TURTLE);
        assertTrue(graph.contains(iri("id/dataset"), NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"), iri("sparql")));
        assertContentType("text/html", server.get(".well-known/void", "Accept", "text/html"));
    }

    @ParameterizedTest(name = "dump {0}")
    @MethodSource("dumps")
    void dumpsHoldTheWholeDataset(String suffix, String contentType, Lang lang) {
        HttpResponse<String> response = server.get("dumps/newsgraph." + suffix);
        assertEquals(200, response.statusCode());
        assertContentType(contentType, response);
        Dataset dumped = DatasetFactory.create();
        RDFParser.fromString(response.body(), lang).base(server.base).parse(dumped);
        DatasetGraph original = server.dataset.asDatasetGraph();
        server.dataset.executeRead(() -> {
            assertEquals(original.stream().count(), dumped.asDatasetGraph().stream().count());
            original.listGraphNodes().forEachRemaining(g -> assertTrue(
                    original.getGraph(g).isIsomorphicWith(dumped.asDatasetGraph().getGraph(g)), "graph " + g));
        });
    }

    static Stream<Arguments> dumps() {
        return Stream.of(Arguments.of("trig", "application/trig", Lang.TRIG),
                Arguments.of("nq", "application/n-quads", Lang.NQUADS),
                Arguments.of("jsonld", "application/ld+json", Lang.JSONLD));
    }

    @Test
    void homePageListsArticlesTypeCountsAndEntryPoints() {
        HttpResponse<String> response = server.get("", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<a href=\"" + server.base + ARTICLE + "\">Canada looks to Mexico</a>"), html);
        assertTrue(html.contains("<tr><th><a href=\"" + server.base + "ontology#Country\">Country</a></th><td>2</td></tr>"), html);
        for (String link : List.of("sparql", ".well-known/void", "dumps/newsgraph.trig", "dumps/newsgraph.nq")) {
            assertTrue(html.contains("href=\"" + server.base + link + "\""), link);
        }
    }

    @Test
    void linkedDataIsReadOnly() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(docPath(CANADA)))
                .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).header("Content-Type", "text/turtle").build());
        assertEquals(405, response.statusCode());
    }

    private static String docPath(String idPath) {
        return "doc/" + idPath.substring("id/".length());
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(server.base + path);
    }

    private static Node nif(String localName) {
        return NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" + localName);
    }

    private static void assertDescribes(HttpResponse<String> response, DocumentFormat format, String resource) {
        assertContentType(format.mediaType, response);
        if (format == DocumentFormat.HTML) {
            assertTrue(response.body().startsWith("<!DOCTYPE html>"), response.body());
            assertTrue(response.body().contains(resource), "HTML mentions " + resource);
            return;
        }
        Graph graph = parse(response, RDFLanguages.contentTypeToLang(format.mediaType));
        assertTrue(graph.contains(NodeFactory.createURI(resource), Node.ANY, Node.ANY),
                "no triple with subject " + resource + " in\n" + response.body());
    }

    private static void assertVaryAccept(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")),
                response.headers().toString());
    }

    private static void assertContentType(String mediaType, HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElseThrow().toLowerCase();
        assertTrue(contentType.startsWith(mediaType) && contentType.contains("charset=utf-8"), contentType);
    }

    private static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).base(server.base).parse(graph);
        return graph;
    }
}
