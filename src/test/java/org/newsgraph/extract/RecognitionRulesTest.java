package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repairs of CoreNLP's mention boundaries, on short hand-written news sentences (real CoreNLP). */
class RecognitionRulesTest {
    private static final String TEXT = "SPRINGFIELD, Ill. -- Heavy rain flooded roads in Oakland County on Monday.\n"
            + "Officials in Washington State said the House Democratic spokeswoman would testify.\n"
            + "The former Tour de France winner Alberto Contador rode with Shiite pilgrims.";

    private static List<String> mentions;

    @BeforeAll
    static void extract() {
        Extractor.Extraction extraction = HandWrittenArticle.extract("recognition", TEXT);
        mentions = extraction.entities().stream().flatMap(e -> e.mentions().stream()).map(ExtractedEntity.Mention::text)
                .toList();
    }

    @Test
    void joinsNamesTheTaggerSplit() {
        for (String name : List.of("Oakland County", "Washington State", "Tour de France")) {
            assertTrue(mentions.contains(name), name + " not in " + mentions);
        }
        for (String part : List.of("County", "State", "Tour de")) {
            assertFalse(mentions.contains(part), part + " in " + mentions);
        }
    }

    @Test
    void dropsDatelineStateAbbreviationsAndModifyingAdjectives() {
        assertTrue(mentions.contains("SPRINGFIELD"), mentions.toString());
        for (String fragment : List.of("Ill.", "Democratic", "Shiite")) {
            assertFalse(mentions.contains(fragment), fragment + " in " + mentions);
        }
    }
}
