package org.newsgraph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.convert.OntologyIndex;

/** Turns the text of an English news article into a draft annotation: entities, relationships and claims. */
public final class Extractor {
    private final NlpPipeline pipeline;
    private final EntityBuilder entityBuilder;
    private final RelationFinder relationFinder;
    private final ClaimFinder claimFinder;
    private final PostFinder postFinder;
    private final Lexicon lexicon;
    private final OntologyIndex ontology = OntologyIndex.packaged();
    /** The class of the descriptive phrases dropped when they stand alone ("the Oslo talks" said once, about nothing). */
    private static final Set<String> DESCRIPTIVE = Set.of("Event");

    public Extractor(NlpPipeline pipeline) {
        this.pipeline = pipeline;
        Gazetteer gazetteer = Gazetteer.load();
        this.lexicon = Lexicon.load();
        this.entityBuilder = new EntityBuilder(gazetteer, lexicon, LinkConfidence.shared(), pipeline::wikipediaTitle);
        this.relationFinder = new RelationFinder(lexicon, gazetteer, ontology);
        this.claimFinder = new ClaimFinder(lexicon);
        this.postFinder = new PostFinder(lexicon);
    }

    /** What extraction found: the draft annotation, the entities with their mentions, and CoreNLP's own analysis. */
    public record Extraction(Annotation annotation, List<ExtractedEntity> entities, CoreDocument document) {}

