package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.newsgraph.store.TripleStore;

/** The real server over the test fixture, on a free port, plus an HTTP client that does not follow redirects. */
final class TestServer implements AutoCloseable {
    /** A small dataset following docs/model.md, written with the canonical base like data/rdf. */
    static final Path FIXTURE = fixturePath();

    final Dataset dataset;
    final PublisherServer server;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(Dataset dataset, PublisherServer server) {
        this.dataset = dataset;
        this.server = server;
        this.base = server.baseUrl();
    }

    /** Serves the fixture from an in-memory store. */
    static TestServer start(Duration queryTimeout) {
        return start(queryTimeout, base -> TripleStore.inMemory(FIXTURE, base));
    }

    /** Serves the fixture from the store {@code openStore} makes for the server's base. */
    static TestServer start(Duration queryTimeout, Function<String, Dataset> openStore) {
        ServerOptions options = new ServerOptions(freePort(), null, queryTimeout);
        Dataset dataset = openStore.apply(options.base());
        return new TestServer(dataset, PublisherServer.start(dataset, options));
    }

    private static Path fixturePath() {
        try {
            return Path.of(TestServer.class.getResource("/serve/fixture.trig").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
