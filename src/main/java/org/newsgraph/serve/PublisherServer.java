package org.newsgraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The public, read-only server: a SPARQL 1.1 query endpoint at {@code {base}sparql} (embedded Fuseki, CORS on) and
 * linked-data documents for every URI under the base (see {@link LinkedDataServlet}).
 *
 * <p>The SPARQL endpoint is a Fuseki dataset named {@code sparql} with a query operation only, so updates, Graph
 * Store Protocol writes and uploads have no endpoint to reach. The dataset it queries is a read-only view whose
 * default graph is the union of the named graphs, with the query time limit in its context.
 */
public final class PublisherServer implements AutoCloseable {
    private static final String SPARQL = "/sparql";
    /** Servlet path specs of the linked-data side; "" is the home page. Fuseki answers 404 for anything else. */
    private static final String[] LINKED_DATA_PATHS =
            {"", "/id/*", "/doc/*", "/graph/*", "/ontology", "/.well-known/*", "/dumps/*", "/context.jsonld"};

    private final FusekiServer fuseki;
    private final String baseUrl;

    private PublisherServer(FusekiServer fuseki, String baseUrl) {
        this.fuseki = fuseki;
        this.baseUrl = baseUrl;
    }

    /** Starts serving {@code dataset}, whose URIs already use {@code options.base()}. */
    public static PublisherServer start(Dataset dataset, ServerOptions options) {
        DatasetGraph store = dataset.asDatasetGraph();
        DatasetGraph view = new ReadOnlyUnionView(store, options.queryTimeout());
        Terms terms = new Terms(options.base());
        DataService sparql = DataService.newBuilder(view).addEndpoint(Operation.Query).build();
        String contextPath = options.basePath().equals("/") ? "/" : options.basePath().substring(0, options.basePath().length() - 1);
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .contextPath(contextPath)
                .enableCors(true)
                .add(SPARQL, sparql);
        HtmlRenderer html = new HtmlRenderer(options.base());
        builder.addFilter("/*", new RefusedBodyDrain());
        builder.addFilter(SPARQL, new RequestSizeLimit());
        builder.addFilter(SPARQL, new QueryFormFilter(html, options.base() + "sparql"));
        LinkedDataServlet linkedData = new LinkedDataServlet(store, view, terms, html);
        for (String pathSpec : LINKED_DATA_PATHS) {
            builder.addServlet(pathSpec, linkedData);
        }
        for (DocumentFormat format : DocumentFormat.values()) {
            builder.addServlet("/ontology." + format.suffix, linkedData);
        }
        FusekiServer fuseki = builder.build();
        fuseki.start();
        return new PublisherServer(fuseki, options.base());
    }

    /** The served base, ending with '/'. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
