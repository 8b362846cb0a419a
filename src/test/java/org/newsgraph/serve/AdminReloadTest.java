package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.TripleStore;

/** A running server sees newly published data after an authenticated reload on its loopback admin interface. */
class AdminReloadTest {
    private static final String NEW_TRIPLE =
            "\n<https://newsgraph.org/graph/article/extra> { <https://newsgraph.org/id/country/atlantis>"
                    + " <http://www.w3.org/2000/01/rdf-schema#label> \"Atlantis\"@en . }\n";
    private static final String ASK_ATLANTIS = "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"Atlantis\"@en }";

    @TempDir
    Path tmp;
    private Path trig;
    private TestServer server;
    private AdminServer admin;
    private final String token = AdminServer.newToken();

    @BeforeEach
    void start() throws IOException {
        trig = tmp.resolve("newsgraph.trig");
        Files.copy(TestServer.FIXTURE, trig);
        server = TestServer.start(Duration.ofSeconds(10), base -> TripleStore.inMemory(trig, base));
        admin = AdminServer.start(0, token, server.dataset, trig, server.base);
    }

    @AfterEach
    void stop() {
        admin.close();
        server.close();
    }

    private boolean publicEndpointSeesAtlantis() {
        HttpResponse<String> response = server.get(server.base + "sparql?" + TestServer.form("query", ASK_ATLANTIS),
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        return response.body().contains("true");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertTrue(InetAddress.getByName(URI.create(admin.url()).getHost()).isLoopbackAddress(), admin.url());
    }

    @Test
    void reloadWithTheTokenPublishesTheNewData() throws IOException {
        Files.writeString(trig, Files.readString(trig) + NEW_TRIPLE);
        assertEquals(false, publicEndpointSeesAtlantis());
        HttpResponse<String> response = new AdminEndpoint(admin.url(), token).reload().orElseThrow();
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(publicEndpointSeesAtlantis());
        assertEquals(303, server.get(server.base + "id/country/atlantis").statusCode());
    }

    @Test
    void reloadWithoutTheTokenIsRefused() throws IOException {
        Files.writeString(trig, Files.readString(trig) + NEW_TRIPLE);
        HttpResponse<String> response = new AdminEndpoint(admin.url(), "wrong").reload().orElseThrow();
        assertEquals(401, response.statusCode());
        assertEquals("missing or wrong admin token\n", response.body());
        assertEquals(false, publicEndpointSeesAtlantis());
    }

    @Test
    void aBrokenFileLeavesTheStoreAsItWas() throws IOException {
        Files.writeString(trig, Files.readString(trig) + NEW_TRIPLE + "\n<broken");
        HttpResponse<String> response = new AdminEndpoint(admin.url(), token).reload().orElseThrow();
        assertEquals(500, response.statusCode());
        assertTrue(response.body().startsWith("reload failed, the store is unchanged: "), response.body());
        assertEquals(false, publicEndpointSeesAtlantis());
        assertEquals(303, server.get(server.base + "id/country/canada").statusCode());
    }
}
