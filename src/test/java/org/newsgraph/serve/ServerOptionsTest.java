package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaultsToLocalhostBaseAndThirtySecondTimeout() {
        ServerOptions options = ServerOptions.onPort(3030);
        assertEquals("http://localhost:3030/", options.base());
        assertEquals(Duration.ofSeconds(30), options.queryTimeout());
    }

    @Test
    void rejectsBaseWithoutTrailingSlash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerOptions(3030, "https://example.org/data", null));
        assertEquals("Server base must end with '/', got https://example.org/data", e.getMessage());
    }

    @Test
    void rejectsNonPositiveTimeout() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerOptions(3030, null, Duration.ZERO));
        assertEquals("Query timeout must be positive, got PT0S", e.getMessage());
    }
}
