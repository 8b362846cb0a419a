package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestProject;
import org.newsgraph.publish.DatasetBuilder;
import org.newsgraph.publish.Publication;
import org.newsgraph.serve.AdminEndpoint;
import org.newsgraph.serve.AdminServer;
import org.newsgraph.serve.PublisherServer;
import org.newsgraph.serve.ServerOptions;
import org.newsgraph.store.TripleStore;
import picocli.CommandLine;

/** `ingest` with the real extractor: all or nothing, curated wins, and a running server sees new articles. */
class IngestCommandTest {
    private static final String NEWS = "Canada and Mexico signed a new trade agreement on Monday. "
            + "Canadian Prime Minister Mark Carney said the deal would protect jobs in both countries.\n";

    @TempDir
    Path project;
    private Path store;

    private record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void copyProject() throws IOException {
        TestProject.copyInto(project);
        Publication.publish(new DatasetBuilder(project).build(), project.resolve("data/rdf"), DatasetBuilder.contextFile(project));
        store = project.resolve("store");
    }

    private Run ingest(Path... files) {
        CommandLine cli = NewsgraphCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = new String[files.length + 5];
        args[0] = "ingest";
        args[1] = "--root";
        args[2] = project.toString();
        args[3] = "--store";
        args[4] = store.toString();
        for (int i = 0; i < files.length; i++) {
            args[5 + i] = files[i].toString();
        }
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private Path article(String name, String text) throws IOException {
        Path file = project.resolve("incoming").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static boolean ask(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                return execution.execAsk();
            }
        });
    }

    @Test
    void ingestsANewArticleIntoTheStoreOnceAndKeepsCuratedAnnotations() throws IOException {
        Path news = article("trade-deal.txt", NEWS);
        Path seed = project.resolve("seeds/000_c5b8c06ce8db78e7.txt");
        Run run = ingest(news, seed);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(seed + ": annotated in " + project.resolve("data/annotations/canada-us-intelligence-sharing.yaml")), run.out());
        assertTrue(run.out().contains("published 1 new article(s) trade-deal"), run.out());
        assertTrue(Files.exists(project.resolve("data/annotations/trade-deal.yaml")));
        assertEquals(NEWS, Files.readString(project.resolve("seeds/trade-deal.txt")));

        Dataset dataset = TripleStore.open(store, project.resolve("data/rdf/newsgraph.trig"), "http://localhost:3030/");
        assertTrue(ask(dataset, "ASK { GRAPH <http://localhost:3030/graph/article/trade-deal> {"
                + " <http://localhost:3030/id/article/trade-deal> <http://schema.org/mentions> <http://localhost:3030/id/country/canada> } }"));
        assertTrue(ask(dataset, "ASK { GRAPH <http://localhost:3030/graph/article/canada-us-intelligence-sharing> {"
                + " ?a <http://schema.org/mentions> <http://localhost:3030/id/country/canada> } }"), "one URI for Canada in both");
        dataset.close();

        byte[] published = Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig"));
        Run again = ingest(news);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains(news + ": annotated in " + project.resolve("data/annotations/trade-deal.yaml")), again.out());
        assertArrayEquals(published, Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig")));
    }

    /**
     * Sentences on which drafts once failed validation: one title in two cases ("President", "president"), an
     * organisation before a title ("Barclays analyst"), and a town named like a country next to that country's
     * demonym ("the town of Ireland", "Irish"), a state before a title ("Tennessee Attorney General": no body for
     * ORG's org:postIn).
     */
    @Test
    void draftsOfTrickySentencesPublish() throws IOException {
        Path news = article("mixed-news.txt", "President Ma Ying-jeou met reporters in Taipei on Monday. "
                + "Former president Bill Clinton visited Uganda in July. "
                + "\"The worst of the crisis is behind us,\" said Barclays analyst Alan Rifkin. "
                + "Road bowling was first taken up by the Lewis County town of Ireland during the Irish Spring festival. "
                + "\"The worst of the crisis is behind us,\" said Barclays analyst Alan Rifkin. "
                + "Tennessee Attorney General Jonathan Skrmetti called the ruling a victory.\n");
        Run run = ingest(news);
        assertEquals(0, run.exitCode(), run.err());
        Dataset dataset = TripleStore.inMemory(project.resolve("data/rdf/newsgraph.trig"), "http://localhost:3030/");
        assertTrue(ask(dataset, "ASK { GRAPH <http://localhost:3030/graph/article/mixed-news> {"
                + " ?person <http://www.w3.org/ns/org#holds> ?post ; <http://www.w3.org/2000/01/rdf-schema#label> ?name"
                + " FILTER (str(?name) = \"Alan Rifkin\") } }"));
        assertTrue(ask(dataset, "ASK { GRAPH <http://localhost:3030/graph/article/mixed-news> {"
                + " ?person <http://www.w3.org/ns/org#holds> ?post . ?post <http://www.w3.org/2000/01/rdf-schema#label> ?name"
                + " FILTER (str(?name) = \"Attorney General of Tennessee\") } }"));
        assertTrue(ask(dataset, "ASK { GRAPH <http://localhost:3030/graph/article/mixed-news> {"
                + " ?claim <http://localhost:3030/ontology#claimText> ?text"
                + " FILTER (str(?text) = \"The worst of the crisis is behind us\") } }"), "a repeated quotation is one claim");
    }

    @Test
    void aRunningServerSeesTheNewArticleWithoutARestart() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServerOptions options = ServerOptions.onPort(port);
        Path trig = project.resolve("data/rdf/newsgraph.trig");
        Dataset dataset = TripleStore.open(store, trig, options.base());
        String token = AdminServer.newToken();
        try (PublisherServer server = PublisherServer.start(dataset, options);
                AdminServer admin = AdminServer.start(0, token, dataset, trig, options.base())) {
            new AdminEndpoint(admin.url(), token).save(store);
            String ask = "ASK { <" + options.base() + "id/article/trade-deal> ?p ?o }";
            assertEquals("false", askOverHttp(options.base(), ask));
            Run run = ingest(article("trade-deal.txt", NEWS));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("running server: reloaded"), run.out());
            assertEquals("true", askOverHttp(options.base(), ask));
        }
    }

    @Test
    void aBadArticleChangesNothing() throws IOException {
        byte[] published = Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig"));
        Path good = article("trade-deal.txt", NEWS);
        Path empty = article("empty.txt", "  \n");
        Run run = ingest(good, empty);
        assertEquals(1, run.exitCode());
        assertEquals("error: " + empty + ": the article is empty\n", run.err());
        assertArrayEquals(published, Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig")));
        assertEquals(false, Files.exists(project.resolve("data/annotations/trade-deal.yaml")));
        assertEquals(false, Files.exists(store));
    }

    private static String askOverHttp(String base, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body().lines().skip(1).findFirst().orElseThrow();
        }
    }
}
