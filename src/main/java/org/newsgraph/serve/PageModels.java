package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/** Turns RDF descriptions into the plain values the HTML templates show. Templates escape every value. */
final class PageModels {

    record Link(String href, String label) {}

    /** One value of a property: a link, or a literal with its language or datatype as a note. */
    record Value(Link link, String text, String note) {}

    record PropertyRow(Link predicate, List<Value> values) {}

    record IncomingRow(Link subject, Link predicate) {}

    record Evidence(String quote, String sentence, String offsets) {}

    record StatementView(Link self, Link subject, Link predicate, Link object, String verb, Evidence evidence,
                         Link source, String confidence, List<Link> areas) {}

    record ClaimView(Link self, Link claimant, String verb, String text, List<Link> about, Evidence evidence,
                     String confidence) {}

    record MentionView(Link self, String text, Link article, String offsets) {}

    record Alternate(String href, String format) {}

    record ResourcePage(String title, String uri, List<Alternate> alternates, List<Link> types, List<Link> sameAs,
                        List<StatementView> statements, List<ClaimView> claims, List<MentionView> mentions,
                        List<PropertyRow> properties, List<IncomingRow> incoming) {}

    record SubjectSection(String anchor, Link subject, List<PropertyRow> properties) {}

    record GraphPage(String title, String uri, List<Alternate> alternates, List<SubjectSection> subjects) {}

    record TypeCount(Link type, long count) {}

    record HomePage(String title, String base, List<Link> articles, List<TypeCount> types, String sparql,
                    String voidDocument, String ontology, List<Link> dumps) {}

    record MessagePage(String title, String message, String base) {}

    private final Terms terms;

    PageModels(Terms terms) {
        this.terms = terms;
    }

    ResourcePage resource(Node resource, Graph description, List<Alternate> alternates) {
        Labels labels = new Labels(description, terms);
        Set<Node> shownInSections = new LinkedHashSet<>();
        List<StatementView> statements = new ArrayList<>();
        for (Node node : inTextOrder(subjectsOfType(description, terms.statement), labels)) {
            statements.add(statement(node, description, labels));
            shownInSections.add(node);
        }
        List<ClaimView> claims = new ArrayList<>();
        for (Node node : inTextOrder(subjectsOfType(description, terms.claim), labels)) {
            claims.add(claim(node, description, labels));
            shownInSections.add(node);
        }
        List<MentionView> mentions = new ArrayList<>();
        for (Node node : subjectsOfType(description, terms.mention)) {
            mentions.add(mention(node, labels));
            shownInSections.add(node);
        }
        shownInSections.addAll(subjectsOfType(description, terms.evidenceSpan));
        shownInSections.remove(resource);

        List<IncomingRow> incoming = new ArrayList<>();
        description.find(Node.ANY, Node.ANY, resource).forEachRemaining(t -> {
            if (!shownInSections.contains(t.getSubject())) {
                incoming.add(new IncomingRow(link(t.getSubject(), labels), link(t.getPredicate(), labels)));
            }
        });
        incoming.sort(Comparator.comparing((IncomingRow row) -> row.predicate().label()).thenComparing(row -> row.subject().label()));

        Set<Node> shownAbove = Set.of(Terms.RDF_TYPE, Terms.OWL_SAME_AS);
        return new ResourcePage(
                labels.of(resource),
                resource.getURI(),
                alternates,
                links(description, resource, Terms.RDF_TYPE, labels),
                links(description, resource, Terms.OWL_SAME_AS, labels),
                statements, claims, mentions,
                properties(description, resource, labels, shownAbove),
                incoming);
    }

    GraphPage graph(String title, String uri, Graph contents, List<Alternate> alternates) {
        Labels labels = new Labels(contents, terms);
        List<SubjectSection> sections = new ArrayList<>();
        for (Node subject : sortedSubjects(contents)) {
            sections.add(new SubjectSection(anchor(subject, uri), link(subject, labels),
                    properties(contents, subject, labels, Set.of())));
        }
        return new GraphPage(title, uri, alternates, sections);
    }

    HomePage home(List<Link> articles, Map<Node, Long> typeCounts, Graph ontology) {
        Labels labels = new Labels(ontology, terms);
        List<TypeCount> types = new ArrayList<>();
        typeCounts.forEach((type, count) -> types.add(new TypeCount(link(type, labels), count)));
        types.sort(Comparator.comparing(tc -> tc.type().label()));
        String dumps = terms.base + "dumps/newsgraph.";
        return new HomePage("newsgraph", terms.base, articles, types, terms.base + "sparql",
                terms.base + ".well-known/void", terms.base + "ontology",
                List.of(new Link(dumps + "trig", "TriG"), new Link(dumps + "nq", "N-Quads"),
                        new Link(dumps + "jsonld", "JSON-LD")));
    }

    MessagePage message(String title, String message) {
        return new MessagePage(title, message, terms.base);
    }

    private StatementView statement(Node node, Graph graph, Labels labels) {
        return new StatementView(
                link(node, labels),
                optionalLink(labels.object(node, Terms.RDF_SUBJECT), labels),
                optionalLink(labels.object(node, Terms.RDF_PREDICATE), labels),
                optionalLink(labels.object(node, Terms.RDF_OBJECT), labels),
                labels.literal(node, terms.verb).orElse(null),
                evidence(node, labels),
                optionalLink(labels.object(node, terms.assertedBy), labels),
                labels.literal(node, terms.confidence).orElse(null),
                links(graph, node, terms.inArea, labels));
    }

