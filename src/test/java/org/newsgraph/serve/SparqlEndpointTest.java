package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparqlEndpointTest {
    private static TestServer server;
    private static String labelQuery;

    @BeforeAll
    static void start() {
        server = TestServer.start(null);
        // No GRAPH clause: answered only if the default graph is the union of the named graphs.
        labelQuery = "SELECT ?label WHERE { <" + server.base + "id/country/canada> <" + RDFS.label.getURI() + "> ?label }";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void selectResultsInJsonXmlCsvAndTsv() {
        HttpResponse<String> json = query(labelQuery, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(contentType(json).startsWith("application/sparql-results+json"), contentType(json));
        assertTrue(json.body().contains("\"value\" : \"Canada\"") || json.body().contains("\"value\": \"Canada\""), json.body());

        HttpResponse<String> xml = query(labelQuery, "application/sparql-results+xml");
        assertTrue(contentType(xml).startsWith("application/sparql-results+xml"), contentType(xml));
        assertTrue(xml.body().contains("<literal xml:lang=\"en\">Canada</literal>"), xml.body());

        HttpResponse<String> csv = query(labelQuery, "text/csv");
        assertTrue(contentType(csv).startsWith("text/csv"), contentType(csv));
        assertEquals(List.of("label", "Canada"), csv.body().lines().toList());

        HttpResponse<String> tsv = query(labelQuery, "text/tab-separated-values");
        assertTrue(contentType(tsv).startsWith("text/tab-separated-values"), contentType(tsv));
        assertEquals(List.of("?label", "\"Canada\"@en"), tsv.body().lines().toList());
    }

    @Test
    void endpointWithoutQueryShowsAQueryFormThatWorks() {
        HttpResponse<String> page = server.get("sparql", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form action=\"" + server.base + "sparql\" method=\"get\">"), page.body());
        HttpResponse<String> submitted = server.get("sparql?format=csv&" + TestServer.form("query", labelQuery));
        assertEquals(List.of("label", "Canada"), submitted.body().lines().toList());
    }

    @Test
    void queryByPostAsSparqlQueryAndAsForm() {
        HttpResponse<String> direct = server.send(HttpRequest.newBuilder(server.uri("sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(labelQuery)).build());
        assertEquals(List.of("label", "Canada"), direct.body().lines().toList());

        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.form("query", labelQuery))).build());
        assertEquals(List.of("label", "Canada"), form.body().lines().toList());
    }

    @Test
    void hugeRequestsAreRefusedBeforeTheyAreParsed() {
        String huge = "SELECT * WHERE { ?s ?p \"" + "x".repeat(RequestSizeLimit.MAX_BYTES) + "\" }";
        // "Expect: 100-continue", as curl sends for large bodies: the refusal comes before the body is sent, and
        // the client cannot lose the response to the server closing a connection it is still writing to
        HttpResponse<String> body = server.send(HttpRequest.newBuilder(server.uri("sparql"))
                .header("Content-Type", "application/sparql-query").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build());
        assertEquals(413, body.statusCode());
        assertTrue(body.body().contains("SPARQL request body larger than 100000 bytes"), body.body());

        HttpResponse<String> uri = server.get("sparql?" + TestServer.form("query", huge));
        assertTrue(uri.statusCode() == 414 || uri.statusCode() == 431, "status " + uri.statusCode());
    }

    @Test
    void constructInTurtleAndJsonLd() {
        String construct = "CONSTRUCT { ?s <" + RDFS.label.getURI() + "> ?l } WHERE { ?s a <" + server.base
                + "ontology#Country> ; <" + RDFS.label.getURI() + "> ?l }";
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            HttpResponse<String> response = query(construct, lang.getContentType().getContentTypeStr());
            assertEquals(200, response.statusCode());
            assertTrue(contentType(response).startsWith(lang.getContentType().getContentTypeStr()), contentType(response));
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(response.body(), lang).parse(graph);
            assertEquals(2, graph.size(), response.body());
            assertTrue(graph.contains(NodeFactory.createURI(server.base + "id/country/mexico"), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("Mexico", "en")));
        }
    }

    @Test
    void corsHeadersOnQueriesAndPreflight() {
        HttpResponse<String> response = server.get("sparql?query=" + URLEncoder.encode(labelQuery, StandardCharsets.UTF_8),
                "Origin", "https://example.org", "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent(), response.headers().toString());

        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                preflight.headers().toString());
    }

    @Test
    void malformedQueryIs400WithTheParserMessage() {
        String bad = "SELECT ?s WHERE { ?s ?p }";
        String parserMessage;
        try {
            QueryFactory.create(bad);
            throw new AssertionError("the test query should not parse");
        } catch (QueryParseException e) {
            // Fuseki reports the first line: the position and the offending token (the list of expected tokens is cut).
            parserMessage = e.getMessage().lines().findFirst().orElseThrow();
        }
        HttpResponse<String> response = query(bad, "application/sparql-results+json");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains(parserMessage), "expected «" + parserMessage + "» in " + response.body());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        long before = quadCount();
        List<HttpRequest> writes = List.of(
                post("sparql", "application/x-www-form-urlencoded", TestServer.form("update", insert)),
                post("sparql", "application/sparql-update", insert),
                post("update", "application/sparql-update", insert),
                post("sparql/update", "application/sparql-update", insert),
                post("sparql/update", "application/x-www-form-urlencoded", TestServer.form("update", insert)),
                post("sparql", "application/x-www-form-urlencoded", TestServer.form("update", "LOAD <file:///etc/hostname>")),
                post("sparql?default", "text/turtle", turtle),
                post("sparql/data?default", "text/turtle", turtle),
                post("sparql", "text/turtle", turtle),
                HttpRequest.newBuilder(server.uri("sparql?graph=" + server.base + "graph/meta"))
                        .PUT(HttpRequest.BodyPublishers.ofString(turtle)).header("Content-Type", "text/turtle").build(),
                HttpRequest.newBuilder(server.uri("sparql?graph=" + server.base + "graph/meta")).DELETE().build(),
                HttpRequest.newBuilder(server.uri("sparql/data?graph=" + server.base + "graph/meta")).DELETE().build());
        for (HttpRequest write : writes) {
            int status = server.send(write).statusCode();
            assertTrue(status >= 400 && status < 500, write.method() + " " + write.uri() + " gave " + status);
        }
        assertEquals(before, quadCount());
        HttpResponse<String> ask = query("ASK { GRAPH ?g { <urn:x:s> ?p ?o } }", "text/csv");
        assertFalse(ask.body().contains("true"), ask.body());
    }

    @Test
    void aRefusedWriteWhoseBodyComesLateLeavesTheConnectionOpenForTheNextRequest() throws Exception {
        URI endpoint = server.uri("sparql");
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String host = "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n";
            out.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\n" + host + "Content-Type: application/sparql-update\r\n"
                    + "Content-Length: " + update.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500); // a busy client sends the body after the headers, in a later packet
            out.write(update.getBytes(StandardCharsets.US_ASCII));
            out.write(("GET " + endpoint.getPath() + "?query=ASK%7B%7D HTTP/1.1\r\n" + host + "Accept: text/csv\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            List<String> statusLines = answers.lines().filter(l -> l.startsWith("HTTP/1.1 ")).toList();
            assertEquals(2, statusLines.size(), answers);
            assertTrue(statusLines.get(0).matches("HTTP/1.1 4\\d\\d.*"), answers);
            assertTrue(statusLines.get(1).startsWith("HTTP/1.1 200"), answers);
        }
    }

    @Test
    void serviceCallsAreRefused() {
        HttpResponse<String> response = query("SELECT * WHERE { SERVICE <file:///etc/hostname> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertTrue(response.statusCode() >= 400, response.statusCode() + " " + response.body());
        assertFalse(response.body().contains("\"s\" :"), response.body());
    }

    private static long quadCount() {
        return server.dataset.calculateRead(() -> server.dataset.asDatasetGraph().stream().count());
    }

    private static HttpResponse<String> query(String query, String accept) {
        return server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
    }

    private static HttpRequest post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
