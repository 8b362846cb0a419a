package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.publish.RioRoundTrip;
import org.newsgraph.store.TripleStore;

/** Every URI of the published seed graph dereferences on the server, in all five formats. */
class SeedDereferenceTest {
    private static final List<String> RDF_TYPES =
            List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
    private static TestServer server;

    @BeforeAll
    static void serveTheSeed() {
        server = TestServer.start(Duration.ofSeconds(30),
                base -> TripleStore.inMemory(Path.of("data/rdf/newsgraph.trig"), base));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Set<String> urisUnder(String prefix) {
        Set<String> uris = new TreeSet<>();
        Txn.executeRead(server.dataset, () -> server.dataset.asDatasetGraph().find().forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(prefix)) {
                    uris.add(n.getURI());
                }
            }
        }));
        return uris;
    }

    @Test
    void everyIdUriRedirectsToADocumentInEveryFormat() {
        Set<String> ids = urisUnder(server.base + "id/");
        assertTrue(ids.size() > 300, "expected the seed's entities, sentences, mentions, statements and claims: " + ids.size());
        for (String id : ids) {
            HttpResponse<String> redirect = server.get(id, "Accept", "text/turtle");
            assertEquals(303, redirect.statusCode(), id);
            String doc = redirect.headers().firstValue("Location").orElseThrow();
            assertEquals(server.base + "doc/" + id.substring((server.base + "id/").length()), doc);
            HttpResponse<String> html = server.get(doc, "Accept", "text/html");
            assertEquals(200, html.statusCode(), doc);
            assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), doc);
            for (String type : RDF_TYPES) {
                HttpResponse<String> rdf = server.get(doc, "Accept", type);
                assertEquals(200, rdf.statusCode(), doc + " as " + type);
                assertTrue(rdf.headers().firstValue("Content-Type").orElseThrow().startsWith(type), doc + " as " + type);
                Model model = parse(rdf.body(), RDFLanguages.contentTypeToLang(type), doc);
                assertTrue(model.containsResource(model.createResource(id)), id + " missing from its " + type + " document");
            }
        }
    }

    @Test
    void theArticlePageListsStatementsAndClaimsInTheOrderTheArticleMakesThem() {
        String html = server.get(server.base + "doc/article/canada-us-intelligence-sharing", "Accept", "text/html").body();
        for (String section : List.of("Statements", "Claims")) {
            int start = html.indexOf("<h2>" + section + "</h2>");
            String part = html.substring(start, html.indexOf("<h2>", start + 1));
            List<Integer> begins = Pattern.compile("Characters (\\d+)–").matcher(part).results()
                    .map(m -> Integer.parseInt(m.group(1))).toList();
            assertTrue(begins.size() >= 20, section + ": " + begins);
            assertEquals(begins.stream().sorted().toList(), begins, section);
        }
    }

    @Test
    void everyOntologyTermIsDescribedByTheOntologyDocument() {
        Set<String> terms = urisUnder(server.base + "ontology#");
        terms.remove(server.base + "ontology#"); // the namespace itself, named by void:vocabulary
        assertTrue(terms.size() > 40, "ontology terms: " + terms.size());
        for (String type : RDF_TYPES) {
            HttpResponse<String> response = server.get(server.base + "ontology", "Accept", type);
            assertEquals(200, response.statusCode(), type);
            Model model = parse(response.body(), RDFLanguages.contentTypeToLang(type), "ontology");
            for (String term : terms) {
                assertTrue(model.containsResource(model.createResource(term)), term + " missing from the ontology as " + type);
            }
        }
        HttpResponse<String> html = server.get(server.base + "ontology", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        for (String term : terms) {
            assertTrue(html.body().contains("id=\"" + term.substring(term.indexOf('#') + 1) + "\""), term + " has no anchor");
        }
    }

    @Test
    void theJsonLdContextIsPublishedForTheServedBase() {
        HttpResponse<String> response = server.get(server.base + "context.jsonld");
        assertEquals(200, response.statusCode());
        assertEquals("application/ld+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"ng\": \"" + server.base + "ontology#\""), response.body());
    }

    @Test
    void dumpsRoundTripThroughRdf4jRio(@TempDir Path tmp) throws IOException {
        Map<String, RDFFormat> dumps = Map.of("newsgraph.trig", RDFFormat.TRIG, "newsgraph.nq", RDFFormat.NQUADS,
                "newsgraph.jsonld", RDFFormat.JSONLD);
        for (Map.Entry<String, RDFFormat> dump : dumps.entrySet()) {
            HttpResponse<String> response = server.get(server.base + "dumps/" + dump.getKey());
            assertEquals(200, response.statusCode(), dump.getKey());
            Path file = tmp.resolve(dump.getKey());
            Files.writeString(file, response.body());
            Txn.executeRead(server.dataset, () ->
                    RioRoundTrip.requireSameDataset(file, dump.getValue(), server.dataset.asDatasetGraph()));
        }
    }

    private static Model parse(String body, Lang lang, String what) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(server.base).parse(model);
        assertTrue(model.size() > 0, what + " is empty");
        return model;
    }
}
