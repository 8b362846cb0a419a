package org.newsgraph.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RiotException;
import org.newsgraph.store.TripleStore;

/**
 * The only way to change what a running server publishes: {@code POST /reload} reloads the published files into the
 * store in one transaction. It listens on the loopback interface only and needs the bearer token it was started
 * with; the public server stays read-only.
 */
public final class AdminServer implements AutoCloseable {
    private final HttpServer http;
    private final byte[] token;
    private final Dataset dataset;
    private final Path trigFile;
    private final String base;

    private AdminServer(HttpServer http, String token, Dataset dataset, Path trigFile, String base) {
        this.http = http;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.dataset = dataset;
        this.trigFile = trigFile;
        this.base = base;
    }

    /** A fresh random credential. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Starts on 127.0.0.1 (port 0 picks a free one); reloads {@code trigFile} into {@code dataset} at {@code base}. */
    public static AdminServer start(int port, String token, Dataset dataset, Path trigFile, String base) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            AdminServer admin = new AdminServer(http, token, dataset, trigFile, base);
            http.createContext("/reload", admin::reload);
            http.start();
            return admin;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the admin interface on 127.0.0.1:" + port, e);
        }
    }

    public String url() {
        return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + http.getAddress().getPort() + "/";
    }

    private void reload(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().add("Allow", "POST");
                respond(exchange, 405, "use POST\n");
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] given = auth != null && auth.startsWith("Bearer ")
                    ? auth.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (!MessageDigest.isEqual(given, token)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                respond(exchange, 401, "missing or wrong admin token\n");
                return;
            }
            try {
                long quads = TripleStore.replaceContents(dataset, trigFile, base);
                respond(exchange, 200, "reloaded " + quads + " quads from " + trigFile + "\n");
            } catch (RiotException | UncheckedIOException e) {
                respond(exchange, 500, "reload failed, the store is unchanged: " + e.getMessage() + "\n");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
