package org.newsgraph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.article.NifCorpus;
import org.newsgraph.convert.Uris;
import org.newsgraph.convert.Vocab;

/**
 * Annotates one NIF document: a phrase for every mention of a named entity, identified by its DBpedia resource
 * (our own URI when unlinked) and classified by its ontology class.
 */
public final class NifAnnotator {
    private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "CITY",
            "STATE_OR_PROVINCE", "COUNTRY");

    private final Extractor extractor;

    public NifAnnotator(Extractor extractor) {
        this.extractor = extractor;
    }

    public NifCorpus.Document annotate(NifCorpus.Document document) {
        return phrases(document, extract(document).entities());
    }

    public Extractor.Extraction extract(NifCorpus.Document document) {
        String id = Uris.slug(document.uri().replaceFirst("^.*?//[^/]+/", ""));
        return extractor.extract(new ArticleInfo(id, document.uri(), null, "en", null, null), document.text());
    }

    /** The document with one phrase per outermost mention of a named entity by its name. */
    public static NifCorpus.Document phrases(NifCorpus.Document document, List<ExtractedEntity> entities) {
        List<NifCorpus.Phrase> phrases = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            if (!e.named()) {
                continue;
            }
            String identity = e.dbpedia() != null ? dbpedia(e.dbpedia()) : Uris.entity(e.type(), Uris.slug(e.label()));
            for (ExtractedEntity.Mention m : e.mentions()) {
                if (!m.name()) {
                    continue; // nationality adjectives are not named-entity mentions
                }
                phrases.add(new NifCorpus.Phrase(m.begin(), m.end(), m.text(), identity, Uris.term(e.type())));
            }
        }
        phrases.sort(Comparator.comparingInt(NifCorpus.Phrase::begin).thenComparingInt(p -> -p.end()));
        List<NifCorpus.Phrase> outermost = new ArrayList<>();
        for (NifCorpus.Phrase p : phrases) {
            if (outermost.isEmpty() || p.begin() >= outermost.getLast().end()) {
                outermost.add(p);
            }
        }
        return new NifCorpus.Document(document.uri(), document.text(), outermost);
    }

    /**
     * The baseline: CoreNLP's own named-entity mentions (ner + entitylink, named-entity types only, no nationalities),
     * linked as its Wikipedia dictionary says.
     */
    public static List<NifCorpus.Phrase> plainCoreNlp(CoreDocument document) {
        List<NifCorpus.Phrase> phrases = new ArrayList<>();
        for (CoreEntityMention m : document.entityMentions()) {
            if (NAMED_TYPES.contains(m.entityType())) {
                String link = m.entity() == null || m.entity().equals("O") ? null : dbpedia(m.entity());
                phrases.add(new NifCorpus.Phrase(m.charOffsets().first(), m.charOffsets().second(), m.text(), link, null));
            }
        }
        return phrases;
    }

    /** The DBpedia resource for a Wikipedia title, with the characters an IRI cannot hold percent-encoded. */
    public static String dbpedia(String title) {
        StringBuilder iri = new StringBuilder(Vocab.DBPEDIA);
        title.replace(' ', '_').codePoints().forEach(c -> {
            if (c < 0x21 || "\"<>\\^`{|}".indexOf(c) >= 0) {
                iri.append(String.format("%%%02X", c));
            } else {
                iri.appendCodePoint(c);
            }
        });
        return iri.toString();
    }
}
