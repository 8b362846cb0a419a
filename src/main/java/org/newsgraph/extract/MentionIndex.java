package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entity mentions of each sentence (nested ones too), to find which entity a word or span belongs to. */
final class MentionIndex {
    /** A mention with the entity it names. */
    record Located(ExtractedEntity entity, ExtractedEntity.Mention mention) {
        boolean covers(int begin, int end) {
            return mention.begin() <= begin && end <= mention.end();
        }
    }

    private final List<List<Located>> bySentence = new ArrayList<>();

    MentionIndex(List<ExtractedEntity> entities, int sentenceCount) {
        for (int i = 0; i < sentenceCount; i++) {
            bySentence.add(new ArrayList<>());
        }
        entities.forEach(e -> e.mentions().forEach(m -> bySentence.get(m.sentence()).add(new Located(e, m))));
        bySentence.forEach(list -> list.sort((a, b) -> Integer.compare(a.mention.begin(), b.mention.begin())));
    }

    List<Located> inSentence(int sentence) {
        return bySentence.get(sentence);
    }

    /** The entity whose mention in the sentence covers the char range, the innermost if nested, if any. */
    Optional<ExtractedEntity> at(int sentence, int begin, int end) {
        return bySentence.get(sentence).stream().filter(l -> l.covers(begin, end))
                .min((a, b) -> Integer.compare(a.mention.end() - a.mention.begin(), b.mention.end() - b.mention.begin()))
                .map(Located::entity);
    }

    /** The longest mention in the sentence that starts at the char offset, if any. */
    Optional<Located> startingAt(int sentence, int begin) {
        return bySentence.get(sentence).stream().filter(l -> l.mention.begin() == begin)
                .max((a, b) -> Integer.compare(a.mention.end(), b.mention.end()));
    }

    /** Entities with a mention inside the char range. */
    List<ExtractedEntity> within(int sentence, int begin, int end) {
        return bySentence.get(sentence).stream()
                .filter(l -> begin <= l.mention.begin() && l.mention.end() <= end)
                .map(Located::entity).distinct().toList();
    }
}
