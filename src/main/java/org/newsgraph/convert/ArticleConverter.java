package org.newsgraph.convert;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationException;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.article.ArticleInputException;
import org.newsgraph.article.ArticleText;
import org.newsgraph.article.PlainTextReader;
import org.newsgraph.article.SentenceSplitter;
import org.newsgraph.convert.QuoteLocator.Range;

/**
 * Maps one article and its annotation to its named graph: the NIF text structure, the entities and their mentions,
 * relationships as direct triples plus statement nodes with evidence, attributed claims, and PROV-O provenance.
 * Every problem in the annotation is reported as an {@link AnnotationException} naming file and line.
 */
public final class ArticleConverter {
    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

    private final OntologyIndex ontology;
    private final Path projectRoot;
    private final PlainTextReader reader = new PlainTextReader();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public ArticleConverter(OntologyIndex ontology, Path projectRoot) {
        this.ontology = ontology;
        this.projectRoot = projectRoot;
    }

    /** Converts an annotation whose article text is read from {@code article.text} under the project root. */
    public ArticleGraph convert(Annotation annotation, Path annotationFile, byte[] annotationBytes) {
        String textPath = annotation.article().text();
        if (textPath == null || textPath.isBlank()) {
            throw new AnnotationException(annotationFile, 1, "article: missing 'text' (the path of the article text)");
        }
        ArticleText text;
        try {
            text = reader.read(projectRoot.resolve(textPath));
        } catch (ArticleInputException e) {
            throw new AnnotationException(annotationFile, 1, "article text " + e.getMessage());
        }
        return convert(annotation, text, textPath, annotationFile, annotationBytes);
    }

    /** Converts an annotation of an article text that is already read (used by ingest). */
    public ArticleGraph convert(Annotation annotation, ArticleText text, String textLocation, Path annotationFile,
            byte[] annotationBytes) {
        return new Conversion(annotation, text, annotationFile).run(textLocation, annotationBytes);
    }

    /** The state of converting one annotation. */
    private final class Conversion {
        private final Annotation annotation;
        private final ArticleText text;
        private final Path file;
        private final String articleId;
        private final String lang;
        private final Model model = ModelFactory.createDefaultModel();
        private final QuoteLocator locator;
        private final List<SentenceSplitter.Sentence> sentences;
        private final Map<String, Resource> entities = new LinkedHashMap<>();
        /** Entity slugs two entities of the article share, known once all entities are described. */
        private Set<String> sharedSlugs = Set.of();
        private final Map<String, Integer> entityLines = new HashMap<>();
        private final Map<String, Integer> statementLines = new HashMap<>();
        private final Resource article;

        Conversion(Annotation annotation, ArticleText text, Path file) {
            this.annotation = annotation;
            this.text = text;
            this.file = file;
            this.articleId = checkedArticleId();
            this.lang = annotation.article().language() == null ? "en" : annotation.article().language();
            this.locator = new QuoteLocator(text.text());
            this.sentences = splitter.split(text.text());
            this.article = model.createResource(Uris.article(articleId));
        }

