package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.convert.Uris;

/**
 * Posts: a title CoreNLP tags (TITLE), or an abbreviated one ("Sen."), directly before a person's name ("Foreign
 * Affairs Minister Mélanie Joly") or in apposition to it ("Hans Kluge, the WHO regional director") becomes a post the
 * person holds, its abbreviations spelled out; a country, government or organisation named just before the title
 * ("Canada's", "Canadian", "Apple lawyer Bill Lee") is where the post exists, and the person belongs to such an
 * organisation, or leads it when the title says so ("owner").
 */
final class PostFinder {
    private final Lexicon lexicon;
    private final DatelineCities datelineCities = DatelineCities.load();

    PostFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** New post entities and their holdsPost / postIn relationships. */
    record Found(List<ExtractedEntity> posts, List<RelationSpec> relations) {}

    Found find(String text, List<SentenceGraph> sentences, List<ExtractedEntity> entities) {
        MentionIndex index = new MentionIndex(entities, sentences.size());
        Set<String> ids = entities.stream().map(ExtractedEntity::id).collect(Collectors.toCollection(HashSet::new));
        // by slug: "President Ma" and "former president Clinton" name one title, whatever its case
        Map<String, ExtractedEntity> posts = new LinkedHashMap<>();
        Optional<ExtractedEntity> home = HomeCountry.ofDateline(sentences, entities, datelineCities).or(() -> homeCountry(entities));
        List<RelationSpec> relations = new ArrayList<>();
        for (SentenceGraph s : sentences) {
            List<CoreLabel> tokens = s.sentence.tokens();
            for (int[] span : titleSpans(s)) {
                int first = span[0];
                int last = span[1];
                if (last + 1 >= tokens.size()) {
                    continue;
                }
                int after = last + 1;
                while (after + 1 < tokens.size() && isHonorific(tokens.get(after))) {
                    after++; // "Prime Minister Sheikh Mohammed": the name follows the form of address
                }
                CoreLabel next = tokens.get(after);
                // the head, not the last word: the tokenizer splits "director-general" and "general" modifies it
                IndexedWord titleWord = s.head(tokens.get(first).beginPosition(), tokens.get(last).endPosition())
                        .orElse(s.graph.getNodeByIndexSafe(tokens.get(last).index()));
                // "Secretary of State" is a secretary's title, not a state's
                String titleLemma = (titleWord != null ? titleWord.backingLabel() : tokens.get(last)).lemma()
                        .toLowerCase(Locale.ROOT);
                // "Princess of Wales Catherine", "Governor of California Gavin Newsom": the title is of what follows it
                Optional<MentionIndex.Located> of = next.word().equals("of") && last + 2 < tokens.size()
                        ? index.startingAt(s.index, tokens.get(last + 2).beginPosition())
                                .filter(l -> !l.entity().type().equals("Person"))
                        : Optional.empty();
                Optional<ExtractedEntity> holder = index.at(s.index, next.beginPosition(), next.endPosition())
                        .filter(e -> e.type().equals("Person"))
                        .or(() -> of.flatMap(l -> personAfter(s, index, tokens, l.mention().end())))
                        .or(() -> appositionHolder(s, index, titleWord));
                if (holder.isEmpty()) {
                    continue;
                }
                // the tagger's title may open with the body's acronym in brackets: "(CEPD) chairman"
                while (first < last && (SentenceGraph.isBracket(tokens.get(first))
                        || index.at(s.index, tokens.get(first).beginPosition(), tokens.get(first).endPosition()).isPresent())) {
                    first++;
                }
                // "McLaren team principal", "Los Angeles police chief": a common noun compounded with the title, which
                // the tagger leaves out, is part of it, whether the parser hangs it on the title or, beside the title,
                // on the holder's name
                IndexedWord compound = first > 0 ? s.graph.getNodeByIndexSafe(tokens.get(first - 1).index()) : null;
                Optional<IndexedWord> compoundHead = compound == null || titleWord == null || !compound.tag().equals("NN")
                        || !s.relation(compound).equals("compound") ? Optional.empty() : s.governor(compound);
                if (compoundHead.filter(h -> h.equals(titleWord) || s.governor(titleWord).filter(h::equals).isPresent())
                        .isPresent() && index.at(s.index, compound.beginPosition(), compound.endPosition()).isEmpty()) {
                    first--;
                }
                while (first > 0 && (tokens.get(first - 1).tag().startsWith("NNP")
                        || qualifiesTitle(s, tokens.get(first - 1), first, last))
                        && !SentenceGraph.isBracket(tokens.get(first - 1))
                        && index.at(s.index, tokens.get(first - 1).beginPosition(), tokens.get(first - 1).endPosition()).isEmpty()) {
                    first--;
                }
                int begin = tokens.get(first).beginPosition();
                int end = tokens.get(last).endPosition();
                String title = text.substring(begin, end);
                int titleStart = first;
                Optional<ExtractedEntity> before = of.map(MentionIndex.Located::entity)
                        .or(() -> entityBefore(s, index, tokens, titleStart))
                        .or(() -> modifyingEntity(s, index, titleWord));
                // "Algeria's UN Ambassador": an envoy holds the sending country's post, and belongs to no body sent to
                boolean envoy = lexicon.isEnvoyTitle(titleLemma);
                if (envoy && before.filter(e -> e.type().equals("Organization")).isPresent()) {
                    ExtractedEntity body = before.get();
                    before = sendingCountry(s, index, tokens, first, body).or(() -> Optional.of(body));
                }
                if (lexicon.isOccupation(titleLemma) && before.filter(e -> e.type().equals("Organization")
                        || e.type().equals("Government")).isEmpty()) {
                    continue; // "Hungarian novelist": a trade, not a position in Hungary
                }
                // a post exists in one body (W3C ORG's org:postIn): Microsoft's chief executive is not OpenAI's
                Optional<ExtractedEntity> stated = before.filter(e -> e.type().equals("Country")
                        || e.type().equals("Government") || e.type().equals("Organization"));
                // a place names the post too, though ORG's range is a body: "Attorney General of Tennessee" is
                // not Texas's
                String post = lexicon.spelledOutTitle(title);
                Optional<ExtractedEntity> place = before.filter(e -> e.type().equals("Place"));
                boolean national = stated.isEmpty() && place.isEmpty()
                        && lexicon.isNationalTitle(titleLemma);
                Optional<ExtractedEntity> where = national ? countryAbove(s, index, titleWord).or(() -> home) : stated;
                String label = where.or(() -> place).map(w -> post + " of " + canonicalName(w)).orElse(post);
                ExtractedEntity entity = posts.computeIfAbsent(Uris.slug(label), slug -> new ExtractedEntity(
                        EntityMerger.uniqueId(slug, ids), "Post", label, new ArrayList<>(), null, false, new ArrayList<>()));
                if (!entity.aliases().contains(title)) {
                    entity.aliases().add(title);
                }
                entity.mentions().add(new ExtractedEntity.Mention(begin, end, title, s.index, true));
                Evidence evidence = Evidence.of(text, s.begin(), s.end());
                boolean former = heldNoLonger(s, index, tokens, first);
                relations.add(new RelationSpec(holder.get().id(), former ? "heldPost" : "holdsPost", entity.id(),
                        evidence.quote(), evidence.occurrence(), Annotation.ARTICLE_SOURCE, 0.9, null, List.of(), 0));
                double postInConfidence = national ? 0.6 : 0.8;
                where.ifPresent(w -> relations.add(new RelationSpec(entity.id(), "postIn", w.id(), evidence.quote(),
                        evidence.occurrence(), Annotation.ARTICLE_SOURCE, postInConfidence, null, List.of(), 0)));
                Optional<ExtractedEntity> organisation = before.filter(e -> e.type().equals("Organization"));
                if (organisation.isPresent() && !former && !envoy) {
                    List<String> words = tokens.subList(first, last + 1).stream()
                            .map(token -> token.lemma().toLowerCase(Locale.ROOT)).toList();
                    relations.add(new RelationSpec(holder.get().id(), lexicon.holderRelation(words), organisation.get().id(),
                            evidence.quote(),
                            evidence.occurrence(), Annotation.ARTICLE_SOURCE, 0.8, null, List.of(), 0));
                }
            }
        }
        List<ExtractedEntity> found = posts.values().stream()
                .map(p -> new ExtractedEntity(p.id(), p.type(), p.label(),
                        p.aliases().stream().filter(a -> !a.equals(p.label())).toList(), null, false, List.copyOf(p.mentions())))
                .toList();
        return new Found(found, relations);
    }

