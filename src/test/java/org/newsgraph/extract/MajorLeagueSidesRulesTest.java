package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.EntitySpec;

/** North American sides by nickname and by place, and the same words outside sport (real CoreNLP, hand-written text). */
class MajorLeagueSidesRulesTest {
    private static final String BASEBALL = "Giants manager Bruce Bochy said his team had been flat. \"We didn't hit,\" "
            + "Bochy said after the loss to the Cleveland Indians on Tuesday.\n\nBoston manager Alex Cora watched the "
            + "Red Sox lose again. Baltimore beat the Yankees 5-2 behind two home runs.";
    private static final String FOOTBALL = "Dolphins receiver Tyreek Hill caught two touchdown passes as Miami beat the "
            + "Jets. The Cardinals lost to the Rams. Giants manager Bruce Bochy watched from New York with Gen. Martin "
            + "Dempsey, chairman of the Joint Chiefs of Staff.";
    private static final String POLITICS = "The Senators voted on the budget in Ottawa on Tuesday. Indians living in "
            + "Canada sent $5 billion home last year, the Heat Research Institute said.";

    private static Extractor.Extraction baseball;
    private static Extractor.Extraction football;
    private static Extractor.Extraction politics;

    @BeforeAll
    static void extract() {
        baseball = HandWrittenArticle.extract("baseball-report", BASEBALL);
        football = HandWrittenArticle.extract("football-report", FOOTBALL);
        politics = HandWrittenArticle.extract("budget-report", POLITICS);
    }

    private static String typeAndLink(Extractor.Extraction extraction, String name) {
        EntitySpec entity = HandWrittenArticle.entity(extraction, name);
        return entity.type() + " " + entity.dbpedia();
    }

    @Test
    void aNicknameThatSeveralLeaguesShareIsTheSideOfTheLeagueItsPostSays() {
        assertEquals("Organization San_Francisco_Giants", typeAndLink(baseball, "Giants"));
    }

    @Test
    void aFormerNameIsTheFranchiseUnderItsPresentTitle() {
        EntitySpec cleveland = HandWrittenArticle.entity(baseball, "Cleveland Indians");
        assertEquals("Cleveland Guardians Cleveland_Guardians", cleveland.label() + " " + cleveland.dbpedia());
    }

    @Test
    void aPlaceStandingForItsSideIsTheSideOfTheArticlesSport() {
        assertEquals("Organization Boston_Red_Sox", typeAndLink(baseball, "Boston"));
        assertEquals("Organization Baltimore_Orioles", typeAndLink(baseball, "Baltimore"));
        assertEquals("Organization Miami_Dolphins", typeAndLink(football, "Miami"));
    }

    @Test
    void aNicknameInAnArticleAboutItsSportIsItsSide() {
        assertEquals("Organization Miami_Dolphins", typeAndLink(football, "Dolphins"));
        assertEquals("Organization New_York_Jets", typeAndLink(football, "Jets"));
        assertEquals("Organization Arizona_Cardinals", typeAndLink(football, "Cardinals"));
        assertEquals("Organization Los_Angeles_Rams", typeAndLink(football, "Rams"));
    }

    @Test
    void aPostSaysTheLeagueWhateverElseTheArticleReports() {
        assertEquals("Organization San_Francisco_Giants", typeAndLink(football, "Giants"),
                "a manager: baseball's Giants, though the article is about football and names New York");
    }

    @Test
    void aNicknameInsideALongerNameIsNoSide() {
        assertEquals("Organization Joint_Chiefs_of_Staff", typeAndLink(football, "Joint Chiefs of Staff"));
    }

    @Test
    void nicknamesOutsideSportAreNoSides() {
        assertTrue(politics.annotation().entities().stream().noneMatch(e -> e.dbpedia() != null
                && (e.dbpedia().startsWith("Ottawa_Senators") || e.dbpedia().startsWith("Cleveland")
                        || e.dbpedia().startsWith("Miami_Heat"))), politics.annotation().entities().toString());
    }
}
