package org.newsgraph.convert;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The ontology's own terms and the standard terms the converter writes. */
public final class Vocab {
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String DBPEDIA = "http://dbpedia.org/resource/";

    // own classes
    public static final Resource ARTICLE = ng("Article");
    public static final Resource SENTENCE = ng("Sentence");
    public static final Resource MENTION = ng("Mention");
    public static final Resource EVIDENCE_SPAN = ng("EvidenceSpan");
    public static final Resource ENTITY = ng("Entity");
    public static final Resource UNNAMED_GROUP = ng("UnnamedGroup");
    public static final Resource TOPIC = ng("Topic");
    public static final Resource STATEMENT = ng("Statement");
    public static final Resource CLAIM = ng("Claim");
    public static final Resource TOPICS_SCHEME = ng("topics");

    /** Prefixes for every serialization the project writes. */
    public static final Map<String, String> PREFIXES = prefixes();

    // own properties
    public static final Property SHA256 = ngProperty("sha256");
    public static final Property RELATED_TO = ngProperty("relatedTo");
    public static final Property HAS_STATEMENT = ngProperty("hasStatement");
    public static final Property EVIDENCE = ngProperty("evidence");
    public static final Property ASSERTED_BY = ngProperty("assertedBy");
    public static final Property CONFIDENCE = ngProperty("confidence");
    public static final Property VERB = ngProperty("verb");
    public static final Property IN_AREA = ngProperty("inArea");
    public static final Property CLAIMED_BY = ngProperty("claimedBy");
    public static final Property CLAIM_TEXT = ngProperty("claimText");
    public static final Property ABOUT = ngProperty("about");

    // schema.org
    public static final Property SCHEMA_MENTIONS = property(SCHEMA, "mentions");
    public static final Property SCHEMA_HEADLINE = property(SCHEMA, "headline");
    public static final Property SCHEMA_DATE_PUBLISHED = property(SCHEMA, "datePublished");
    public static final Property SCHEMA_URL = property(SCHEMA, "url");
    public static final Property SCHEMA_SOFTWARE_VERSION = property(SCHEMA, "softwareVersion");

    // NIF and ITS
    public static final Resource NIF_CONTEXT = resource(NIF, "Context");
    public static final Resource NIF_PHRASE = resource(NIF, "Phrase");
    public static final Resource NIF_SENTENCE = resource(NIF, "Sentence");
    public static final Property NIF_IS_STRING = property(NIF, "isString");
    public static final Property NIF_BEGIN = property(NIF, "beginIndex");
    public static final Property NIF_END = property(NIF, "endIndex");
    public static final Property NIF_ANCHOR_OF = property(NIF, "anchorOf");
    public static final Property NIF_REFERENCE_CONTEXT = property(NIF, "referenceContext");
    public static final Property NIF_SENTENCE_PROP = property(NIF, "sentence");
    public static final Property NIF_NEXT_SENTENCE = property(NIF, "nextSentence");
    public static final Property NIF_SOURCE_URL = property(NIF, "sourceUrl");
    public static final Property ITS_TA_IDENT_REF = property(ITSRDF, "taIdentRef");
    public static final Property ITS_TA_CLASS_REF = property(ITSRDF, "taClassRef");

    // PROV-O
    public static final Resource PROV_ENTITY = resource(PROV, "Entity");
    public static final Resource PROV_ACTIVITY = resource(PROV, "Activity");
    public static final Resource PROV_SOFTWARE_AGENT = resource(PROV, "SoftwareAgent");
    public static final Property PROV_WAS_DERIVED_FROM = property(PROV, "wasDerivedFrom");
    public static final Property PROV_WAS_GENERATED_BY = property(PROV, "wasGeneratedBy");
    public static final Property PROV_USED = property(PROV, "used");
    public static final Property PROV_WAS_ASSOCIATED_WITH = property(PROV, "wasAssociatedWith");

    // VoID and DCAT
    public static final Resource VOID_DATASET = resource(VOID, "Dataset");
    public static final Resource VOID_LINKSET = resource(VOID, "Linkset");
    public static final Resource DCAT_DATASET = resource(DCAT, "Dataset");
    public static final Resource DCAT_DISTRIBUTION = resource(DCAT, "Distribution");
    public static final Resource DCAT_DATA_SERVICE = resource(DCAT, "DataService");

    private Vocab() {}

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("ng", Uris.NS);
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("owl", OWL.getURI());
        prefixes.put("xsd", XSD.getURI());
        prefixes.put("skos", SKOS.getURI());
        prefixes.put("dcterms", DCTerms.getURI());
        prefixes.put("schema", SCHEMA);
        prefixes.put("prov", PROV);
        prefixes.put("nif", NIF);
        prefixes.put("itsrdf", ITSRDF);
        prefixes.put("org", ORG);
        prefixes.put("void", VOID);
        prefixes.put("dcat", DCAT);
        prefixes.put("wd", WIKIDATA);
        prefixes.put("dbr", DBPEDIA);
        return Collections.unmodifiableMap(prefixes);
    }

    public static Resource ng(String localName) {
        return ResourceFactory.createResource(Uris.term(localName));
    }

    public static Property ngProperty(String localName) {
        return ResourceFactory.createProperty(Uris.term(localName));
    }

    public static Resource resource(String namespace, String localName) {
        return ResourceFactory.createResource(namespace + localName);
    }

    public static Property property(String namespace, String localName) {
        return ResourceFactory.createProperty(namespace, localName);
    }
}
