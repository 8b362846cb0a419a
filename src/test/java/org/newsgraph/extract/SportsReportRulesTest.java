package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.EntitySpec;

/** A match report, a kind of news far from the seed article's politics (real CoreNLP, hand-written text). */
class SportsReportRulesTest {
    private static final String TEXT = "Mohamed Salah scored twice as Liverpool beat Manchester United 3-1 at Anfield "
            + "on Sunday to move top of the Premier League.\n\nThe Egyptian forward opened the scoring after 12 minutes "
            + "and added a second from the penalty spot before half-time.\n\nLiverpool manager Arne Slot said his team "
            + "had shown \"real character\" after a difficult week. \"We knew United would come back at us, but the "
            + "players stayed calm,\" Slot told BBC Sport.\n\nThe Dutchman joined from Feyenoord in June. Former England "
            + "defender Gary Neville said United lacked a plan. United had taken an early lead through Marcus Rashford.\n\n"
            + "Italy coach Cesare Prandelli watched from the stands. Arsenal face Chelsea at the Emirates Stadium in "
            + "London on Saturday. It is a dream to be here with a medal, France captain Celine "
            + "Dumerc said.";

    private static final String CRICKET = "England captain Joe Root was bowled for 12 as Australia took eight wickets "
            + "at Lord's on Thursday. Army Gen. Mark Carleton-Smith watched from the pavilion.";

    /** A European night: clubs whose titles end in other languages' suffixes, and a side named by its town. */
    private static final String EUROPEAN_NIGHT = "Mohamed Salah scored twice as Liverpool beat Real Madrid 3-1 at "
            + "Anfield on Tuesday. Kylian Mbappe pulled one back for Madrid with a penalty in the 80th minute. Liverpool "
            + "next host Manchester City in the Premier League on Sunday.";

