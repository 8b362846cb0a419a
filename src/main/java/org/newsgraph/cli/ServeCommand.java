package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.query.Dataset;
import org.newsgraph.publish.DatasetFiles;
import org.newsgraph.serve.AdminEndpoint;
import org.newsgraph.serve.AdminServer;
import org.newsgraph.serve.PublisherServer;
import org.newsgraph.serve.ServerOptions;
import org.newsgraph.store.TripleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the published data: SPARQL endpoint, dereferenceable URIs, VoID and dumps. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve data/rdf from an on-disk TDB2 store (loaded when empty or when the data changed):"
                + " read-only SPARQL 1.1 at /sparql, linked-data URIs with content negotiation,"
                + " /.well-known/void and dumps under /dumps/.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--store", defaultValue = "store", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--data", defaultValue = "data/rdf", description = "Published data to load (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--base", description = "Public base URI of every resource, ending in '/' (default: http://localhost:<port>/).")
    String base;

    @Option(names = "--query-timeout", defaultValue = "30",
            description = "Time limit for every SPARQL query, in seconds (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--admin-port", defaultValue = "0",
            description = "Port of the admin interface on 127.0.0.1, used by `ingest` to reload a running server"
                    + " (default: a free port, written with its token to <store>/admin-endpoint).")
    int adminPort;

    @Override
    public Integer call() throws InterruptedException {
        Path trig = data.resolve(DatasetFiles.TRIG);
        if (!Files.isRegularFile(trig)) {
            throw new UserInputException("no published data at " + trig + " (run `newsgraph convert` first)");
        }
        ServerOptions options;
        try {
            options = new ServerOptions(port, base, Duration.ofSeconds(queryTimeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Dataset dataset = TripleStore.open(store, trig, options.base());
        PublisherServer server;
        try {
            server = PublisherServer.start(dataset, options);
        } catch (FusekiException e) {
            throw new UserInputException("cannot serve on port " + port + ": " + e.getMessage()
                    + " (is another server running? choose one with --port)");
        }
        String token = AdminServer.newToken();
        AdminServer adminServer = AdminServer.start(adminPort, token, dataset, trig, options.base());
        new AdminEndpoint(adminServer.url(), token).save(store);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            AdminEndpoint.forget(store);
            adminServer.close();
            server.close();
        }));
        spec.commandLine().getOut().printf("newsgraph is serving %s (store %s)%n  open %s%n  SPARQL %ssparql%n"
                + "  admin (loopback only, token in %s) %s%n",
                trig, store.toAbsolutePath(), server.baseUrl(), server.baseUrl(), store.resolve("admin-endpoint"), adminServer.url());
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