    /** Extracts from the text described by {@code article} (whose {@code text} field says where the text is kept). */
    public Extraction extract(ArticleInfo article, String text) {
        CoreDocument document = pipeline.annotate(article.id(), text);
        List<SentenceGraph> sentences = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            sentences.add(new SentenceGraph(i, document.sentences().get(i)));
        }
        List<ExtractedEntity> entities = new ArrayList<>(EntityMerger.withPronouns(entityBuilder.build(document, sentences), document,
                lexicon));
        PostFinder.Found posts = postFinder.find(text, sentences, entities);
        entities.addAll(posts.posts());
        MentionIndex mentions = new MentionIndex(entities, sentences.size());
        List<RelationSpec> relations = new ArrayList<>(posts.relations());
        relations.addAll(relationFinder.find(text, sentences, mentions, entities));
        ClaimFinder.Found claims = claimFinder.find(text, sentences, mentions);
        relations.replaceAll(r -> assertedBy(r, claims.claims()));
        relations.addAll(claims.relations());
        Map<String, String> types = entities.stream()
                .collect(Collectors.toMap(ExtractedEntity::id, ExtractedEntity::type, (a, b) -> a, HashMap::new));
        Set<String> events = eventsByRole(relations, entities, types);
        entities = entities.stream().map(e -> events.contains(e.id()) ? new ExtractedEntity(e.id(), "Event", e.label(),
                e.aliases(), e.dbpedia(), e.named(), e.mentions()) : e).toList();
        events.forEach(id -> types.put(id, "Event"));
        Map<String, RelationSpec> distinct = new LinkedHashMap<>();
        relations.forEach(r -> RelationFinder.keepBest(distinct, fitted(r, types)));
        List<RelationSpec> kept = PostFinder.withoutCurrentRolesOfFormerHolders(List.copyOf(distinct.values()));
        List<ClaimSpec> claimSpecs = claims.claims();
        entities = connectedOrRecurring(entities, kept, claimSpecs);
        List<EntitySpec> specs = entities.stream()
                .map(e -> new EntitySpec(e.id(), e.type(), e.label(), e.aliases(), null, e.dbpedia(), 0))
                .toList();
        return new Extraction(new Annotation(article, specs, kept, claimSpecs), entities, document);
    }

    /**
     * A relationship between two entities named inside what someone is reported to say is that source's assertion,
     * not the article's ("Smith said the company would cooperate fully with the FTC": Smith asserts that Microsoft
     * cooperates). One with the source itself is not: it comes from how the article introduces the source
     * ("Microsoft President Brad Smith said…").
     */
    private static RelationSpec assertedBy(RelationSpec r, List<ClaimSpec> claims) {
        if (!Annotation.ARTICLE_SOURCE.equals(r.source())) {
            return r;
        }
        return claims.stream()
                .filter(c -> !c.source().equals(Annotation.ARTICLE_SOURCE) && c.evidence().equals(r.evidence())
                        && Objects.equals(c.occurrence(), r.occurrence()) && c.about().contains(r.subject())
                        && c.about().contains(r.object()))
                .findFirst()
                .map(c -> new RelationSpec(r.subject(), r.predicate(), r.object(), r.evidence(), r.occurrence(),
                        c.source(), r.confidence(), r.verb(), r.area(), r.line()))
                .orElse(r);
    }

    /**
     * Topic phrases that stand where the ontology admits only an event ("past crises, such as the oil embargo and
     * subsequent price shocks, highlighted the risk…"): a common-noun phrase's class is a guess, its role in the
     * sentence is not. Named entities keep their class.
     */
    private Set<String> eventsByRole(List<RelationSpec> relations, List<ExtractedEntity> entities,
            Map<String, String> types) {
        Set<String> descriptiveTopics = entities.stream().filter(e -> !e.named() && e.type().equals("Topic"))
                .map(ExtractedEntity::id).collect(Collectors.toSet());
        Set<String> events = new HashSet<>();
        for (RelationSpec r : relations) {
            String subjectType = types.get(r.subject());
            String objectType = types.get(r.object());
            if (subjectType == null || objectType == null || ontology.fits(r.predicate(), subjectType, objectType)) {
                continue;
            }
            if (descriptiveTopics.contains(r.subject()) && ontology.fits(r.predicate(), "Event", objectType)) {
                events.add(r.subject());
            } else if (descriptiveTopics.contains(r.object()) && ontology.fits(r.predicate(), subjectType, "Event")) {
                events.add(r.object());
            }
        }
        return events;
    }

    /**
     * The relationship as found when the ontology's domain and range of its predicate admit the types of its ends;
     * turned round when only the other direction fits (a relational noun names its ends in either order: "Department
     * of Animal Industry chief Chen Chung-hsing" → Chen leads the department); else the generic "related to" with
     * the predicate's words as its verb ("Barclays analyst Alan Rifkin": an organisation holds no post), so nothing
     * the text says is dropped and the draft stays valid. Areas keep only topics.
     */
    private RelationSpec fitted(RelationSpec r, Map<String, String> types) {
        String subjectType = types.get(r.subject());
        String objectType = types.get(r.object());
        // an area is a topic (ng:inArea's range); a phrase retyped as an event by its role elsewhere is none
        List<String> area = r.area().stream().filter(id -> "Topic".equals(types.get(id))).toList();
        boolean fits = subjectType == null || objectType == null || ontology.fits(r.predicate(), subjectType, objectType);
        if (!fits && ontology.fits(r.predicate(), objectType, subjectType)) {
            return new RelationSpec(r.object(), r.predicate(), r.subject(), r.evidence(), r.occurrence(), r.source(),
                    r.confidence(), r.verb(), area, r.line());
        }
        String verb = fits || r.verb() != null ? r.verb() : ontology.label(r.predicate());
        return new RelationSpec(r.subject(), fits ? r.predicate() : "relatedTo", r.object(), r.evidence(), r.occurrence(),
                r.source(), r.confidence(), verb, area, r.line());
    }

    /**
     * The entities without the one-off descriptive events: an event named by a common-noun phrase, mentioned once and
     * taking part in no relationship or claim, tells a knowledge graph nothing. Named entities and topics stay (a
     * topic said once is still what the article is about).
     */
    static List<ExtractedEntity> connectedOrRecurring(List<ExtractedEntity> entities, Collection<RelationSpec> relations,
            List<ClaimSpec> claims) {
        Set<String> connected = new HashSet<>();
        for (RelationSpec r : relations) {
            connected.add(r.subject());
            connected.add(r.object());
            connected.add(r.source());
            connected.addAll(r.area());
        }
        for (ClaimSpec c : claims) {
            connected.add(c.source());
            connected.addAll(c.about());
        }
        return entities.stream().filter(e -> e.named() || !DESCRIPTIVE.contains(e.type()) || e.mentions().size() > 1
                || connected.contains(e.id())).toList();
    }
}
