package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.convert.Uris;
import org.newsgraph.convert.Vocab;

/** The published ontology, shapes and JSON-LD context agree with docs/model.md and with each other. */
class OntologyTest {
    private static final Path ONTOLOGY_FILE = Path.of("ontology/newsgraph.ttl");
    private static final Path SHAPES_FILE = Path.of("ontology/shapes.ttl");
    private static final Path CONTEXT_FILE = Path.of("ontology/context.jsonld");
    private static final Path MODEL_DOC = Path.of("docs/model.md");
    private static final Pattern OWN_TERM = Pattern.compile("`ng:(\\w+)`");
    /** "`ng:memberOf` ⊑ `ng:partOf`, `org:memberOf`" and "`ng:assertedBy` (⊑ `prov:wasAttributedTo`)". */
    private static final Pattern SUBPROPERTY = Pattern.compile("`(ng:\\w+)` \\(?⊑ ((?:`[\\w:]+`(?:, )?)+)");
    private static final Pattern BACKTICKED_NAME = Pattern.compile("`([\\w]+:[\\w]+)`");

    private static final String BASE = Uris.CANONICAL_BASE;
    private static final String ARTICLE = BASE + "id/article/sample";
    private static final String STATEMENT = ARTICLE + "/statement/canada--sharesintelligencewith--united-states";
    private static final String SPAN = ARTICLE + "/span/3-52";
    private static final String CANADA = BASE + "id/country/canada";

    /**
     * One article graph as the converter writes it. The text starts with a flag emoji (two code points outside
     * the BMP), so the offsets below are right only when counted in code points as NIF requires.
     */
    private static final String SAMPLE = """
            @base <https://newsgraph.org/> .
            @prefix ng: <https://newsgraph.org/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema: <http://schema.org/> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix org: <http://www.w3.org/ns/org#> .

            <id/article/sample> a ng:Article ;
                nif:isString "🇨🇦 Canada shares intelligence with the United States. Experts warn of risks." ;
                nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "76"^^xsd:nonNegativeInteger ;
                dcterms:title "Canada and the United States"@en ; schema:headline "Canada and the United States"@en ;
                dcterms:language "en" ; schema:datePublished "2025-03-20"^^xsd:date ;
                schema:url <https://news.example/canada> ;
                schema:mentions <id/country/canada>, <id/country/united-states>, <id/article/sample/group/experts> .

            <id/article/sample/sentence/1> a ng:Sentence ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "53"^^xsd:nonNegativeInteger ;
                nif:anchorOf "🇨🇦 Canada shares intelligence with the United States." ;
                nif:nextSentence <id/article/sample/sentence/2> .
            <id/article/sample/sentence/2> a ng:Sentence ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "54"^^xsd:nonNegativeInteger ; nif:endIndex "76"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Experts warn of risks." .

            <id/article/sample/mention/3-9> a ng:Mention ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "3"^^xsd:nonNegativeInteger ; nif:endIndex "9"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Canada" ; nif:sentence <id/article/sample/sentence/1> ;
                itsrdf:taIdentRef <id/country/canada> .
            <id/article/sample/mention/39-52> a ng:Mention ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "39"^^xsd:nonNegativeInteger ; nif:endIndex "52"^^xsd:nonNegativeInteger ;
                nif:anchorOf "United States" ; nif:sentence <id/article/sample/sentence/1> ;
                itsrdf:taIdentRef <id/country/united-states> .
            <id/article/sample/mention/54-61> a ng:Mention ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "54"^^xsd:nonNegativeInteger ; nif:endIndex "61"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Experts" ; nif:sentence <id/article/sample/sentence/2> ;
                itsrdf:taIdentRef <id/article/sample/group/experts> .

            <id/article/sample/span/3-52> a ng:EvidenceSpan ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "3"^^xsd:nonNegativeInteger ; nif:endIndex "52"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Canada shares intelligence with the United States" ;
                nif:sentence <id/article/sample/sentence/1> .
            <id/article/sample/span/54-75> a ng:EvidenceSpan ;
                nif:referenceContext <id/article/sample> ;
                nif:beginIndex "54"^^xsd:nonNegativeInteger ; nif:endIndex "75"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Experts warn of risks" ;
                nif:sentence <id/article/sample/sentence/2> .

            <id/country/canada> a ng:Country ;
                rdfs:label "Canada"@en ; skos:prefLabel "Canada"@en ; skos:altLabel "Canadian"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q16>, <http://dbpedia.org/resource/Canada> ;
                ng:sharesIntelligenceWith <id/country/united-states> ;
                ng:hasStatement <id/article/sample/statement/canada--sharesintelligencewith--united-states> .
            <id/country/united-states> a ng:Country ;
                rdfs:label "United States"@en ; skos:prefLabel "United States"@en ;
                owl:sameAs <http://www.wikidata.org/entity/Q30> .
            <id/article/sample/group/experts> a ng:UnnamedGroup ;
                rdfs:label "experts"@en ; skos:prefLabel "experts"@en .
            <id/topic/intelligence-sharing> a ng:Topic ;
                rdfs:label "intelligence sharing"@en ; skos:prefLabel "intelligence sharing"@en ;
                skos:inScheme ng:topics .
            <id/person/melanie-joly> a ng:Person ;
                rdfs:label "Mélanie Joly"@en ; skos:prefLabel "Mélanie Joly"@en ;
                org:holds <id/post/foreign-affairs-minister-of-canada> .
            <id/post/foreign-affairs-minister-of-canada> a ng:Post ;
                rdfs:label "foreign affairs minister of Canada"@en ; skos:prefLabel "foreign affairs minister of Canada"@en ;
                org:heldBy <id/person/melanie-joly> ; org:postIn <id/country/canada> .

            <id/article/sample/statement/canada--sharesintelligencewith--united-states> a ng:Statement ;
                rdf:subject <id/country/canada> ;
                rdf:predicate ng:sharesIntelligenceWith ;
                rdf:object <id/country/united-states> ;
                ng:evidence <id/article/sample/span/3-52> ;
                ng:assertedBy <id/article/sample> ;
                ng:confidence 0.9 ;
                ng:inArea <id/topic/intelligence-sharing> .

            <id/article/sample/claim/0123456789ab> a ng:Claim ;
                ng:claimedBy <id/article/sample/group/experts> ;
                ng:claimText "There are risks."@en ;
                ng:verb "warn" ;
                ng:about <id/country/canada> ;
                ng:evidence <id/article/sample/span/54-75> ;
                ng:confidence 1.0 .
            """;

