package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where a running server's admin interface listens and its token, kept in the store directory (readable by its owner
 * only) so that `ingest` on the same machine can ask the server to reload.
 */
public record AdminEndpoint(String url, String token) {
    private static final String FILE = "admin-endpoint";

    public void save(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, List.of(url, token), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static Optional<AdminEndpoint> load(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() < 2 ? Optional.empty() : Optional.of(new AdminEndpoint(lines.get(0), lines.get(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static void forget(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks the server to reload the published files; empty when no server answers (it was stopped).
     *
     * @return the server's reply
     */
    public Optional<HttpResponse<String>> reload() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "reload"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return Optional.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (ConnectException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the admin interface at " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