    private ClaimView claim(Node node, Graph graph, Labels labels) {
        return new ClaimView(
                link(node, labels),
                optionalLink(labels.object(node, terms.claimedBy), labels),
                labels.literal(node, terms.verb).orElse(null),
                labels.literal(node, terms.claimText).orElse(null),
                links(graph, node, terms.about, labels),
                evidence(node, labels),
                labels.literal(node, terms.confidence).orElse(null));
    }

    private MentionView mention(Node node, Labels labels) {
        return new MentionView(
                link(node, labels),
                labels.literal(node, Terms.NIF_ANCHOR_OF).orElse(null),
                optionalLink(labels.object(node, Terms.NIF_REFERENCE_CONTEXT), labels),
                offsets(node, labels));
    }

    private Evidence evidence(Node node, Labels labels) {
        Optional<Node> span = evidenceSpan(node, labels);
        if (span.isEmpty()) {
            return null;
        }
        String sentence = labels.object(span.get(), Terms.NIF_SENTENCE)
                .flatMap(s -> labels.literal(s, Terms.NIF_ANCHOR_OF))
                .orElse(null);
        return new Evidence(labels.literal(span.get(), Terms.NIF_ANCHOR_OF).orElse(null), sentence,
                offsets(span.get(), labels));
    }

    private static String offsets(Node node, Labels labels) {
        Optional<String> begin = labels.literal(node, Terms.NIF_BEGIN);
        Optional<String> end = labels.literal(node, Terms.NIF_END);
        return begin.isPresent() && end.isPresent() ? begin.get() + "–" + end.get() : null;
    }

    private List<PropertyRow> properties(Graph graph, Node subject, Labels labels, Set<Node> skip) {
        Map<Node, List<Value>> byPredicate = new LinkedHashMap<>();
        for (Triple triple : graph.find(subject, Node.ANY, Node.ANY).toList()) {
            if (!skip.contains(triple.getPredicate())) {
                byPredicate.computeIfAbsent(triple.getPredicate(), p -> new ArrayList<>())
                        .add(value(triple.getObject(), labels));
            }
        }
        List<PropertyRow> rows = new ArrayList<>();
        byPredicate.forEach((predicate, values) -> rows.add(new PropertyRow(link(predicate, labels), values)));
        rows.sort(Comparator.comparing(row -> row.predicate().label()));
        return rows;
    }

    private Value value(Node node, Labels labels) {
        if (node.isURI()) {
            return new Value(link(node, labels), null, null);
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            String note = !lang.isEmpty() ? "@" + lang
                    : node.getLiteralDatatypeURI().equals(XSD.xstring.getURI()) ? null
                    : labels.shortName(node.getLiteralDatatypeURI());
            return new Value(null, node.getLiteralLexicalForm(), note);
        }
        return new Value(null, "_:" + node.getBlankNodeLabel(), null);
    }

    private List<Link> links(Graph graph, Node subject, Node predicate, Labels labels) {
        List<Link> links = new ArrayList<>();
        graph.find(subject, predicate, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                links.add(link(t.getObject(), labels));
            }
        });
        links.sort(Comparator.comparing(Link::label));
        return links;
    }

    private static Link link(Node node, Labels labels) {
        return node.isURI() ? new Link(node.getURI(), labels.of(node)) : new Link(null, labels.of(node));
    }

    private static Link optionalLink(Optional<Node> node, Labels labels) {
        return node.map(n -> link(n, labels)).orElse(null);
    }

    private static List<Node> subjectsOfType(Graph graph, Node type) {
        List<Node> subjects = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> subjects.add(t.getSubject()));
        subjects.sort(Comparator.comparing(Node::toString));
        return subjects;
    }

    /** Statements or claims in the order each article makes them (article by article, then by URI when tied). */
    private List<Node> inTextOrder(List<Node> nodes, Labels labels) {
        Comparator<Node> byArticle = Comparator.comparing((Node n) -> evidenceSpan(n, labels)
                .flatMap(span -> labels.object(span, Terms.NIF_REFERENCE_CONTEXT)).map(Node::toString).orElse(""));
        Comparator<Node> byOffset = Comparator.comparingInt((Node n) -> evidenceSpan(n, labels)
                .flatMap(span -> labels.literal(span, Terms.NIF_BEGIN)).map(Integer::parseInt).orElse(Integer.MAX_VALUE));
        Comparator<Node> byUri = Comparator.comparing(Node::toString);
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(byArticle.thenComparing(byOffset).thenComparing(byUri));
        return sorted;
    }

    private Optional<Node> evidenceSpan(Node node, Labels labels) {
        return labels.object(node, terms.evidence);
    }

    private static List<Node> sortedSubjects(Graph graph) {
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        List<Node> sorted = new ArrayList<>(subjects);
        sorted.sort(Comparator.comparing(Node::toString));
        return sorted;
    }

    /** The fragment of a hash IRI in this document, so {@code ontology#Term} lands on the term's section. */
    private static String anchor(Node subject, String documentUri) {
        String iri = subject.isURI() ? subject.getURI() : "";
        return iri.startsWith(documentUri + "#") ? iri.substring(documentUri.length() + 1) : null;
    }
}