    private static Model ontology;
    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY_FILE.toString());
        shapesModel = RDFDataMgr.loadModel(SHAPES_FILE.toString());
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    @Test
    void ontologyHeaderNamesVersionLicenseAndPrefix() {
        Resource header = ontology.getResource(Uris.ONTOLOGY);
        assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(header.hasProperty(OWL2.versionIRI, ontology.getResource(Uris.ONTOLOGY + "/0.1.0")));
        assertTrue(header.hasProperty(DCTerms.license,
                ontology.getResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(header.hasProperty(ontology.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri"),
                Uris.NS));
    }

    @Test
    void everyOwnTermHasEnglishLabelCommentAndDefinedBy() {
        List<String> problems = new ArrayList<>();
        for (Resource term : ownSubjects()) {
            for (Property required : List.of(RDFS.label, RDFS.comment)) {
                if (!hasEnglish(term, required)) {
                    problems.add(term.getLocalName() + " lacks an @en " + required.getLocalName());
                }
            }
            if (!term.hasProperty(RDFS.isDefinedBy, ontology.getResource(Uris.ONTOLOGY))) {
                problems.add(term.getLocalName() + " lacks rdfs:isDefinedBy");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOwnPropertyHasDomainAndRange() {
        List<String> problems = new ArrayList<>();
        for (Resource property : ownProperties()) {
            for (Property required : List.of(RDFS.domain, RDFS.range)) {
                if (!property.hasProperty(required)) {
                    problems.add(property.getLocalName() + " lacks rdfs:" + required.getLocalName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOwnTermUsedInOntologyOrShapesIsDefined() {
        Set<String> defined = ownSubjects().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> undefined = new TreeSet<>();
        for (Model model : List.of(ontology, shapesModel)) {
            model.listStatements().forEach(statement -> {
                for (RDFNode node : List.of(statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                    if (isOwn(node) && !defined.contains(node.asResource().getURI())) {
                        undefined.add(node.asResource().getURI());
                    }
                }
            });
        }
        assertEquals(Set.of(), undefined);
    }

    @Test
    void everyTermInModelDocIsDefined() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher matcher = OWN_TERM.matcher(Files.readString(MODEL_DOC));
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }
        assertTrue(documented.size() > 40, "docs/model.md names only " + documented);
        Set<String> missing = documented.stream()
                .filter(name -> !ontology.getResource(Uris.term(name)).hasProperty(RDF.type))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    @Test
    void classAlignmentsInModelDocAreInTheOntology() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String row : tableRows("| class | subClassOf |")) {
            String[] cells = row.split("\\|");
            Resource own = term(stripTicks(cells[1]));
            for (String superClass : backtickedNames(cells[2])) {
                if (!own.hasProperty(RDFS.subClassOf, term(superClass))) {
                    problems.add(own.getLocalName() + " is not rdfs:subClassOf " + superClass);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void propertyAlignmentsInModelDocAreInTheOntology() throws IOException {
        List<String> problems = new ArrayList<>();
        Matcher matcher = SUBPROPERTY.matcher(Files.readString(MODEL_DOC));
        int found = 0;
        while (matcher.find()) {
            found++;
            Resource own = term(matcher.group(1));
            for (String superProperty : backtickedNames(matcher.group(2))) {
                if (!own.hasProperty(RDFS.subPropertyOf, term(superProperty))) {
                    problems.add(own.getLocalName() + " is not rdfs:subPropertyOf " + superProperty);
                }
            }
        }
        assertTrue(found >= 5, "expected the ⊑ alignments of docs/model.md, found " + found);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRelationshipPredicateIsBelowRelatedTo() throws IOException {
        List<String> predicates = tableRows("| predicate | meaning |").stream()
                .map(row -> backtickedNames(row.split("\\|")[1]).getFirst())
                .toList();
        assertTrue(predicates.size() > 10, "relationship predicates in docs/model.md: " + predicates);
        List<String> notBelow = predicates.stream()
                .filter(name -> !isSubPropertyOfRelatedTo(term(name)))
                .toList();
        assertEquals(List.of(), notBelow);
    }

    @Test
    void shapesTargetEveryClassTheConverterEmits() {
        Set<String> targets = shapesModel.listObjectsOfProperty(SHACLM.targetClass).toList().stream()
                .map(node -> node.asResource().getLocalName())
                .collect(Collectors.toSet());
        assertTrue(targets.containsAll(List.of("Article", "Sentence", "Mention", "EvidenceSpan", "Entity", "Person",
                "Post", "Topic", "Statement", "Claim")), "targets: " + targets);
        assertFalse(shapes.getTargetShapes().isEmpty());
    }

    @Test
    void wellFormedArticleGraphConforms() {
        ValidationReport report = validate(sample());
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void statementWithoutEvidenceAndWithConfidenceAboveOneIsReportedOnItsPaths() {
        Model data = sample();
        Resource statement = data.getResource(STATEMENT);
        data.removeAll(statement, Vocab.EVIDENCE, null);
        data.removeAll(statement, Vocab.CONFIDENCE, null);
        data.add(statement, Vocab.CONFIDENCE, data.createTypedLiteral("1.5", XSDDatatype.XSDdecimal));

        assertEquals(Set.of(STATEMENT + " " + Vocab.EVIDENCE.getURI(), STATEMENT + " " + Vocab.CONFIDENCE.getURI()),
                violations(data));
    }

    @Test
    void anchorThatIsNotTheTextAtItsOffsetsIsReported() {
        Model data = sample();
        Resource span = data.getResource(SPAN);
        data.removeAll(span, Vocab.NIF_ANCHOR_OF, null);
        data.add(span, Vocab.NIF_ANCHOR_OF, "Canada shares intelligence with the United State");

        assertEquals(Set.of(SPAN + " " + Vocab.NIF_ANCHOR_OF.getURI()), violations(data));
    }

    @Test
    void sameAsToAWikipediaPageAndUntaggedLabelAreReported() {
        Model data = sample();
        Resource canada = data.getResource(CANADA);
        data.add(canada, OWL.sameAs, data.createResource("https://www.wikidata.org/wiki/Q16"));
        data.removeAll(canada, RDFS.label, null);
        data.add(canada, RDFS.label, "Canada");

        assertEquals(Set.of(CANADA + " " + OWL.sameAs.getURI(), CANADA + " " + RDFS.label.getURI()),
                violations(data));
    }

    @Test
    void statementPredicateOutsideTheOntologyIsReported() {
        Model data = sample();
        Resource statement = data.getResource(STATEMENT);
        data.removeAll(statement, RDF.predicate, null);
        data.add(statement, RDF.predicate, Vocab.ngProperty("sharesIntelligence"));

        assertEquals(Set.of(STATEMENT + " " + RDF.predicate.getURI()), violations(data));
    }

    @Test
    void contextHasATermForEveryOwnPropertyWithTheRightValueType() throws IOException {
        JsonNode context = new ObjectMapper().readTree(CONTEXT_FILE.toFile()).get("@context");
        assertEquals(1.1, context.get("@version").asDouble());
        for (String prefix : List.of("ng", "schema", "nif", "itsrdf", "skos", "org", "prov", "owl", "rdfs",
                "dcterms", "xsd", "void", "dcat")) {
            assertEquals(ontologyOrKnownNamespace(prefix), context.get(prefix).asText(), prefix);
        }
        List<String> problems = new ArrayList<>();
        for (Resource property : ownProperties()) {
            JsonNode definition = context.get(property.getLocalName());
            boolean isObjectProperty = property.hasProperty(RDF.type, OWL.ObjectProperty);
            if (definition == null || !definition.path("@id").asText().equals("ng:" + property.getLocalName())) {
                problems.add(property.getLocalName() + " has no term");
            } else if (isObjectProperty != definition.path("@type").asText().equals("@id")) {
                problems.add(property.getLocalName() + " has the wrong @type " + definition.path("@type"));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void contextTurnsPlainJsonIntoTypedTriples() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = json.createObjectNode();
        document.set("@context", json.readTree(CONTEXT_FILE.toFile()).get("@context"));
        document.put("@id", STATEMENT);
        document.put("@type", "Statement");
        document.put("rdf:predicate", "sharesIntelligenceWith");
        document.put("evidence", SPAN);
        document.put("confidence", "0.9");
        document.put("nif:beginIndex", 3);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(json.writeValueAsString(document), Lang.JSONLD).parse(model);

        Resource statement = model.getResource(STATEMENT);
        assertTrue(statement.hasProperty(RDF.type, Vocab.STATEMENT));
        assertTrue(statement.hasProperty(RDF.predicate, Vocab.ngProperty("sharesIntelligenceWith")));
        assertTrue(statement.hasProperty(Vocab.EVIDENCE, model.getResource(SPAN)));
        assertEquals(model.createTypedLiteral("0.9", XSDDatatype.XSDdecimal),
                statement.getProperty(Vocab.CONFIDENCE).getObject());
        assertEquals(model.createTypedLiteral("3", XSDDatatype.XSDnonNegativeInteger),
                statement.getProperty(Vocab.NIF_BEGIN).getObject());
    }

    private static Model sample() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(SAMPLE, Lang.TURTLE).parse(model);
        return model;
    }

    /** Validates an article graph the way the pipeline does: together with the ontology. */
    private static ValidationReport validate(Model data) {
        Model union = ModelFactory.createDefaultModel().add(ontology).add(data);
        return ShaclValidator.get().validate(shapes, union.getGraph());
    }

    /** "focus path" for each violation. */
    private static Set<String> violations(Model data) {
        ValidationReport report = validate(data);
        assertFalse(report.conforms());
        return report.getEntries().stream()
                .map(entry -> entry.focusNode().getURI() + " " + ((P_Link) entry.resultPath()).getNode().getURI())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    private static Set<Resource> ownSubjects() {
        return ontology.listSubjects().toList().stream().filter(OntologyTest::isOwn)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<Resource> ownProperties() {
        return ownSubjects().stream()
                .filter(term -> term.hasProperty(RDF.type, OWL.ObjectProperty)
                        || term.hasProperty(RDF.type, OWL.DatatypeProperty))
                .toList();
    }

    private static boolean isOwn(RDFNode node) {
        return node.isURIResource() && node.asResource().getURI().startsWith(Uris.NS);
    }

    private static boolean hasEnglish(Resource term, Property property) {
        return term.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .anyMatch(value -> value.isLiteral() && value.asLiteral().getLanguage().equals("en")
                        && !value.asLiteral().getString().isBlank());
    }

    private static boolean isSubPropertyOfRelatedTo(Resource property) {
        if (property.equals(Vocab.RELATED_TO)) {
            return true;
        }
        return property.listProperties(RDFS.subPropertyOf).toList().stream()
                .map(statement -> statement.getResource())
                .filter(OntologyTest::isOwn)
                .anyMatch(OntologyTest::isSubPropertyOfRelatedTo);
    }

    /** The rows of the markdown table whose header starts with {@code header}, without the separator row. */
    private static List<String> tableRows(String header) throws IOException {
        List<String> lines = Files.readAllLines(MODEL_DOC);
        int start = lines.stream().filter(line -> line.startsWith(header)).findFirst()
                .map(lines::indexOf).orElseThrow(() -> new AssertionError("no table " + header + " in " + MODEL_DOC));
        List<String> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    private static List<String> backtickedNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = BACKTICKED_NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String stripTicks(String cell) {
        return cell.strip().replace("`", "");
    }

    private static Resource term(String prefixedName) {
        String iri = ontology.expandPrefix(prefixedName);
        assertFalse(iri.equals(prefixedName), "no prefix for " + prefixedName + " in " + ONTOLOGY_FILE);
        return ontology.getResource(iri);
    }

    private static String ontologyOrKnownNamespace(String prefix) {
        return switch (prefix) {
            case "void" -> Vocab.VOID;
            case "dcat" -> Vocab.DCAT;
            default -> ontology.getNsPrefixURI(prefix);
        };
    }
}