    /**
     * Whether a capitalised adjective before the title, of no name or nationality, modifies it and so belongs to it
     * ("Civil Aviation Minister"); not one that says its holder holds it no longer ("Former president").
     */
    private boolean qualifiesTitle(SentenceGraph s, CoreLabel t, int first, int last) {
        IndexedWord word = s.graph.getNodeByIndexSafe(t.index());
        return word != null && t.tag().equals("JJ") && Character.isUpperCase(t.word().charAt(0)) && "O".equals(t.ner())
                && !lexicon.isPastTitleWord(t.word().toLowerCase(Locale.ROOT)) && s.relation(word).equals("amod")
                && s.governor(word).filter(g -> g.index() > first && g.index() <= last + 1).isPresent();
    }

    /**
     * The country whose phrase holds the title, the first named among the words it hangs from: "The United States,
     * which has withdrawn … under President Donald Trump" (his presidency is the United States', wherever the story
     * was filed); a country the title's sentence names elsewhere ("President Trump imposed tariffs on Canada") is not.
     */
    private static Optional<ExtractedEntity> countryAbove(SentenceGraph s, MentionIndex index, IndexedWord title) {
        return title == null ? Optional.empty() : s.governorChain(title).stream()
                .flatMap(word -> index.at(s.index, word.beginPosition(), word.endPosition()).stream())
                .filter(e -> e.type().equals("Country")).findFirst();
    }

