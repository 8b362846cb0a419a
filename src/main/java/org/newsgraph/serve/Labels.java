package org.newsgraph.serve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/** Human-readable names for the nodes of a description, for HTML pages. */
final class Labels {
    /** Properties naming a thing, in order of preference. */
    static final List<Node> LABEL_PROPERTIES =
            List.of(Terms.RDFS_LABEL, Terms.SKOS_PREF_LABEL, Terms.DCT_TITLE, Terms.SCHEMA_HEADLINE);

    private final Graph graph;
    private final Terms terms;
    private final PrefixMapping prefixes;

    Labels(Graph graph, Terms terms) {
        this.graph = graph;
        this.terms = terms;
        this.prefixes = terms.prefixes();
    }

    /** Label from the data if any (English preferred), else a statement's sentence, else a short form of the IRI. */
    String of(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        for (Node property : LABEL_PROPERTIES) {
            Optional<String> label = literal(node, property);
            if (label.isPresent()) {
                return label.get();
            }
        }
        if (graph.contains(node, Terms.RDF_TYPE, terms.statement)) {
            Optional<Node> s = object(node, Terms.RDF_SUBJECT);
            Optional<Node> p = object(node, Terms.RDF_PREDICATE);
            Optional<Node> o = object(node, Terms.RDF_OBJECT);
            if (s.isPresent() && p.isPresent() && o.isPresent()) {
                return of(s.get()) + " — " + of(p.get()) + " — " + of(o.get());
            }
        }
        return shortName(node.getURI());
    }

    /** The IRI without the base for local resources, as a prefixed name where possible, else in full. */
    String shortName(String iri) {
        if (iri.startsWith(terms.base) && !iri.startsWith(terms.ns)) {
            return iri.substring(terms.base.length());
        }
        String qname = prefixes.qnameFor(iri);
        return qname != null ? qname : iri;
    }

    Optional<Node> object(Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).nextOptional().map(Triple::getObject);
    }

    /** A literal value of a property, the English or language-less one first. */
    Optional<String> literal(Node subject, Node predicate) {
        String fallback = null;
        for (Triple triple : graph.find(subject, predicate, Node.ANY).toList()) {
            Node value = triple.getObject();
            if (value.isLiteral()) {
                String lang = value.getLiteralLanguage();
                if (lang.isEmpty() || lang.toLowerCase().startsWith("en")) {
                    return Optional.of(value.getLiteralLexicalForm());
                }
                fallback = value.getLiteralLexicalForm();
            }
        }
        return Optional.ofNullable(fallback);
    }
}
