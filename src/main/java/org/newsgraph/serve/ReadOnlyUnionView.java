package org.newsgraph.serve;

import java.time.Duration;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The published view of the store: read-only, with the union of the named graphs as default graph, a time limit on
 * every query and no federated SERVICE calls.
 *
 * <p>Two mechanisms give the union default graph because two query engines may run: the TDB2 engine unwraps this
 * view and honours {@link TDB2#symUnionDefaultGraph} in the context; the general ARQ engine (in-memory datasets)
 * reads {@link #getDefaultGraph()} and the default-graph quads, which are redirected to the union graph here.
 * Marking the class a {@link DatasetGraphWrapperView} stops ARQ from unwrapping it to the store's own engine,
 * which would query the store's (empty) default graph.
 */
final class ReadOnlyUnionView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    ReadOnlyUnionView(DatasetGraph store, Duration queryTimeout) {
        super(store, publishingContext(store.getContext(), queryTimeout));
    }

    private static Context publishingContext(Context storeContext, Duration queryTimeout) {
        Context context = storeContext == null ? new Context() : storeContext.copy();
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, queryTimeout.toMillis());
        // A public endpoint must not make outgoing requests on a caller's behalf.
        context.set(ARQ.httpServiceAllowed, false);
        return context;
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getR().getUnionGraph());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return super.find(unionIfDefault(g), s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return super.contains(unionIfDefault(g), s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private static Node unionIfDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }
}