    /**
     * The country the article is about, when its dateline names none: the one it names most often (by name or by its
     * people's), at least twice and more often than any other. A country named once may be only where someone went.
     */
    private static Optional<ExtractedEntity> homeCountry(List<ExtractedEntity> entities) {
        Map<ExtractedEntity, Long> countries = entities.stream().filter(e -> e.type().equals("Country"))
                .collect(Collectors.toMap(e -> e, e -> (long) e.mentions().size()));
        return HomeCountry.mostNamed(countries).filter(top -> top.getValue() >= 2).map(Map.Entry::getKey);
    }

    /**
     * The name a post's label gives its body or place: the Wikipedia title when linked, so that one post has one label
     * in every article ("U.S." and "United States"), else the entity's label.
     */
    private static String canonicalName(ExtractedEntity e) {
        return e.dbpedia() != null ? e.dbpedia().replace('_', ' ') : e.label();
    }

    /**
     * Whether a word before the title, ahead of the body or country named with it, says its holder holds it no longer
     * ("former Financial Supervisory Commission chairman Hu Sheng-cheng", "Lin Chuan, a former premier", "the late
     * King Hussein").
     */
    private boolean heldNoLonger(SentenceGraph s, MentionIndex index, List<CoreLabel> tokens, int first) {
        int i = first - 1;
        while (i >= 0 && (tokens.get(i).tag().equals("POS") || SentenceGraph.isBracket(tokens.get(i))
                || index.at(s.index, tokens.get(i).beginPosition(), tokens.get(i).endPosition()).isPresent())) {
            i--;
        }
        return i >= 0 && lexicon.isPastTitleWord(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The relationships without those that make a former holder current: the holdsPost of a post the same sentence
     * says the person held, and their leads or memberOf to the body of that post (CoreNLP's KBP gives both for
     * "former Financial Supervisory Commission chairman Hu Sheng-cheng").
     */
    static List<RelationSpec> withoutCurrentRolesOfFormerHolders(List<RelationSpec> relations) {
        List<RelationSpec> held = relations.stream().filter(r -> r.predicate().equals("heldPost")).toList();
        return relations.stream().filter(r -> held.stream().noneMatch(h -> h.subject().equals(r.subject())
                && h.evidence().equals(r.evidence()) && Objects.equals(h.occurrence(), r.occurrence())
                && makesCurrent(r, h.object(), relations))).toList();
    }

    /** Whether the relationship makes its subject a current holder of the post, or a member of the post's body. */
    private static boolean makesCurrent(RelationSpec r, String post, List<RelationSpec> relations) {
        return switch (r.predicate()) {
            case "holdsPost" -> r.object().equals(post);
            case "leads", "memberOf" -> relations.stream().anyMatch(p -> p.predicate().equals("postIn")
                    && p.subject().equals(post) && p.object().equals(r.object()));
            default -> false;
        };
    }

    /**
     * The token ranges of titles in a sentence: CoreNLP's TITLE mentions, and the AP abbreviations it leaves untagged
     * ("Sen." in "Sen. Leland Yee").
     */
    private List<int[]> titleSpans(SentenceGraph s) {
        List<int[]> spans = new ArrayList<>();
        Set<Integer> tagged = new HashSet<>();
        for (CoreEntityMention m : s.sentence.entityMentions()) {
            if ("TITLE".equals(m.entityType())) {
                int first = m.tokens().getFirst().index() - 1;
                int last = m.tokens().getLast().index() - 1;
                while (last >= first && isHonorific(s.sentence.tokens().get(last))) {
                    last--;
                }
                if (last >= first) {
                    spans.add(new int[] {first, last});
                }
                m.tokens().forEach(token -> tagged.add(token.index()));
            }
        }
        for (CoreLabel token : s.sentence.tokens()) {
            if (!tagged.contains(token.index()) && lexicon.isTitleAbbreviation(token.word())) {
                spans.add(new int[] {token.index() - 1, token.index() - 1});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans;
    }

    private boolean isHonorific(CoreLabel token) {
        return lexicon.isHonorific(token.word().toLowerCase(Locale.ROOT));
    }

    /** The person whose name is the token right after the char offset. */
    private static Optional<ExtractedEntity> personAfter(SentenceGraph s, MentionIndex index, List<CoreLabel> tokens, int end) {
        return tokens.stream().filter(token -> token.beginPosition() >= end).findFirst()
                .flatMap(token -> index.at(s.index, token.beginPosition(), token.endPosition()))
                .filter(e -> e.type().equals("Person"));
    }

    /** The person a title describes in apposition: "Hans Kluge, the WHO regional director for Europe, …". */
    private static Optional<ExtractedEntity> appositionHolder(SentenceGraph s, MentionIndex index, IndexedWord word) {
        if (word == null || !s.relation(word).equals("appos")) {
            return Optional.empty();
        }
        return s.governor(word).flatMap(person -> index.at(s.index, person.beginPosition(), person.endPosition()))
                .filter(e -> e.type().equals("Person"));
    }

    /**
     * The entity that modifies the title word as a compound or possessive when another word stands between them
     * ("the WHO regional director", "Google's vice president"), or that the title is "of" ("Nigel Farage, leader of
     * the Reform UK party").
     */
    private static Optional<ExtractedEntity> modifyingEntity(SentenceGraph s, MentionIndex index, IndexedWord word) {
        if (word == null) {
            return Optional.empty();
        }
        // "TOKYO (Reuters) - Prime Minister…": the parser may hang the dateline's town on the title it runs into
        return Stream.of("compound", "nmod:poss", "nmod:of").flatMap(relation -> s.dependents(word, relation).stream())
                .filter(m -> m.beginPosition() >= s.datelineEnd())
                .map(m -> index.at(s.index, m.beginPosition(), m.endPosition())).flatMap(Optional::stream)
                .filter(e -> !e.type().equals("Person")).findFirst();
    }

    /** The country or government named right before the body the envoy's title follows ("Algeria's UN Ambassador"). */
    private static Optional<ExtractedEntity> sendingCountry(SentenceGraph s, MentionIndex index, List<CoreLabel> tokens,
            int first, ExtractedEntity body) {
        int i = first;
        while (i > 0 && index.at(s.index, tokens.get(i - 1).beginPosition(), tokens.get(i - 1).endPosition())
                .filter(body::equals).isPresent()) {
            i--;
        }
        return i == first ? Optional.empty() : entityBefore(s, index, tokens, i)
                .filter(e -> e.type().equals("Country") || e.type().equals("Government"));
    }

    /**
     * The entity named right before the title, possibly with a possessive ("Canada's") or as an acronym in brackets
     * ("Council of Economic Planning and Development (CEPD) chairman").
     */
    private static Optional<ExtractedEntity> entityBefore(SentenceGraph s, MentionIndex index, List<CoreLabel> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && (tokens.get(i).tag().equals("POS") || SentenceGraph.isBracket(tokens.get(i)))) {
            i--;
        }
        if (i < 0) {
            return Optional.empty();
        }
        return index.at(s.index, tokens.get(i).beginPosition(), tokens.get(i).endPosition());
    }
}
