package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class QueryTimeoutTest {
    /** 10^8 rows from a four-way cross join of the fixture's triples: minutes of work without a time limit. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
            + "FILTER(STR(?c) != STR(?l)) }";

    @Test
    void queryOverTheTimeLimitIsStoppedWith503() {
        try (TestServer server = TestServer.start(Duration.ofMillis(200))) {
            long start = System.nanoTime();
            // A caller may ask for a longer limit, but never gets more than the server's.
            HttpResponse<String> response = server.get("sparql?timeout=600000&query="
                    + URLEncoder.encode(ENDLESS, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("Query timed out"), response.body());
            assertTrue(elapsed.compareTo(Duration.ofSeconds(5)) < 0, "took " + elapsed);
        }
    }
}
