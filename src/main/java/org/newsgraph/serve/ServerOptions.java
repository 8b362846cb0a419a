package org.newsgraph.serve;

import java.net.URI;
import java.time.Duration;

/**
 * How the publishing server runs.
 *
 * @param port         TCP port to listen on
 * @param base         the served base every URI in the store starts with; ends with '/'.
 *                     Null means {@code http://localhost:{port}/}
 * @param queryTimeout time limit for every SPARQL query; null means 30 s
 */
public record ServerOptions(int port, String base, Duration queryTimeout) {
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    public ServerOptions {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Server port must be between 1 and 65535, got " + port);
        }
        if (base == null) {
            base = "http://localhost:" + port + "/";
        }
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("Server base must end with '/', got " + base);
        }
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("Server base must be an absolute http(s) URL without query or fragment, got " + base);
        }
        if (queryTimeout == null) {
            queryTimeout = DEFAULT_QUERY_TIMEOUT;
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("Query timeout must be positive, got " + queryTimeout);
        }
    }

    /** Options with the default base and query timeout. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(port, null, null);
    }

    /** The path part of the base ("/" or "/some/prefix/"): requests are served under it. */
    String basePath() {
        return URI.create(base).getRawPath();
    }
}