    private static Extractor.Extraction extraction;
    private static Extractor.Extraction cricket;
    private static Extractor.Extraction european;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("match-report", TEXT);
        cricket = HandWrittenArticle.extract("cricket-report", CRICKET);
        european = HandWrittenArticle.extract("european-night", EUROPEAN_NIGHT);
    }

    private static String relations() {
        return HandWrittenArticle.relations(extraction);
    }

    @Test
    void aLeadInTheScoreIsNoLeadership() {
        String rashford = HandWrittenArticle.idOf(extraction, "Marcus Rashford");
        assertTrue(extraction.annotation().relations().stream()
                .noneMatch(r -> r.predicate().equals("leads") && r.subject().equals(rashford)), relations());
    }

    @Test
    void aDemonymWithAnArticleIsAPersonNotTheCountry() {
        assertTrue(extraction.entities().stream().flatMap(e -> e.mentions().stream())
                .noneMatch(m -> m.text().equals("Dutchman")), extraction.entities().toString());
    }

    @Test
    void aPlaceBeforeAPlayersPositionIsItsTeam() {
        EntitySpec england = HandWrittenArticle.entity(extraction, "England");
        assertEquals("Organization", england.type(), england.toString());
        assertFalse(HandWrittenArticle.relates(extraction, "Gary Neville", "locatedIn", "England"), relations());
        assertEquals(List.of(), predicatesBetween("Gary Neville", "England"),
                "a former defender, and KBP's residence in a place the article names a team by is none");
        assertEquals(List.of("memberOf"), predicatesBetween("Cesare Prandelli", "Italy"), relations());
    }

    private static List<String> predicatesBetween(String subjectLabel, String objectLabel) {
        String subject = HandWrittenArticle.idOf(extraction, subjectLabel);
        String object = HandWrittenArticle.idOf(extraction, objectLabel);
        return extraction.annotation().relations().stream()
                .filter(r -> r.subject().equals(subject) && r.object().equals(object)).map(r -> r.predicate()).toList();
    }

    @Test
    void twoNamesThatShareNoWordAreTwoEntitiesWhateverCoreferenceSays() {
        EntitySpec bbc = extraction.annotation().entities().stream().filter(e -> "BBC_Sport".equals(e.dbpedia()))
                .findFirst().orElseThrow(() -> new AssertionError(extraction.annotation().entities().toString()));
        assertEquals("BBC Sport", bbc.label());
        assertFalse(bbc.aliases().contains("Liverpool"), bbc.toString());
    }

    @Test
    void aPlaceStandingForItsClubLinksToTheClubOfTheKindTheArticleLinks() {
        EntitySpec liverpool = HandWrittenArticle.entity(extraction, "Liverpool");
        assertEquals("Manchester_United_F.C.", HandWrittenArticle.entity(extraction, "Manchester United").dbpedia());
        assertEquals("Liverpool_F.C.", liverpool.dbpedia(), liverpool.toString());
    }

    @Test
    void aPersonsRelationHasAPersonForItsSubject() {
        String liverpool = HandWrittenArticle.idOf(extraction, "Liverpool");
        assertTrue(extraction.annotation().relations().stream().noneMatch(r -> r.subject().equals(liverpool)
                && "holds post".equals(r.verb())), relations());
        assertTrue(HandWrittenArticle.hasRelation(extraction, HandWrittenArticle.idOf(extraction, "Arne Slot"), "memberOf",
                liverpool), relations());
    }

    @Test
    void aPlayerWithoutATitleOfLeadershipLeadsNothing() {
        String salah = HandWrittenArticle.idOf(extraction, "Mohamed Salah");
        assertTrue(extraction.annotation().relations().stream()
                .noneMatch(r -> r.subject().equals(salah) && r.predicate().equals("leads")), relations());
    }

    @Test
    void addingAGoalIsNoClaim() {
        assertTrue(extraction.annotation().claims().stream().noneMatch(c -> c.verb().equals("add")),
                extraction.annotation().claims().stream().map(c -> c.source() + " " + c.verb() + ": " + c.text())
                        .collect(Collectors.joining("\n")));
    }

    @Test
    void aNameTheTaggerTookForAPersonsIsTheSportsSideTheDictionaryIsSureOf() {
        EntitySpec chelsea = HandWrittenArticle.entity(extraction, "Chelsea");
        assertEquals("Organization Chelsea_F.C.", chelsea.type() + " " + chelsea.dbpedia());
    }

    @Test
    void aNationStandingForItsSideIsItsSideInTheSportTheArticleReports() {
        assertEquals("Italy_national_football_team", linkOf(extraction, "Italy"), "the Premier League: football");
        assertEquals("France_national_football_team", linkOf(extraction, "France"),
                "the parser hangs \"France\" and \"captain\" both on Dumerc");
        assertEquals("England_cricket_team", linkOf(cricket, "England"), "bowled, wickets: cricket");
        assertTrue(cricket.annotation().entities().stream().noneMatch(e -> "Army_cricket_team".equals(e.dbpedia())),
                "the Army is no nation: " + cricket.annotation().entities());
    }

    @Test
    void aNameTheDictionaryGivesAClubsTitleIsTheClubNotAPlace() {
        EntitySpec city = HandWrittenArticle.entity(european, "Manchester City");
        assertEquals("Organization Manchester_City_F.C.", city.type() + " " + city.dbpedia());
    }

    @Test
    void aPlaceThatBeatsAClubIsItsClubWhateverLanguageTheOtherClubsTitleIsIn() {
        assertEquals("Real_Madrid_C.F.", linkOf(european, "Real Madrid"));
        assertEquals("Liverpool_F.C.", linkOf(european, "Liverpool"));
    }

    @Test
    void aTownCoreferenceJoinsToTheSideNamedAfterItIsTheSide() {
        assertTrue(HandWrittenArticle.entity(european, "Real Madrid").aliases().contains("Madrid"),
                european.annotation().entities().toString());
    }

    private static String linkOf(Extractor.Extraction extraction, String label) {
        return HandWrittenArticle.entity(extraction, label).dbpedia();
    }
}
