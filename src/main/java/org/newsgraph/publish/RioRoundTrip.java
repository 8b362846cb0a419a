package org.newsgraph.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** Parses a written file with RDF4J Rio, an independent parser, and requires the same graph Jena wrote. */
public final class RioRoundTrip {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RioRoundTrip() {}

    /** Compares a dataset file (TriG, N-Quads, JSON-LD) with all quads of {@code expected}. */
    public static void requireSameDataset(Path file, RDFFormat format, DatasetGraph expected) {
        Model wanted = new LinkedHashModel();
        expected.find().forEachRemaining(q -> wanted.add(resource(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                value(q.getObject()), Quad.isDefaultGraph(q.getGraph()) ? null : resource(q.getGraph())));
        compare(file, format, wanted);
    }

    /** Compares a single-graph file (Turtle) with one graph. */
    public static void requireSameGraph(Path file, RDFFormat format, org.apache.jena.graph.Graph expected) {
        Model wanted = new LinkedHashModel();
        expected.find().forEachRemaining(t -> wanted.add(resource(t.getSubject()), VF.createIRI(t.getPredicate().getURI()),
                value(t.getObject())));
        compare(file, format, wanted);
    }

    private static void compare(Path file, RDFFormat format, Model wanted) {
        Model parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = Rio.parse(in, "", format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!Models.isomorphic(parsed, wanted)) {
            throw new IllegalStateException(file + ": RDF4J Rio reads a different graph than Jena wrote ("
                    + parsed.size() + " statements read, " + wanted.size() + " written)");
        }
    }

    private static Resource resource(Node node) {
        return node.isBlank() ? VF.createBNode(node.getBlankNodeLabel()) : VF.createIRI(node.getURI());
    }

    private static Value value(Node node) {
        if (!node.isLiteral()) {
            return resource(node);
        }
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return VF.createLiteral(node.getLiteralLexicalForm(), lang);
        }
        return VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()));
    }
}
