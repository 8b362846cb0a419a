package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;

/** Posts found from titles before a person's name (real CoreNLP, hand-written text). */
class PostRulesTest {
    private static final String TEXT = "President Ma Ying-jeou met reporters in Taipei on Monday. "
            + "Former president Bill Clinton visited Uganda in July. "
            + "Sen. Leland Yee and Senator Dianne Feinstein voted against the bill. "
            + "Apple lawyer Bill Lee questioned the inventors. Senate Majority Leader Harry Reid objected.";

    /** Titles in apposition to the name. */
    private static final String APPOSITION = "Dr. Hans Kluge, the WHO regional director for Europe, said the "
            + "increase was driven by falling vaccination rates.\nDr. Tedros Adhanom Ghebreyesus, the WHO "
            + "director-general, said at least 1,200 children had died.\nU.S. District Judge Leonie Brinkema ruled on "
            + "Thursday. She said the company had harmed publishers.\n"
            + "Spanish Prime Minister Pedro Sanchez called for calm.\nTennessee Attorney General Jonathan Skrmetti "
            + "called the decision a victory.\nThe bill was signed by Governor of California Gavin Newsom on Monday."
            + "\nPrincess of Wales Catherine presented the trophy.\nNigel Farage, leader of the Reform UK party, called for an election.\nCongress leader Rahul Gandhi accused the BJP of "
            + "using federal agencies. The BJP has denied the allegations. Party spokesperson Sambit Patra said Gandhi was "
            + "\"insulting the mandate of the people\" and that investigating agencies acted independently.";

    /** Titles their holders hold no longer. */
    private static final String FORMER = "Four panel discussions are to be moderated by former Financial Supervisory "
            + "Commission chairman Hu Sheng-cheng and others.\nLin Chuan, a former premier, spoke first, then "
            + "President Barack Obama spoke.\nFormer Canadian Prime Minister Stephen Harper was there.";

    /** A dateline naming a country that the article names less often than another. */
    private static final String DATELINE = "AHMEDABAD, India, June 12 (Reuters) - A jet crashed after take-off. One "
            + "British passenger survived, and 53 British nationals were aboard. Prime Minister Narendra Modi visited the "
            + "site. Civil Aviation Minister Ram Mohan Naidu said an inquiry had begun. Britain's investigators sent a "
            + "team. The United States, which has withdrawn from the Paris Agreement under President Donald Trump, sent "
            + "no one.";

    /** Envoys: a country's post at the body they are sent to. */
    private static final String ENVOYS = "The United States vetoed the resolution. Algeria's UN Ambassador Amar "
            + "Bendjama said the veto sent a message.";

