package org.newsgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The readable part of an entity's URI, for names in any script. */
class UrisTest {
    @Test
    void aSlugSpellsLettersThatHaveNoAccentToFoldAndOtherScriptsInAscii() {
        assertEquals("lukasz-kubot", Uris.slug("Łukasz Kubot"));
        assertEquals("kemal-kilicdaroglu", Uris.slug("Kemal Kılıçdaroğlu"));
        assertEquals("lars-lokke-rasmussen", Uris.slug("Lars Løkke Rasmussen"));
        assertEquals("vladimir-putin", Uris.slug("Владимир Путин"));
        assertEquals("melanie-joly", Uris.slug("Mélanie Joly"));
        assertEquals("https://newsgraph.org/id/place/bei-jing", Uris.entity("Place", Uris.slug("北京")));
    }

    @Test
    void aSlugOfNothingToSpellIsAHashOfTheText() {
        assertEquals("x" + Uris.sha256Hex("★").substring(0, 8), Uris.slug("★"));
    }
}
