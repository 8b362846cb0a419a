package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.convert.Uris;
import org.newsgraph.convert.Vocab;
import org.newsgraph.store.BaseRewriter;

/**
 * The URIs the server needs, under the served base. {@link Vocab} holds the same ontology terms under the canonical
 * base; the store has rewritten them to the served base, so they are rebuilt here from it.
 */
final class Terms {
    final String base;
    private final BaseRewriter rewriter;
    final String ns;
    final Node ontologyGraph;
    final Node metaGraph;

    final Node statement;
    final Node claim;
    final Node mention;
    final Node evidenceSpan;
    final Node article;
    final Node evidence;
    final Node assertedBy;
    final Node confidence;
    final Node verb;
    final Node claimedBy;
    final Node claimText;
    final Node about;
    final Node hasStatement;
    final Node inArea;

    static final Node RDFS_LABEL = RDFS.label.asNode();
    static final Node RDF_TYPE = RDF.type.asNode();
    static final Node RDF_SUBJECT = RDF.subject.asNode();
    static final Node RDF_PREDICATE = RDF.predicate.asNode();
    static final Node RDF_OBJECT = RDF.object.asNode();
    static final Node OWL_SAME_AS = OWL.sameAs.asNode();
    static final Node SKOS_PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node DCT_TITLE = DCTerms.title.asNode();
    static final Node SCHEMA_HEADLINE = Vocab.SCHEMA_HEADLINE.asNode();
    static final Node NIF_ANCHOR_OF = Vocab.NIF_ANCHOR_OF.asNode();
    static final Node NIF_BEGIN = Vocab.NIF_BEGIN.asNode();
    static final Node NIF_END = Vocab.NIF_END.asNode();
    static final Node NIF_SENTENCE = Vocab.NIF_SENTENCE_PROP.asNode();
    static final Node NIF_REFERENCE_CONTEXT = Vocab.NIF_REFERENCE_CONTEXT.asNode();
    static final Node ITS_TA_IDENT_REF = Vocab.ITS_TA_IDENT_REF.asNode();

    Terms(String base) {
        this.base = base;
        this.rewriter = new BaseRewriter(base);
        this.ns = served(Uris.NS);
        this.ontologyGraph = iri(served(Uris.ONTOLOGY_GRAPH));
        this.metaGraph = iri(served(Uris.META_GRAPH));
        this.statement = ng("Statement");
        this.claim = ng("Claim");
        this.mention = ng("Mention");
        this.evidenceSpan = ng("EvidenceSpan");
        this.article = ng("Article");
        this.evidence = ng("evidence");
        this.assertedBy = ng("assertedBy");
        this.confidence = ng("confidence");
        this.verb = ng("verb");
        this.claimedBy = ng("claimedBy");
        this.claimText = ng("claimText");
        this.about = ng("about");
        this.hasStatement = ng("hasStatement");
        this.inArea = ng("inArea");
    }

    /** A canonical URI moved to the served base. */
    String served(String canonicalUri) {
        return rewriter.rewrite(canonicalUri);
    }

    Node ng(String localName) {
        return iri(ns + localName);
    }

    static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }

    /** Prefixes written into Turtle and JSON-LD and used to shorten names in HTML: the published ones, moved to the base. */
    PrefixMapping prefixes() {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        Vocab.PREFIXES.forEach((prefix, namespace) -> prefixes.setNsPrefix(prefix, rewriter.rewrite(namespace)));
        return prefixes;
    }
}
