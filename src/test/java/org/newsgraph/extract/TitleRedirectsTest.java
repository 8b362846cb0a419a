package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Renamed Wikipedia titles, judged with CoreNLP's dictionary (real models). */
class TitleRedirectsTest {
    private final TitleRedirects redirects = new TitleRedirects(NlpPipeline.shared());

    @Test
    void anOldTitleTheDictionaryTakesToTheNewOneIsTheSameResourceEitherWay() {
        assertTrue(redirects.test("Barclays", "Barclays_plc"));
        assertTrue(redirects.test("Barclays_plc", "Barclays"));
        assertTrue(redirects.test("Denver", "Denver"));
    }

    @Test
    void aPlaceIsNotTheTeamOrMuseumNamedAfterIt() {
        assertFalse(redirects.test("Boston", "Boston_Red_Sox"));
        assertFalse(redirects.test("Denver", "Denver_Art_Museum"));
    }
}
