package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Builds the triples published about one resource, across all named graphs:
 * <ul>
 * <li>every triple with the resource as subject, and every triple pointing to it;</li>
 * <li>the triples of the annotation nodes attached to it (statements, claims, mentions, evidence spans), so a page
 * about an entity shows what is said about it and where — except the nodes that merely sit in an article via
 * {@code nif:referenceContext}, which would pull a whole article into its own description;</li>
 * <li>for statements and claims, their evidence spans and the text and offsets of the sentences holding them;</li>
 * <li>the labels (rdfs:label and the other {@link Labels#LABEL_PROPERTIES}) of every IRI in the description.</li>
 * </ul>
 * Callers hold a read transaction.
 */
final class ResourceDescriber {
    private final DatasetGraph data;
    private final Terms terms;
    private final Set<Node> annotationTypes;

    ResourceDescriber(DatasetGraph data, Terms terms) {
        this.data = data;
        this.terms = terms;
        this.annotationTypes = Set.of(terms.statement, terms.claim, terms.mention, terms.evidenceSpan);
    }

    boolean exists(Node resource) {
        return data.contains(Node.ANY, resource, Node.ANY, Node.ANY) || data.contains(Node.ANY, Node.ANY, Node.ANY, resource);
    }

    Graph describe(Node resource) {
        Graph description = GraphFactory.createDefaultGraph();
        Set<Node> annotations = new LinkedHashSet<>();
        if (isAnnotation(resource)) {
            annotations.add(resource);
        }
        for (Triple triple : outgoing(resource)) {
            description.add(triple);
            if (isAnnotation(triple.getObject())) {
                annotations.add(triple.getObject());
            }
        }
        for (Iterator<Quad> incoming = data.find(Node.ANY, Node.ANY, Node.ANY, resource); incoming.hasNext(); ) {
            Triple triple = incoming.next().asTriple();
            description.add(triple);
            if (!triple.getPredicate().equals(Terms.NIF_REFERENCE_CONTEXT) && isAnnotation(triple.getSubject())) {
                annotations.add(triple.getSubject());
            }
        }
        for (Node annotation : annotations) {
            outgoing(annotation).forEach(description::add);
            for (Node span : objects(annotation, terms.evidence)) {
                outgoing(span).forEach(description::add);
                for (Node sentence : objects(span, Terms.NIF_SENTENCE)) {
                    copy(sentence, Terms.NIF_ANCHOR_OF, description);
                    copy(sentence, Terms.NIF_BEGIN, description);
                    copy(sentence, Terms.NIF_END, description);
                }
            }
        }
        addLabels(description, resource);
        return description;
    }

    /** The triples of one named graph; empty if there is no such graph. */
    Graph graphContents(Node graphName) {
        Graph contents = GraphFactory.createDefaultGraph();
        data.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> contents.add(quad.asTriple()));
        return contents;
    }

    /** Adds the labels of the IRIs a graph mentions, so pages can name what they link to. */
    void addLabels(Graph graph, Node except) {
        Set<Node> iris = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> {
            iris.add(t.getSubject());
            iris.add(t.getPredicate());
            iris.add(t.getObject());
        });
        for (Node iri : iris) {
            if (iri.isURI() && !iri.equals(except)) {
                Labels.LABEL_PROPERTIES.forEach(property -> copy(iri, property, graph));
            }
        }
    }

    private boolean isAnnotation(Node node) {
        if (!node.isURI()) {
            return false;
        }
        for (Node type : objects(node, Terms.RDF_TYPE)) {
            if (annotationTypes.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private List<Triple> outgoing(Node subject) {
        List<Triple> triples = new ArrayList<>();
        data.find(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(quad -> triples.add(quad.asTriple()));
        return triples;
    }

    private Set<Node> objects(Node subject, Node predicate) {
        Set<Node> objects = new LinkedHashSet<>();
        data.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(quad -> objects.add(quad.getObject()));
        return objects;
    }

    private void copy(Node subject, Node predicate, Graph into) {
        data.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(quad -> into.add(quad.asTriple()));
    }
}
