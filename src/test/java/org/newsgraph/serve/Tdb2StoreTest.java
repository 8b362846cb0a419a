package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.store.TripleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over the on-disk TDB2 store the CLI uses, where TDB2's own query engine runs. */
class Tdb2StoreTest {

    @Test
    void defaultGraphIsTheUnionAndDocumentsAndDumpsWork(@TempDir Path storeDir) {
        try (TestServer server = TestServer.start(null, base -> TripleStore.open(storeDir, TestServer.FIXTURE, base))) {
            HttpResponse<String> select = server.get("sparql?query=" + URLEncoder.encode("SELECT ?label WHERE { <"
                    + server.base + "id/country/mexico> <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
                    StandardCharsets.UTF_8), "Accept", "text/csv");
            assertEquals(List.of("label", "Mexico"), select.body().lines().toList());

            HttpResponse<String> doc = server.get("doc/country/mexico", "Accept", "text/turtle");
            assertEquals(200, doc.statusCode());
            assertTrue(doc.body().contains("\"Mexico\"@en"), doc.body());

            HttpResponse<String> dump = server.get("dumps/newsgraph.nq");
            Dataset dumped = DatasetFactory.create();
            RDFParser.fromString(dump.body(), Lang.NQUADS).parse(dumped);
            long stored = server.dataset.calculateRead(() -> server.dataset.asDatasetGraph().stream().count());
            assertEquals(stored, dumped.asDatasetGraph().stream().count());
        }
    }
}