    private static Extractor.Extraction extraction;
    private static Extractor.Extraction former;
    private static Annotation draft;
    private static Extractor.Extraction apposition;
    private static Extractor.Extraction indian;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("posts-article", TEXT);
        draft = extraction.annotation();
        apposition = HandWrittenArticle.extract("apposition-article", APPOSITION);
        former = HandWrittenArticle.extract("former-article", FORMER);
        indian = HandWrittenArticle.extract("dateline-article", DATELINE);
    }

    @Test
    void anUntypedWordBeforeATitleIsPartOfItAndThePersonNamedAfterItIsWhomThePronounMeans() {
        assertTrue(HandWrittenArticle.relates(apposition, "Leonie Brinkema", "holdsPost", "District Judge of United States"),
                HandWrittenArticle.relations(apposition));
        String judge = HandWrittenArticle.idOf(apposition, "Leonie Brinkema");
        assertEquals(List.of(judge), apposition.annotation().claims().stream()
                .filter(c -> c.text().contains("harmed publishers")).map(c -> c.source()).toList());
    }

    @Test
    void aTitleBeforeAPersonsNameIsNotAnothersWhateverKbpSays() {
        assertTrue(HandWrittenArticle.relationsFrom(apposition, "Rahul Gandhi").stream()
                .noneMatch(r -> r.predicate().equals("holdsPost") && r.object().contains("spokesperson")),
                HandWrittenArticle.relations(apposition));
    }

    /** Asserts that the apposition article's holder holds the post and that the post is in the body. */
    private static void assertHoldsPostIn(String holder, String post, String body) {
        HandWrittenArticle.assertRelates(apposition, holder, "holdsPost", post);
        HandWrittenArticle.assertRelates(apposition, post, "postIn", body);
    }

    @Test
    void aNationalityWordThatCoreNlpLinksToALanguageIsItsPeoplesCountry() {
        assertHoldsPostIn("Pedro Sanchez", "Prime Minister of Spain", "Spain");
    }

    @Test
    void aTitleOfABodyIsThePostInIt() {
        assertHoldsPostIn("Nigel Farage", "leader of Reform UK party", "Reform UK party");
    }

    @Test
    void aPlaceBeforeATitleNamesThePostButIsNoBodyItIsIn() {
        String relations = HandWrittenArticle.relations(apposition);
        assertTrue(HandWrittenArticle.relates(apposition, "Jonathan Skrmetti", "holdsPost",
                "Attorney General of Tennessee"), relations);
        assertTrue(HandWrittenArticle.relationsFrom(apposition, "Attorney General of Tennessee").isEmpty(),
                relations);
    }

    @Test
    void aTitleOfWhatFollowsItBeforeAPersonsNameIsTheirPost() {
        HandWrittenArticle.assertRelates(apposition, "Gavin Newsom", "holdsPost", "Governor of California");
        HandWrittenArticle.assertRelates(apposition, "Catherine", "holdsPost", "Princess of Wales");
    }

    @Test
    void aNationalTitleWithNoBodyIsAPostOfTheCountryTheArticleIsAbout() {
        Extractor.Extraction german = HandWrittenArticle.extract("national-titles", "BERLIN (Reuters) - Finance "
                + "Minister Lars Klingbeil said Germany would not cut pensions. German voters are divided, and Governor "
                + "Josh Shapiro of Pennsylvania said the United States was watching.");
        HandWrittenArticle.assertRelates(german, "Lars Klingbeil", "holdsPost", "Finance Minister of Germany");
        HandWrittenArticle.assertRelates(german, "Finance Minister of Germany", "postIn", "Germany");
        HandWrittenArticle.assertRelates(german, "Josh Shapiro", "holdsPost", "Governor");
        // the title's head, not its last word, is the national title
        Extractor.Extraction american = HandWrittenArticle.extract("national-title-head", "WASHINGTON (Reuters) - "
                + "Secretary of State Marco Rubio said the United States would keep its embassy open. American "
                + "diplomats stayed.");
        HandWrittenArticle.assertRelates(american, "Marco Rubio", "holdsPost", "Secretary of State of United States");
        // the dateline's country, though the article names another more often
        HandWrittenArticle.assertRelates(indian, "Narendra Modi", "holdsPost", "Prime Minister of India");
        // the country whose phrase holds the title, wherever the story was filed
        HandWrittenArticle.assertRelates(indian, "Donald Trump", "holdsPost", "President of United States");
    }

    @Test
    void aCommonNounBeforeANationalTitleIsTheMinistersFieldNotABody() {
        Extractor.Extraction pensions = HandWrittenArticle.extract("field-of-title", "BERLIN (Reuters) - Germany's "
                + "coalition agreed on a pension reform. Labour Minister Baerbel Bas said the package would keep the "
                + "pension level at 48% until 2031.");
        HandWrittenArticle.assertRelates(pensions, "Baerbel Bas", "holdsPost", "Labour Minister of Germany");
        assertTrue(pensions.annotation().entities().stream().noneMatch(e -> e.label().startsWith("Labour")
                && e.type().equals("Organization")), pensions.annotation().entities().toString());
        Extractor.Extraction club = HandWrittenArticle.extract("body-before-title", "MUNICH (AP) - Paris Saint-Germain "
                + "won the Champions League on Saturday. PSG president Nasser Al-Khelaifi celebrated with the players.");
        HandWrittenArticle.assertRelates(club, "Nasser Al-Khelaifi", "leads", "Paris Saint-Germain");
    }

    @Test
    void aBareNationalTitleInAStoryFiledFromACityThatStandsAloneIsAPostOfThatCitysCountry() {
        Extractor.Extraction tokyo = HandWrittenArticle.extract("dateline-city", "TOKYO (Reuters) - Prime Minister "
                + "Sanae Takaichi said on Monday that Japan would buy more U.S. soybeans. The U.S. Federal Reserve cut "
                + "rates on Wednesday, narrowing the gap between U.S. and Japanese borrowing costs.");
        HandWrittenArticle.assertRelates(tokyo, "Sanae Takaichi", "holdsPost", "Prime Minister of Japan");
    }

    @Test
    void aTradeIsAPostOnlyInABodyThatEmploysIt() {
        Extractor.Extraction trades = HandWrittenArticle.extract("occupations", "Hungarian novelist Laszlo "
                + "Krasznahorkai won the prize. McLaren driver Lando Norris won the race. Protesters carried "
                + "photographs of Albert Ojwang, a teacher and blogger who died in police custody.");
        assertEquals(List.of("driver of McLaren"), trades.annotation().entities().stream()
                .filter(e -> e.type().equals("Post")).map(EntitySpec::label).toList());
        HandWrittenArticle.assertRelates(trades, "Laszlo Krasznahorkai", "nationality", "Hungary");
    }

    @Test
    void aCapitalisedAdjectiveOfTheTitleIsPartOfThePost() {
        HandWrittenArticle.assertRelates(indian, "Ram Mohan Naidu", "holdsPost", "Civil Aviation Minister of India");
    }

    @Test
    void aCommonNounCompoundedWithTheTitleIsPartOfThePost() {
        Extractor.Extraction principal = HandWrittenArticle.extract("compound-title", "McLaren team principal Andrea "
                + "Stella said the team had always let its two drivers race each other.");
        HandWrittenArticle.assertRelates(principal, "Andrea Stella", "holdsPost", "team principal of McLaren");
    }

    @Test
    void aFormOfAddressBeforeTheNameIsNoPartOfThePostAndTheHolderIsWhoSpeaks() {
        Extractor.Extraction sheikh = HandWrittenArticle.extract("honorific", "Qatar's Prime Minister Sheikh Mohammed "
                + "bin Abdulrahman Al Thani said in Doha that both sides had accepted a proposal drafted with Egypt.");
        HandWrittenArticle.assertRelates(sheikh, "Mohammed bin Abdulrahman Al Thani", "holdsPost",
                "Prime Minister of Qatar");
        assertEquals(List.of(HandWrittenArticle.idOf(sheikh, "Mohammed bin Abdulrahman Al Thani")),
                sheikh.annotation().claims().stream().map(ClaimSpec::source).toList());
    }

    @Test
    void aTitleInAppositionIsThePersonsPostAtTheOrganisationBeforeIt() {
        assertHoldsPostIn("Hans Kluge", "director of World Health Organization", "World Health Organization");
        assertHoldsPostIn("Tedros Adhanom Ghebreyesus", "director-general of World Health Organization",
                "World Health Organization");
        assertTrue(HandWrittenArticle.relates(apposition, "Hans Kluge", "memberOf", "World Health Organization"),
                HandWrittenArticle.relations(apposition));
    }

    @Test
    void oneTitleInTwoCasesIsOnePostWithOneId() {
        List<String> ids = draft.entities().stream().map(EntitySpec::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids in " + ids);
        List<String> posts = draft.entities().stream().filter(e -> e.type().equals("Post")).map(EntitySpec::id).toList();
        assertEquals(List.of("president", "senator", "lawyer-of-apple-inc", "majority-leader-of-senate"), posts,
                "a post at a body is that body's");
        assertTrue(HandWrittenArticle.hasRelation(extraction, "ma-ying-jeou", "holdsPost", "president"),
                HandWrittenArticle.relations(extraction));
        assertTrue(HandWrittenArticle.hasRelation(extraction, "bill-clinton", "heldPost", "president"),
                HandWrittenArticle.relations(extraction));
    }

    @Test
    void aFormerHolderHeldThePostAndNeitherHoldsItNorLeadsItsBody() {
        String relations = HandWrittenArticle.relations(former);
        String chairman = "chairman of Financial Supervisory Commission";
        assertTrue(HandWrittenArticle.relates(former, "Hu Sheng-cheng", "heldPost", chairman), relations);
        assertTrue(HandWrittenArticle.relates(former, chairman, "postIn", "Financial Supervisory Commission"), relations);
        assertEquals(List.of("heldPost"), HandWrittenArticle.relationsFrom(former, "Hu Sheng-cheng").stream()
                .map(RelationSpec::predicate).toList(), relations);
        assertTrue(HandWrittenArticle.relates(former, "Lin Chuan", "heldPost", "premier"), relations);
        assertTrue(HandWrittenArticle.relates(former, "Stephen Harper", "heldPost", "Prime Minister of Canada"), relations);
        assertTrue(HandWrittenArticle.relates(former, "Barack Obama", "holdsPost", "President"),
                "'then' as an adverb says nothing of the post: " + relations);
    }

    @Test
    void anAbbreviatedTitleIsSpelledOutAndNamesThePostOfTheFullTitle() {
        EntitySpec senator = draft.entities().stream().filter(e -> e.id().equals("senator")).findFirst().orElseThrow();
        assertEquals("Senator", senator.label());
        assertEquals(List.of("Sen."), senator.aliases());
        List<String> holders = draft.relations().stream()
                .filter(r -> r.predicate().equals("holdsPost") && r.object().equals("senator")).map(RelationSpec::subject).toList();
        assertTrue(holders.containsAll(List.of("leland-yee", "dianne-feinstein")), holders.toString());
    }

    @Test
    void anOrganisationTheTaggerMissedBeforeATitleIsWhereTheHolderWorks() {
        EntitySpec apple = draft.entities().stream().filter(e -> e.id().equals("apple")).findFirst().orElseThrow();
        assertEquals("Organization", apple.type());
        assertEquals("Apple_Inc.", apple.dbpedia());
        assertTrue(HandWrittenArticle.hasRelation(extraction, "bill-lee", "memberOf", "apple"),
                HandWrittenArticle.relations(extraction));
    }

    @Test
    void aNameNeverGrowsOverATitle() {
        List<String> labels = draft.entities().stream().map(EntitySpec::label).toList();
        assertTrue(labels.containsAll(List.of("Harry Reid", "Senate")), labels.toString());
        assertTrue(HandWrittenArticle.hasRelation(extraction, "harry-reid", "leads", "senate"),
                HandWrittenArticle.relations(extraction));
    }

    @Test
    void anEnvoysPostIsTheSendingCountrysAndTheEnvoyIsNoMemberOfTheBody() {
        Extractor.Extraction envoys = HandWrittenArticle.extract("envoys", ENVOYS);
        List<String> relations = envoys.annotation().relations().stream()
                .filter(r -> r.subject().equals(HandWrittenArticle.idOf(envoys, "Amar Bendjama"))
                        || r.subject().startsWith("ambassador") || r.subject().equals(HandWrittenArticle.idOf(envoys, "UN")))
                .map(r -> r.subject() + " " + r.predicate() + " " + r.object()).toList();
        assertEquals(List.of("amar-bendjama holdsPost ambassador-of-algeria", "ambassador-of-algeria postIn algeria",
                "amar-bendjama nationality algeria"), relations);
    }
}
