package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.ArticleInfo;

/** When a mention gets a Wikipedia link and which one, on short hand-written news sentences (real CoreNLP). */
class LinkingRulesTest {
    private static final String TEXT = "Snow closed several roads in Denver on Monday.\n"
            + "Officials in Bangor said the bridge would reopen next week.\n"
            + "Local plumber Greg Obama opened a shop in Toledo. Obama said business was good.\n"
            + "Many Americans watched the debate.";

    private static List<ExtractedEntity> entities;

    @BeforeAll
    static void extract() {
        entities = new Extractor(NlpPipeline.shared())
                .extract(new ArticleInfo("linking", "linking.txt", "Linking", "en", null, null), TEXT).entities();
    }

    private static Optional<ExtractedEntity> named(String mention) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst();
    }

    @Test
    void aPlaceNameThatMeansOnePlaceLinksToItsPrimaryTopicTitle() {
        assertEquals("Denver", named("Denver").orElseThrow().dbpedia());
    }

    @Test
    void anAmbiguousNameStaysUnlinked() {
        assertNull(named("Bangor").orElseThrow().dbpedia(), "Bangor is mostly not the Welsh city the dictionary prefers");
    }

    @Test
    void aPersonIsNotLinkedByTheSurnameAlone() {
        ExtractedEntity plumber = named("Greg Obama").orElseThrow();
        assertNull(plumber.dbpedia(), plumber.toString());
    }

    @Test
    void pluralDemonymsAreNotNamesOfTheCountry() {
        List<ExtractedEntity.Mention> names = entities.stream().flatMap(e -> e.mentions().stream())
                .filter(ExtractedEntity.Mention::name).toList();
        assertTrue(names.stream().noneMatch(m -> m.text().equals("Americans")), names.toString());
    }

    @Test
    void theDictionaryScoresComeFromCoreNlp() {
        LinkConfidence scores = LinkConfidence.shared();
        assertEquals(Optional.empty(), scores.accept("Portland", "Portland,_Oregon"));
        assertEquals(Optional.of("Canada"), scores.accept("Canada", "Canada"));
        assertEquals(Optional.of("Boston"), scores.accept("Boston", "Boston,_Massachusetts"));
    }
}
