package org.newsgraph.convert;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The dataset's self-description (VoID and DCAT) computed from its graphs: the contents of the meta graph. */
public final class DatasetDescription {
    /** Dump files the server offers, by file name and media type. */
    public static final List<String[]> DUMPS = List.of(
            new String[] {"newsgraph.trig", "application/trig"},
            new String[] {"newsgraph.nq", "application/n-quads"},
            new String[] {"newsgraph.jsonld", "application/ld+json"});

    private static final String BASE = Uris.CANONICAL_BASE;
    private static final Property VOID_TRIPLES = Vocab.property(Vocab.VOID, "triples");
    private static final Property VOID_ENTITIES = Vocab.property(Vocab.VOID, "entities");

    private DatasetDescription() {}

    public static Model describe(Dataset dataset, List<String> articleIds) {
        Model meta = ModelFactory.createDefaultModel();
        meta.setNsPrefixes(Vocab.PREFIXES);
        Resource ds = meta.createResource(Uris.DATASET);
        ds.addProperty(RDF.type, Vocab.VOID_DATASET).addProperty(RDF.type, Vocab.DCAT_DATASET);
        ds.addProperty(DCTerms.title, "newsgraph", "en");
        ds.addProperty(RDFS.label, "newsgraph", "en");
        ds.addProperty(DCTerms.description, "News articles as a linked-data knowledge graph: the people, countries,"
                + " organisations, alliances, events and topics they mention, what they say about them, and the"
                + " evidence in the text.", "en");
        ds.addProperty(DCTerms.license, meta.createResource("https://creativecommons.org/licenses/by/4.0/"));
        ds.addProperty(Vocab.property(Vocab.VOID, "uriSpace"), BASE + "id/");
        ds.addProperty(Vocab.property(Vocab.VOID, "sparqlEndpoint"), meta.createResource(BASE + "sparql"));
        ds.addProperty(Vocab.property(Vocab.VOID, "feature"), meta.createResource("http://www.w3.org/ns/formats/Turtle"));
        ds.addProperty(Vocab.property(Vocab.VOID, "feature"), meta.createResource("http://www.w3.org/ns/formats/JSON-LD"));
        ds.addProperty(Vocab.property(Vocab.VOID, "feature"), meta.createResource("http://www.w3.org/ns/formats/RDF_XML"));
        ds.addProperty(Vocab.property(Vocab.VOID, "feature"), meta.createResource("http://www.w3.org/ns/formats/N-Triples"));
        ds.addProperty(DCTerms.conformsTo, meta.createResource(Uris.ONTOLOGY));

        Model union = ModelFactory.createDefaultModel();
        dataset.listModelNames().forEachRemaining(name -> {
            if (!name.getURI().equals(Uris.META_GRAPH)) {
                union.add(dataset.getNamedModel(name));
            }
        });
        ds.addLiteral(VOID_TRIPLES, count(union.size()));
        // every entity carries ng:Entity among its materialised super-classes
        List<Resource> entities = union.listSubjectsWithProperty(RDF.type, Vocab.ENTITY).toList().stream()
                .sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
        ds.addLiteral(VOID_ENTITIES, count(entities.size()));
        ds.addLiteral(Vocab.property(Vocab.VOID, "distinctSubjects"), count(union.listSubjects().toSet().size()));
        ds.addLiteral(Vocab.property(Vocab.VOID, "properties"), count(union.listStatements().mapWith(Statement::getPredicate).toSet().size()));
        entities.stream().findFirst().ifPresent(e -> ds.addProperty(Vocab.property(Vocab.VOID, "exampleResource"), e));
        vocabularies(union).forEach(ns -> ds.addProperty(Vocab.property(Vocab.VOID, "vocabulary"), meta.createResource(ns)));

        for (String articleId : articleIds) {
            Resource subset = meta.createResource(Uris.DATASET + "/article/" + articleId);
            Model graph = dataset.getNamedModel(Uris.articleGraph(articleId));
            subset.addProperty(RDF.type, Vocab.VOID_DATASET);
            subset.addProperty(RDFS.label, "article " + articleId, "en");
            subset.addProperty(Vocab.property(Vocab.VOID, "rootResource"), meta.createResource(Uris.article(articleId)));
            subset.addProperty(Vocab.property("http://www.w3.org/ns/sparql-service-description#", "name"),
                    meta.createResource(Uris.articleGraph(articleId)));
            subset.addLiteral(VOID_TRIPLES, count(graph.size()));
            ds.addProperty(Vocab.property(Vocab.VOID, "subset"), subset);
            ds.addProperty(Vocab.property(Vocab.VOID, "rootResource"), meta.createResource(Uris.article(articleId)));
        }

        linkset(meta, ds, union, "wikidata", "Wikidata", "https://www.wikidata.org/", Vocab.WIKIDATA);
        linkset(meta, ds, union, "dbpedia", "DBpedia", "https://dbpedia.org/", Vocab.DBPEDIA);

        for (String[] dump : DUMPS) {
            Resource file = meta.createResource(BASE + "dumps/" + dump[0]);
            ds.addProperty(Vocab.property(Vocab.VOID, "dataDump"), file);
            Resource distribution = meta.createResource(Uris.DATASET + "/distribution/" + dump[0].replace('.', '-'));
            distribution.addProperty(RDF.type, Vocab.DCAT_DISTRIBUTION);
            distribution.addProperty(DCTerms.title, "Full dump (" + dump[1] + ")", "en");
            distribution.addProperty(Vocab.property(Vocab.DCAT, "downloadURL"), file);
            distribution.addProperty(Vocab.property(Vocab.DCAT, "mediaType"),
                    meta.createResource("https://www.iana.org/assignments/media-types/" + dump[1]));
            ds.addProperty(Vocab.property(Vocab.DCAT, "distribution"), distribution);
        }
        Resource service = meta.createResource(BASE + "sparql");
        service.addProperty(RDF.type, Vocab.DCAT_DATA_SERVICE);
        service.addProperty(DCTerms.title, "newsgraph SPARQL 1.1 endpoint", "en");
        service.addProperty(Vocab.property(Vocab.DCAT, "endpointURL"), service);
        service.addProperty(Vocab.property(Vocab.DCAT, "servesDataset"), ds);
        service.addProperty(DCTerms.conformsTo, meta.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        return meta;
    }

    private static void linkset(Model meta, Resource ds, Model union, String key, String title, String homepage, String uriSpace) {
        long links = union.listStatements(null, OWL.sameAs, (Resource) null).filterKeep(s ->
                s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(uriSpace)).toList().size();
        Resource target = meta.createResource(homepage);
        target.addProperty(RDF.type, Vocab.VOID_DATASET);
        target.addProperty(DCTerms.title, title, "en");
        target.addProperty(Vocab.property(Vocab.VOID, "uriSpace"), uriSpace);
        Resource linkset = meta.createResource(Uris.DATASET + "/linkset/" + key);
        linkset.addProperty(RDF.type, Vocab.VOID_LINKSET);
        linkset.addProperty(DCTerms.title, "owl:sameAs links to " + title, "en");
        linkset.addProperty(Vocab.property(Vocab.VOID, "subjectsTarget"), ds);
        linkset.addProperty(Vocab.property(Vocab.VOID, "objectsTarget"), target);
        linkset.addProperty(Vocab.property(Vocab.VOID, "linkPredicate"), OWL.sameAs);
        linkset.addLiteral(VOID_TRIPLES, count(links));
        ds.addProperty(Vocab.property(Vocab.VOID, "subset"), linkset);
    }

    private static Set<String> vocabularies(Model union) {
        Set<String> namespaces = new TreeSet<>();
        union.listStatements().forEach(s -> {
            namespaces.add(s.getPredicate().getNameSpace());
            if (s.getPredicate().equals(RDF.type) && s.getObject().isURIResource()) {
                namespaces.add(s.getObject().asResource().getNameSpace());
            }
        });
        namespaces.removeIf(ns -> !Vocab.PREFIXES.containsValue(ns));
        return namespaces;
    }

    private static Literal count(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
