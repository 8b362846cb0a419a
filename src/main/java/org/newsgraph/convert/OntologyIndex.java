package org.newsgraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** What the ontology allows in annotations (entity types, relationship predicates) and the super-terms of each term. */
public final class OntologyIndex {
    private static final String PACKAGED = "/newsgraph/newsgraph.ttl";
    private final Model ontology;

    public OntologyIndex(Model ontology) {
        this.ontology = ontology;
    }

    public static OntologyIndex load(Path ontologyFile) {
        return new OntologyIndex(RDFDataMgr.loadModel(ontologyFile.toString()));
    }

    /** The ontology packaged with the program (ontology/newsgraph.ttl at build time). */
    public static OntologyIndex packaged() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyIndex.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException("the ontology " + PACKAGED + " is missing from the classpath");
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology " + PACKAGED, e);
        }
        return new OntologyIndex(model);
    }

    /**
     * Whether a relationship with this predicate may join entities of these types: each type is the predicate's
     * rdfs:domain (or range), or one of its sub-classes, for the predicate and each of its super-properties.
     */
    public boolean fits(String predicate, String subjectType, String objectType) {
        Property p = Vocab.ngProperty(predicate);
        Set<Resource> properties = new LinkedHashSet<>(superProperties(p));
        properties.add(p);
        for (Resource property : properties) {
            Resource inModel = ontology.createResource(property.getURI());
            if (!isA(subjectType, inModel, RDFS.domain) || !isA(objectType, inModel, RDFS.range)) {
                return false;
            }
        }
        return true;
    }

    private boolean isA(String typeName, Resource property, Property constraint) {
        Resource type = Vocab.ng(typeName);
        Set<Resource> classes = new LinkedHashSet<>(superClasses(type));
        classes.add(type);
        return ontology.listObjectsOfProperty(property, constraint).toList().stream()
                .allMatch(c -> !c.isURIResource() || classes.contains(c.asResource()));
    }

    /** The rdfs:label of a relationship predicate ("holds post"), or its name when it has none. */
    public String label(String predicate) {
        return ontology.listObjectsOfProperty(ontology.createResource(Vocab.ngProperty(predicate).getURI()), RDFS.label)
                .nextOptional().map(l -> l.asLiteral().getString()).orElse(predicate);
    }

    public Model model() {
        return ontology;
    }

    /** The class for an entity type name such as {@code Country}, if it is a sub-class of ng:Entity. */
    public Optional<Resource> entityType(String localName) {
        Resource type = Vocab.ng(localName);
        return superClasses(type).contains(Vocab.ENTITY) ? Optional.of(type) : Optional.empty();
    }

    /** The predicate for a relationship name such as {@code advocates}, if it is ng:relatedTo or below it. */
    public Optional<Property> relationPredicate(String localName) {
        Property predicate = Vocab.ngProperty(localName);
        boolean known = predicate.equals(Vocab.RELATED_TO) || superProperties(predicate).contains(Vocab.RELATED_TO);
        return known ? Optional.of(predicate) : Optional.empty();
    }

    public Set<String> entityTypeNames() {
        return ownSubjects(RDFS.subClassOf, t -> entityType(t).isPresent());
    }

    public Set<String> relationPredicateNames() {
        return ownSubjects(RDFS.subPropertyOf, p -> relationPredicate(p).isPresent());
    }

    /** All super-classes of a class, transitively, without the class itself and without owl:Thing. */
    public Set<Resource> superClasses(Resource type) {
        Set<Resource> found = new LinkedHashSet<>();
        closure(type, RDFS.subClassOf, found);
        found.remove(type);
        found.remove(OWL.Thing);
        return found;
    }

    /** All super-properties of a property, transitively, without the property itself. */
    public Set<Property> superProperties(Property property) {
        Set<Resource> found = new LinkedHashSet<>();
        closure(property, RDFS.subPropertyOf, found);
        found.remove(property);
        Set<Property> properties = new LinkedHashSet<>();
        found.forEach(r -> properties.add(ResourceFactory.createProperty(r.getURI())));
        return properties;
    }

    /** Whether the property is declared an owl:SymmetricProperty ("cooperates with"). */
    public boolean isSymmetric(Property property) {
        return ontology.contains(ontology.createResource(property.getURI()), RDF.type, OWL.SymmetricProperty);
    }

    /** The declared owl:inverseOf of a property, in either direction. */
    public Optional<Property> inverse(Property property) {
        Resource p = ontology.createResource(property.getURI());
        RDFNode inverse = ontology.listObjectsOfProperty(p, OWL.inverseOf).nextOptional()
                .orElseGet(() -> ontology.listSubjectsWithProperty(OWL.inverseOf, p).nextOptional().orElse(null));
        return inverse != null && inverse.isURIResource()
                ? Optional.of(ResourceFactory.createProperty(inverse.asResource().getURI()))
                : Optional.empty();
    }

    private void closure(Resource start, Property link, Set<Resource> found) {
        if (!found.add(start)) {
            return;
        }
        ontology.listObjectsOfProperty(ontology.createResource(start.getURI()), link).forEach(parent -> {
            if (parent.isURIResource()) {
                closure(parent.asResource(), link, found);
            }
        });
    }

    private Set<String> ownSubjects(Property link, Predicate<String> keep) {
        Set<String> names = new TreeSet<>();
        ontology.listSubjectsWithProperty(link).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Uris.NS)) {
                String name = s.getURI().substring(Uris.NS.length());
                if (keep.test(name)) {
                    names.add(name);
                }
            }
        });
        if (link.equals(RDFS.subPropertyOf)) {
            names.add("relatedTo");
        }
        return names;
    }
}