        ArticleGraph run(String textLocation, byte[] annotationBytes) {
            model.setNsPrefixes(Vocab.PREFIXES);
            describeArticle();
            describeSentences();
            annotation.entities().forEach(this::describeEntity);
            sharedSlugs = entities.values().stream()
                    .collect(Collectors.groupingBy(ArticleConverter::lastSegment, Collectors.counting()))
                    .entrySet().stream().filter(c -> c.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
            describeMentions();
            annotation.relations().forEach(this::describeRelation);
            annotation.claims().forEach(this::describeClaim);
            String graph = Uris.articleGraph(articleId);
            describeProvenance(graph, textLocation, annotationBytes);
            return new ArticleGraph(articleId, graph, model);
        }

        private String checkedArticleId() {
            String id = annotation.article().id();
            if (id == null || id.isBlank()) {
                throw error(1, "article: missing 'id'");
            }
            if (!ARTICLE_ID.matcher(id).matches()) {
                throw error(1, "article: id '" + id + "' must be lower-case letters, digits and single '-'");
            }
            return id;
        }

        private void describeArticle() {
            typed(article, Vocab.ARTICLE);
            typed(article, Vocab.NIF_CONTEXT);
            model.add(article, Vocab.NIF_IS_STRING, text.text());
            model.add(article, Vocab.NIF_BEGIN, index(0));
            model.add(article, Vocab.NIF_END, index(text.length()));
            model.add(article, DCTerms.language, lang);
            String title = annotation.article().title();
            if (title != null) {
                model.add(article, DCTerms.title, title, lang);
                model.add(article, Vocab.SCHEMA_HEADLINE, title, lang);
                model.add(article, RDFS.label, title, lang);
            }
            String published = annotation.article().published();
            if (published != null) {
                try {
                    LocalDate.parse(published);
                } catch (DateTimeParseException e) {
                    throw error(1, "article: published '" + published + "' is not a date like 2025-03-20");
                }
                model.add(article, Vocab.SCHEMA_DATE_PUBLISHED, model.createTypedLiteral(published, XSDDatatype.XSDdate));
            }
            String url = annotation.article().url();
            if (url != null) {
                model.add(article, Vocab.SCHEMA_URL, model.createResource(url));
                model.add(article, Vocab.NIF_SOURCE_URL, model.createResource(url));
            }
        }

        private void describeSentences() {
            Resource previous = null;
            for (int i = 0; i < sentences.size(); i++) {
                SentenceSplitter.Sentence s = sentences.get(i);
                Resource sentence = model.createResource(Uris.sentence(articleId, i + 1));
                typed(sentence, Vocab.SENTENCE);
                offsets(sentence, s.begin(), s.end());
                if (previous != null) {
                    model.add(previous, Vocab.NIF_NEXT_SENTENCE, sentence);
                }
                previous = sentence;
            }
        }

        private void describeEntity(EntitySpec spec) {
            int line = spec.line();
            if (spec.id() == null || spec.id().isBlank()) {
                throw error(line, "entity: missing 'id'");
            }
            String where = "entity '" + spec.id() + "': ";
            if (entityLines.containsKey(spec.id())) {
                int first = entityLines.get(spec.id());
                throw error(line, where + "duplicate id" + (first > 0 ? " (first on line " + first + ")" : ""));
            }
            if (spec.type() == null) {
                throw error(line, where + "missing 'type'");
            }
            Resource type = ontology.entityType(spec.type()).orElseThrow(() -> error(line, where + "unknown type '"
                    + spec.type() + "' (expected one of: " + String.join(", ", ontology.entityTypeNames()) + ")"));
            if (spec.label() == null || spec.label().isBlank()) {
                throw error(line, where + "missing 'label'");
            }
            if (spec.wikidata() != null && !WIKIDATA_ID.matcher(spec.wikidata()).matches()) {
                throw error(line, where + "wikidata '" + spec.wikidata() + "' is not a Wikidata item id such as Q16");
            }
            for (String alias : spec.aliases()) {
                if (locator.nameOccurrences(alias).isEmpty()) {
                    throw error(line, where + "alias not found in the article text: \"" + alias + "\"");
                }
            }
            Resource entity = model.createResource(entityUri(spec, type));
            if (entities.containsValue(entity)) {
                throw error(line, where + "has the same URI as another entity: " + entity.getURI());
            }
            entities.put(spec.id(), entity);
            entityLines.put(spec.id(), line);
            typed(entity, type);
            model.add(entity, RDFS.label, spec.label(), lang);
            model.add(entity, SKOS.prefLabel, spec.label(), lang);
            spec.aliases().forEach(alias -> model.add(entity, SKOS.altLabel, alias, lang));
            if (spec.wikidata() != null) {
                model.add(entity, OWL.sameAs, model.createResource(Vocab.WIKIDATA + spec.wikidata()));
            }
            if (spec.dbpedia() != null) {
                model.add(entity, OWL.sameAs, model.createResource(Vocab.DBPEDIA + spec.dbpedia().replace(' ', '_')));
            }
            if (type.equals(Vocab.TOPIC) || ontology.superClasses(type).contains(Vocab.TOPIC)) {
                model.add(entity, SKOS.inScheme, Vocab.TOPICS_SCHEME);
            }
            model.add(article, Vocab.SCHEMA_MENTIONS, entity);
        }

        private String entityUri(EntitySpec spec, Resource type) {
            String typeName = type.getLocalName();
            if (type.equals(Vocab.UNNAMED_GROUP)) {
                return Uris.group(articleId, Uris.slug(spec.label()));
            }
            String key = spec.dbpedia() != null ? spec.dbpedia() : spec.label();
            return Uris.entity(typeName, Uris.slug(key));
        }

        /** Every whole-word occurrence of an entity's label or alias; where names overlap, the longest wins. */
        private void describeMentions() {
            record Found(Range range, EntitySpec spec) {}
            List<Found> found = new ArrayList<>();
            for (EntitySpec spec : annotation.entities()) {
                List<String> names = new ArrayList<>(spec.aliases());
                names.add(spec.label());
                names.stream().distinct().forEach(name ->
                        locator.nameOccurrences(name).forEach(range -> found.add(new Found(range, spec))));
            }
            found.sort(Comparator.comparingInt((Found f) -> f.range().begin() - f.range().end())
                    .thenComparingInt(f -> f.range().begin()));
            List<Found> kept = new ArrayList<>();
            for (Found candidate : found) {
                if (kept.stream().noneMatch(k -> k.range().overlaps(candidate.range()))) {
                    kept.add(candidate);
                }
            }
            for (Found mention : kept) {
                Range r = mention.range();
                Resource node = model.createResource(Uris.mention(articleId, text.codePointOffset(r.begin()),
                        text.codePointOffset(r.end())));
                typed(node, Vocab.MENTION);
                offsets(node, r.begin(), r.end());
                Resource entity = entities.get(mention.spec().id());
                model.add(node, Vocab.ITS_TA_IDENT_REF, entity);
                model.add(node, Vocab.ITS_TA_CLASS_REF, Vocab.ng(mention.spec().type()));
            }
        }

        private void describeRelation(RelationSpec spec) {
            int line = spec.line();
            Resource subject = entity(spec.subject(), "subject", line);
            Resource object = entity(spec.object(), "object", line);
            if (spec.predicate() == null) {
                throw error(line, "relation: missing 'predicate'");
            }
            Property predicate = ontology.relationPredicate(spec.predicate()).orElseThrow(() -> error(line,
                    "relation: unknown predicate '" + spec.predicate() + "' (expected one of: "
                            + String.join(", ", ontology.relationPredicateNames()) + ")"));
            String name = "relation " + spec.subject() + " " + spec.predicate() + " " + spec.object() + ": ";
            if (predicate.equals(Vocab.RELATED_TO) && (spec.verb() == null || spec.verb().isBlank())) {
                throw error(line, name + "relatedTo needs a 'verb' saying how they are related");
            }
            Resource statement = model.createResource(Uris.statement(articleId, statementSlug(subject),
                    spec.predicate(), statementSlug(object)));
            Integer first = statementLines.putIfAbsent(statement.getURI(), line);
            if (first != null) {
                throw error(line, name + "duplicate relation" + (first > 0 ? " (first on line " + first + ")" : ""));
            }
            // super-properties, inverses and the reverse of symmetric predicates, so SPARQL users need no reasoner
            Set<Property> implied = new LinkedHashSet<>(ontology.superProperties(predicate));
            implied.add(predicate);
            implied.forEach(p -> {
                model.add(subject, p, object);
                ontology.inverse(p).ifPresent(inverse -> model.add(object, inverse, subject));
                if (ontology.isSymmetric(p)) {
                    model.add(object, p, subject);
                }
            });
            typed(statement, Vocab.STATEMENT);
            model.add(statement, RDF.subject, subject);
            model.add(statement, RDF.predicate, predicate);
            model.add(statement, RDF.object, object);
            model.add(subject, Vocab.HAS_STATEMENT, statement);
            model.add(statement, Vocab.EVIDENCE, evidence(spec.evidence(), spec.occurrence(), name, line));
            model.add(statement, Vocab.ASSERTED_BY, source(spec.source(), line));
            model.add(statement, Vocab.CONFIDENCE, confidence(spec.confidence(), name, line));
            if (spec.verb() != null) {
                model.add(statement, Vocab.VERB, spec.verb());
            }
            for (String area : spec.area()) {
                model.add(statement, Vocab.IN_AREA, entity(area, "area", line));
            }
        }

        /**
         * An entity's part of a statement URI: its slug, or its type and slug when another entity of the article has
         * the same slug ("England" the country and the cricket team), so that two statements never share a URI.
         */
        private String statementSlug(Resource entity) {
            String slug = lastSegment(entity);
            if (!sharedSlugs.contains(slug)) {
                return slug;
            }
            String uri = entity.getURI();
            String parent = uri.substring(0, uri.lastIndexOf('/'));
            return parent.substring(parent.lastIndexOf('/') + 1) + "-" + slug;
        }

        private void describeClaim(ClaimSpec spec) {
            int line = spec.line();
            if (spec.text() == null || spec.text().isBlank()) {
                throw error(line, "claim: missing 'text' (the proposition claimed)");
            }
            String sourceKey = spec.source() == null ? Annotation.ARTICLE_SOURCE : spec.source();
            String name = "claim by " + sourceKey + ": ";
            Resource claim = model.createResource(Uris.claim(articleId, sourceKey, spec.text()));
            if (model.contains(claim, RDF.type)) {
                throw error(line, name + "duplicate claim \"" + spec.text() + "\"");
            }
            typed(claim, Vocab.CLAIM);
            model.add(claim, Vocab.CLAIMED_BY, source(spec.source(), line));
            model.add(claim, Vocab.CLAIM_TEXT, spec.text(), lang);
            if (spec.verb() != null) {
                model.add(claim, Vocab.VERB, spec.verb());
            }
            for (String about : spec.about()) {
                model.add(claim, Vocab.ABOUT, entity(about, "about", line));
            }
            model.add(claim, Vocab.EVIDENCE, evidence(spec.evidence(), spec.occurrence(), name, line));
            model.add(claim, Vocab.CONFIDENCE, confidence(spec.confidence(), name, line));
        }

        private Resource evidence(String quote, Integer occurrence, String name, int line) {
            if (quote == null || quote.isBlank()) {
                throw error(line, name + "missing 'evidence' (a verbatim quote from the article)");
            }
            Range r;
            try {
                r = locator.locate(quote, occurrence);
            } catch (IllegalArgumentException e) {
                throw error(line, name + "evidence " + e.getMessage());
            }
            Resource span = model.createResource(Uris.span(articleId, text.codePointOffset(r.begin()),
                    text.codePointOffset(r.end())));
            typed(span, Vocab.EVIDENCE_SPAN);
            offsets(span, r.begin(), r.end());
            return span;
        }

        /** Gives a span its NIF offsets and text, and links it to the sentences it overlaps. */
        private void offsets(Resource node, int begin, int end) {
            model.add(node, Vocab.NIF_REFERENCE_CONTEXT, article);
            model.add(node, Vocab.NIF_BEGIN, index(text.codePointOffset(begin)));
            model.add(node, Vocab.NIF_END, index(text.codePointOffset(end)));
            model.add(node, Vocab.NIF_ANCHOR_OF, text.text().substring(begin, end));
            if (model.contains(node, RDF.type, Vocab.SENTENCE)) {
                return;
            }
            for (int i = 0; i < sentences.size(); i++) {
                SentenceSplitter.Sentence s = sentences.get(i);
                if (s.begin() < end && begin < s.end()) {
                    model.add(node, Vocab.NIF_SENTENCE_PROP, model.createResource(Uris.sentence(articleId, i + 1)));
                }
            }
        }

        private Resource source(String id, int line) {
            if (id == null || id.equals(Annotation.ARTICLE_SOURCE)) {
                return article;
            }
            return entity(id, "source", line);
        }

        private Resource entity(String id, String role, int line) {
            if (id == null) {
                throw error(line, "missing '" + role + "'");
            }
            Resource entity = entities.get(id);
            if (entity == null) {
                throw error(line, "unknown " + role + " entity '" + id + "' (not in entities)");
            }
            return entity;
        }

        private Literal confidence(Double value, String name, int line) {
            double v = value == null ? 1.0 : value;
            if (v < 0 || v > 1) {
                throw error(line, name + "confidence " + v + " is outside [0, 1]");
            }
            return model.createTypedLiteral(BigDecimal.valueOf(v));
        }

        private void describeProvenance(String graph, String textLocation, byte[] annotationBytes) {
            Resource graphNode = model.createResource(graph);
            Resource source = model.createResource(article.getURI() + "/source");
            Resource annotationFile = model.createResource(article.getURI() + "/annotation");
            Resource activity = model.createResource(article.getURI() + "/conversion");
            Resource agent = model.createResource(Software.agentUri());
            typed(graphNode, Vocab.PROV_ENTITY);
            model.add(graphNode, Vocab.PROV_WAS_DERIVED_FROM, source);
            model.add(graphNode, Vocab.PROV_WAS_DERIVED_FROM, annotationFile);
            model.add(graphNode, Vocab.PROV_WAS_GENERATED_BY, activity);
            typed(source, Vocab.PROV_ENTITY);
            model.add(source, RDFS.label, "article text " + textLocation);
            model.add(source, DCTerms.identifier, textLocation);
            model.add(source, Vocab.SHA256, text.sha256());
            typed(annotationFile, Vocab.PROV_ENTITY);
            String annotationLocation = file.getFileName().toString();
            model.add(annotationFile, RDFS.label, "annotation " + annotationLocation);
            model.add(annotationFile, DCTerms.identifier, "data/annotations/" + annotationLocation);
            model.add(annotationFile, Vocab.SHA256, HexFormat.of().formatHex(Uris.sha256(annotationBytes)));
            typed(activity, Vocab.PROV_ACTIVITY);
            model.add(activity, RDFS.label, "conversion of article " + articleId + " to RDF");
            model.add(activity, Vocab.PROV_USED, source);
            model.add(activity, Vocab.PROV_USED, annotationFile);
            model.add(activity, Vocab.PROV_WAS_ASSOCIATED_WITH, agent);
            typed(agent, Vocab.PROV_SOFTWARE_AGENT);
            model.add(agent, RDFS.label, Software.NAME + " converter " + Software.version());
            model.add(agent, Vocab.SCHEMA_SOFTWARE_VERSION, Software.version());
        }

        /** Adds the type and its standard super-classes, so users of schema.org, NIF, PROV or SKOS find it. */
        private void typed(Resource node, Resource type) {
            model.add(node, RDF.type, type);
            ontology.superClasses(type).forEach(t -> model.add(node, RDF.type, t));
        }

        private Literal index(int value) {
            return model.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
        }

        private AnnotationException error(int line, String problem) {
            return new AnnotationException(file, line, problem);
        }
    }

    private static String lastSegment(Resource resource) {
        String uri = resource.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
