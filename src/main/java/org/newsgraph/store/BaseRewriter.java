package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.newsgraph.convert.Uris;

/** Moves the dataset from the canonical base to the base it is served at, so every URI resolves on that server. */
public final class BaseRewriter {
    private final String base;

    public BaseRewriter(String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base must end with '/': " + base);
        }
        this.base = base;
    }

    public String rewrite(String uri) {
        return uri.startsWith(Uris.CANONICAL_BASE) ? base + uri.substring(Uris.CANONICAL_BASE.length()) : uri;
    }

    public Node rewrite(Node node) {
        if (node.isURI()) {
            String uri = node.getURI();
            return uri.startsWith(Uris.CANONICAL_BASE) ? NodeFactory.createURI(rewrite(uri)) : node;
        }
        // void:uriSpace and similar hold our base as a plain string
        if (node.isLiteral() && node.getLiteralLanguage().isEmpty()
                && node.getLiteralLexicalForm().startsWith(Uris.CANONICAL_BASE)
                && node.getLiteralLexicalForm().chars().noneMatch(Character::isWhitespace)) {
            return NodeFactory.createLiteralDT(rewrite(node.getLiteralLexicalForm()), node.getLiteralDatatype());
        }
        return node;
    }

    /** A stream that rewrites every quad and triple before passing it on. */
    public StreamRDF wrap(StreamRDF destination) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple t) {
                super.triple(Triple.create(rewrite(t.getSubject()), rewrite(t.getPredicate()), rewrite(t.getObject())));
            }

            @Override
            public void quad(Quad q) {
                super.quad(Quad.create(rewrite(q.getGraph()), rewrite(q.getSubject()), rewrite(q.getPredicate()),
                        rewrite(q.getObject())));
            }

            @Override
            public void prefix(String prefix, String iri) {
                super.prefix(prefix, rewrite(iri));
            }
        };
    }
}
