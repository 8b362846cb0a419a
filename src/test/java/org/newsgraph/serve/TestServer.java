package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.convert.Uris;

/** The real server over the test fixture, on a free port, plus an HTTP client that does not follow redirects. */
final class TestServer implements AutoCloseable {
    final Dataset dataset;
    final PublisherServer server;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(Dataset dataset, PublisherServer server) {
        this.dataset = dataset;
        this.server = server;
        this.base = server.baseUrl();
    }

    /** Serves the fixture from an in-memory dataset. */
    static TestServer start(Duration queryTimeout) {
        return start(queryTimeout, DatasetFactory.createTxnMem());
    }

    /** Serves the fixture loaded into {@code emptyStore}. */
    static TestServer start(Duration queryTimeout, Dataset emptyStore) {
        ServerOptions options = new ServerOptions(freePort(), null, queryTimeout);
        Dataset dataset = fixture(options.base(), emptyStore);
        return new TestServer(dataset, PublisherServer.start(dataset, options));
    }

    /** Loads the fixture into {@code into}, moving its canonical base to {@code base} as the store stage does. */
    static Dataset fixture(String base, Dataset into) {
        String trig;
        try (InputStream in = TestServer.class.getResourceAsStream("/serve/fixture.trig")) {
            trig = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        into.executeWrite(() -> RDFParser.fromString(trig.replace(Uris.CANONICAL_BASE, base), Lang.TRIG).parse(into));
        return into;
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
