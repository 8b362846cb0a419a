package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.NifCorpus.Phrase;

/** The RSS-500 scores: recognition by overlap, linking by exact span and resource (GERBIL's A2KB rules). */
class NifComparisonTest {
    private static final String DBR = "http://dbpedia.org/resource/";
    private static final String NOT_IN_WIKI = "http://aksw.org/notInWiki/Bannock_Streets";

    private static Phrase phrase(int begin, int end, String identRef) {
        return new Phrase(begin, end, "x", identRef, null);
    }

    @Test
    void recognitionCountsOverlappingSpansOnBothSides() {
        List<Phrase> gold = List.of(phrase(0, 10, DBR + "Arne_Duncan"), phrase(20, 25, DBR + "Denver"));
        List<Phrase> predicted = List.of(phrase(5, 10, null), phrase(30, 35, null), phrase(40, 45, null));
        assertEquals(new Score(1, 3, 1, 2), NifComparison.recognition(predicted, gold));
    }

    @Test
    void linkingNeedsTheExactSpanAndResourceAndIgnoresGoldOutsideDbpedia() {
        List<Phrase> gold = List.of(phrase(0, 10, DBR + "Children%27s_Hospital"), phrase(20, 25, DBR + "Denver"),
                phrase(30, 45, NOT_IN_WIKI));
        List<Phrase> predicted = List.of(phrase(0, 10, DBR + "Children's_Hospital"), phrase(20, 24, DBR + "Denver"),
                phrase(30, 45, DBR + "Bannock_Street"), phrase(50, 55, "https://newsgraph.org/id/person/x"));
        assertEquals(new Score(1, 3, 1, 2), NifComparison.linking(predicted, gold));
    }

    @Test
    void linkingAcceptsTheResourcesTheGivenRelationEquates() {
        List<Phrase> gold = List.of(phrase(0, 8, DBR + "Tim_Cook"));
        List<Phrase> predicted = List.of(phrase(0, 8, DBR + "Timothy_D._Cook"));
        assertEquals(new Score(0, 1, 0, 1), NifComparison.linking(predicted, gold));
        assertEquals(new Score(1, 1, 1, 1), NifComparison.linking(predicted, gold,
                (a, b) -> a.equals(b) || a.equals("Tim_Cook") && b.equals("Timothy_D._Cook")));
    }
}
