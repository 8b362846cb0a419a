package org.newsgraph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;

/** Turns the text of an English news article into a draft annotation: entities, relationships and claims. */
public final class Extractor {
    private final NlpPipeline pipeline;
    private final EntityBuilder entityBuilder;
    private final RelationFinder relationFinder;
    private final ClaimFinder claimFinder;
    private final PostFinder postFinder = new PostFinder();

    public Extractor(NlpPipeline pipeline) {
        this.pipeline = pipeline;
        Gazetteer gazetteer = Gazetteer.load();
        Lexicon lexicon = Lexicon.load();
        this.entityBuilder = new EntityBuilder(gazetteer, lexicon, LinkConfidence.shared());
        this.relationFinder = new RelationFinder(lexicon, gazetteer);
        this.claimFinder = new ClaimFinder(lexicon);
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
        List<ExtractedEntity> entities = new ArrayList<>(EntityBuilder.withPronouns(entityBuilder.build(document, sentences), document));
        PostFinder.Found posts = postFinder.find(text, sentences, entities);
        entities.addAll(posts.posts());
        MentionIndex mentions = new MentionIndex(entities, sentences.size());
        List<RelationSpec> relations = new ArrayList<>(posts.relations());
        relations.addAll(relationFinder.find(text, sentences, mentions, entities));
        ClaimFinder.Found claims = claimFinder.find(text, sentences, mentions);
        relations.addAll(claims.relations());
        Map<String, RelationSpec> distinct = new LinkedHashMap<>();
        relations.forEach(r -> RelationFinder.keepBest(distinct, r));
        List<EntitySpec> specs = entities.stream()
                .map(e -> new EntitySpec(e.id(), e.type(), e.label(), e.aliases(), null, e.dbpedia(), 0))
                .toList();
        List<ClaimSpec> claimSpecs = claims.claims();
        return new Extraction(new Annotation(article, specs, List.copyOf(distinct.values()), claimSpecs), entities, document);
    }
}
