package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** When a mention gets a Wikipedia link and which one, on short hand-written news sentences (real CoreNLP). */
class LinkingRulesTest {
    private static final String TEXT = "Snow closed several roads in Denver on Monday.\n"
            + "Officials in Bangor said the bridge would reopen next week.\n"
            + "Local plumber Greg Obama opened a shop in Toledo. Obama said business was good.\n"
            + "Many Americans watched the debate.\n"
            + "State broadcaster CCTV reported that the West Nile outbreak had spread.\n"
            + "Washington -- Julie Pace contributed from Washington. Ottawa faces pressure from Washington.\n"
            + "Iran blamed Washington for the collapse of the deal.\n"
            + "Democrats and Republicans disagreed about Medicaid.\nShe won gold at the Olympics.\n"
            + "India won the Champions Trophy for a record third time on Sunday, beating New Zealand by four wickets.\n"
            + "He joined the U.S. Davis Cup team in 2010.\nShe also won the French Open.";

    /**
     * A second article: names whose full name it does not give, a town named with its state, and two names the
     * dictionary knows together only as part of a list's title.
     */
    private static final String SHORT_NAMES = "Obama praised Dale Earnhardt Jr. after the race in Charlotte.\n"
            + "Fans in Kent, Wash., cheered.\nBoston manager Bobby Valentine was ejected in the eighth inning.\n"
            + "Madonna performed in Moscow. Beyoncé sang in Houston. He had surgery at UCSF last year.\n"
            + "OpenAI, the San Francisco-based maker of ChatGPT, declined to comment.\n"
            + "Britain's Competition and Markets Authority said it was gathering views.\n"
            + "D.C. police Chief Cathy Lanier told The Washington Examiner the officer was a hero.\n"
            + "Iran's mission to the United Nations in New York did not respond to a request for comment.";

    /** A third: names the tagger or the dictionary gets wrong on their own, set right by the rest of the article. */
    private static final String SPELLED_OUT = "Passengers waited for hours at Denver International Airport on Friday. "
            + "DIA spokesman Tom Reyes said crews were clearing the runways.\n"
            + "Jobbik president Gabor Vona called for new elections.\n"
            + "Fishing boats sailed toward the islands, which China calls Diaoyu.\n"
            + "Hoover, Ala., police said the driver was not hurt.\nThe plane landed at Limon International Airport.\n"
            + "The Indian National Congress held a rally in Delhi. Congress leader Rahul Gandhi toured Mumbai on "
            + "Sunday. Gandhi said voters wanted change.\nThe Republican Party of Kentucky backed Kentucky coach John "
            + "Calipari.\n"
            + "French Economy Minister Bruno Le Maire backed the tariffs. \"We cannot repeat the mistake,\" Le Maire "
            + "told reporters in Paris.\nJuergen Klopp praised the fans.\nHearst Corp. bought the magazine, and "
            + "Lonmin PLC cut 2,000 jobs.";

    /** A fourth: two places whose names differ by a compass point, which coreference joins after the dateline. */
    private static final String NEIGHBOURS = "CHARLESTON, W. Va. -- After the June 29 \"super derecho,\" a record 573,000 "
            + "Appalachian Power customers in West Virginia and Virginia were without electricity.";

    /** A fifth: states named like the cities the AP lets stand alone, as states. */
    private static final String STATES = "NEW YORK (AP) -- Felix Hernandez grew up far from Seattle, Washington. "
            + "Washington Gov. Jay Inslee signed the bill.";

    /**
     * A sixth: works' titles (one the tagger takes for a person's name), a language and a name that opens with a
     * particle.
     */
    private static final String WORKS = "The documentary \"American Factory\" won an Oscar. \"Parasite\" was the first "
            + "film not in the English language to win best picture. It beat \"Once Upon a Time in Hollywood.\"\n"
            + "Beyonce won album of the year for \"Cowboy Carter\" at the Grammy Awards on Sunday night.\n"
            + "Militants linked to al Qaeda attacked the base.\n"
            + "The Disaster and Emergency Management Authority, known as AFAD, sent tents. The Kurdistan Workers' "
            + "Party (PKK) denied the attack. The PKK said it had no fighters there.\nMany Hong Kongers left the city.\n"
            + "The European Automobile Manufacturers' Association (ACEA) said it regretted the tariffs. The "
            + "Competition and Markets Authority (CMA) opened an inquiry.\nU.S. climate envoy John Kerry praised the "
            + "outcome.";

    private static List<ExtractedEntity> entities;
    private static List<ExtractedEntity> shortNameEntities;
    private static List<ExtractedEntity> spelledOutEntities;
    private static List<ExtractedEntity> neighbourEntities;
    private static List<ExtractedEntity> stateEntities;
    private static List<ExtractedEntity> workEntities;

    @BeforeAll
    static void extract() {
        entities = HandWrittenArticle.extract("linking", TEXT).entities();
        shortNameEntities = HandWrittenArticle.extract("short-names", SHORT_NAMES).entities();
        spelledOutEntities = HandWrittenArticle.extract("spelled-out", SPELLED_OUT).entities();
        neighbourEntities = HandWrittenArticle.extract("neighbours", NEIGHBOURS).entities();
        stateEntities = HandWrittenArticle.extract("states", STATES).entities();
        workEntities = HandWrittenArticle.extract("works", WORKS).entities();
    }

    private static Optional<ExtractedEntity> named(String mention) {
        return named(entities, mention);
    }

    private static Optional<ExtractedEntity> named(List<ExtractedEntity> in, String mention) {
        return in.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst();
    }

    @Test
    void theStartOfACompanysNameTheArticleGivesIsThatCompanyUnlessTheDictionaryKnowsABodyByIt() {
        List<ExtractedEntity> drugmakers = HandWrittenArticle.extract("drugmakers", "Novo Nordisk, the Danish maker of "
                + "Wegovy and Ozempic, won approval for a pill version of Wegovy last month. President Donald Trump "
                + "announced a deal last month under which Lilly and Novo would lower prices for Medicare patients.\n"
                + "Apple Music added lossless audio. Apple said subscribers would not pay more.").entities();
        ExtractedEntity novo = named(drugmakers, "Novo").orElseThrow();
        assertEquals("Novo_Nordisk Novo Nordisk", describe(novo), "the dictionary gives \"Novo\" a footballer");
        ExtractedEntity apple = named(drugmakers, "Apple").orElseThrow();
        assertEquals("Apple_Inc.", apple.dbpedia());
        assertFalse(apple.mentions().stream().anyMatch(m -> m.text().equals("Apple Music")), apple.toString());
    }

    @Test
    void aDatelineTownInCapitalsLinksToTheTownOfThatNameAndIsLabelledAsTheTitleWritesIt() {
        List<ExtractedEntity> datelines = HandWrittenArticle.extract("datelines", "LONDON (Reuters) - Shares fell on "
                + "Monday.\nSAN FRANCISCO (Reuters) - Nvidia reported higher revenue on Wednesday. NATO was silent.")
                .entities();
        assertEquals("London London", describe(named(datelines, "LONDON").orElseThrow()));
        assertEquals("San_Francisco San Francisco", describe(named(datelines, "SAN FRANCISCO").orElseThrow()));
        assertEquals("NATO NATO", describe(named(datelines, "NATO").orElseThrow()));
    }

    @Test
    void aDatelineTownTheTaggerTookForAPersonIsAPlaceAndOneWithTheTownNamedAgain() {
        List<ExtractedEntity> abuDhabi = HandWrittenArticle.extract("person-dateline", "ABU DHABI, Dec 7 (Reuters) - "
                + "Lando Norris won the title on Sunday, finishing third in Abu Dhabi.").entities();
        ExtractedEntity town = named(abuDhabi, "ABU DHABI").orElseThrow();
        assertEquals("Place Abu_Dhabi Abu Dhabi [ABU DHABI, Abu Dhabi]", town.type() + " " + describe(town) + " "
                + town.mentions().stream().map(ExtractedEntity.Mention::text).toList());
    }

    private static String describe(ExtractedEntity e) {
        return e.dbpedia() + " " + e.label();
    }

    @Test
    void aCompanyTheDictionaryKnowsWithItsLegalFormSpelledOtherwiseLinksToThatTitle() {
        assertEquals("Hearst_Corporation", named(spelledOutEntities, "Hearst Corp.").orElseThrow().dbpedia(),
                "the dictionary gives \"Hearst Corp.\" a skyscraper, doubtfully, and knows \"Hearst Corporation\"");
        assertEquals("Lonmin", named(spelledOutEntities, "Lonmin PLC").orElseThrow().dbpedia());
    }

    @Test
    void anAcronymTheArticleGivesANameInBracketsOrAfterKnownAsIsThatName() {
        ExtractedEntity afad = named(workEntities, "AFAD").orElseThrow();
        assertTrue(afad.mentions().stream().anyMatch(m -> m.text().endsWith("Emergency Management Authority")),
                afad.toString());
        assertEquals("European_Automobile_Manufacturers_Association", named(workEntities, "ACEA").orElseThrow().dbpedia(),
                "the acronym's own title, when the dictionary knows the name only without its apostrophe");
        assertNull(named(workEntities, "CMA").orElseThrow().dbpedia(),
                "the dictionary's title for the letters is the Canadian Museums Association");
        ExtractedEntity pkk = named(workEntities, "PKK").orElseThrow();
        assertEquals(List.of("Kurdistan Workers' Party", "PKK", "PKK"),
                pkk.mentions().stream().filter(ExtractedEntity.Mention::name).map(ExtractedEntity.Mention::text).toList(),
                workEntities.toString());
    }

    @Test
    void aNameInsideTheQuotedTitleOfAWorkIsPartOfTheTitle() {
        List<String> names = workEntities.stream().flatMap(e -> e.mentions().stream()).map(ExtractedEntity.Mention::text)
                .toList();
        assertTrue(names.stream().noneMatch(Set.of("Time", "Hollywood", "American", "Factory")::contains), names.toString());
        assertTrue(names.contains("Parasite"), "a name that is the whole title stays: " + names);
    }

    @Test
    void aListIsNoEntitysTitleSoTheNamesInOneStayTwo() {
        assertEquals("United_Nations", named(shortNameEntities, "United Nations").orElseThrow().dbpedia());
        ExtractedEntity newYork = named(shortNameEntities, "New York").orElseThrow();
        assertEquals("Place", newYork.type(), "the dictionary knows \"United Nations in New York\" only from "
                + "List_of_Permanent_Representatives_of_New_Zealand_to_the_United_Nations_in_New_York");
    }

    @Test
    void aWholeQuotedTitleTheTaggerTookForAPersonsNameIsATopic() {
        ExtractedEntity album = named(workEntities, "Cowboy Carter").orElseThrow();
        assertEquals("Topic", album.type(), "the tagger took the album for a person");
    }

    @Test
    void aPersonIsNotLinkedToATitleThatSharesNoWordWithTheName() {
        assertNull(named(workEntities, "John Kerry").orElseThrow().dbpedia(),
                "the dictionary gives \"John Kerry\" The_Electras, a band he played in");
    }

    @Test
    void aNameOpeningWithAParticleInLowerCaseIsLinked() {
        assertEquals("Al-Qaeda", named(workEntities, "al Qaeda").orElseThrow().dbpedia());
    }

    @Test
    void aNameIsNotGrownToOneWhoseTitleSharesNoWordWithIt() {
        assertTrue(workEntities.stream().noneMatch(e -> "Old_China_Trade".equals(e.dbpedia())),
                "the dictionary's one anchor of the documentary's name: " + workEntities);
        assertTrue(named(workEntities, "Hong Kongers").isPresent(), "its words written as one are its title's: "
                + workEntities);
    }

    @Test
    void aLanguageIsNotItsPeoplesCountry() {
        assertTrue(workEntities.stream().noneMatch(e -> "England".equals(e.dbpedia())), workEntities.toString());
        List<String> blessing = HandWrittenArticle.extract("languages", "He spoke in Italian, English and Spanish from "
                + "the balcony. The Italian premier spoke later.").entities().stream().map(ExtractedEntity::label)
                .toList();
        assertEquals(List.of("Italy"), blessing, "\"Italian premier\" names the country; \"in Italian\" the language");
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
    void aLoneSurnameTheDictionaryIsSureOfLinksToItsBearer() {
        assertEquals("Barack_Obama", named(shortNameEntities, "Obama").orElseThrow().dbpedia());
    }

    @Test
    void aTownNamedWithItsStateLinksToThatStatesTown() {
        assertEquals("Kent,_Washington", named(shortNameEntities, "Kent").orElseThrow().dbpedia(), "not the English county");
        LinkConfidence scores = LinkConfidence.shared();
        assertEquals(Optional.of("Aurora,_Colorado"), scores.townInState("AURORA", "Colo."));
        assertEquals(Optional.of("Seattle"), scores.townInState("Seattle", "Washington"), "an AP dateline city");
        assertEquals(Optional.empty(), scores.townInState("Birmingham", "England"));
        assertEquals(Optional.of("Portland,_Maine"), scores.accept("Portland", "Portland,_Oregon", "Place", Set.of("Maine")),
                "the state the article names");
        assertEquals(Optional.empty(), scores.accept("Phoenix", "Phoenix,_Arizona", "Place", Set.of("New", "York")),
                "an AP dateline city");
    }

    @Test
    void aPlaceHoldingARoleInASportsSideIsItsTeamNotThePlace() {
        ExtractedEntity boston = named(shortNameEntities, "Boston").orElseThrow();
        assertEquals("Organization", boston.type(), boston.toString());
        assertEquals("Boston_Red_Sox", boston.dbpedia(), "a manager, and an inning: Boston's baseball side");
    }

    @Test
    void aGenerationalSuffixAfterACommaIsNotAPlace() {
        assertEquals("Dale_Earnhardt,_Jr.", named(shortNameEntities, "Dale Earnhardt Jr.").orElseThrow().dbpedia());
    }

    @Test
    void aDoubtfulShortNameOfAnOrganisationLinksToTheFullNameItStartsOrAbbreviates() {
        LinkConfidence scores = LinkConfidence.shared();
        assertEquals(Optional.of("Apple_Inc."), scores.accept("Apple", "Apple_Inc.", "Organization", Set.of()));
        assertEquals(Optional.of("General_Motors"), scores.accept("GM", "General_Motors", "Organization", Set.of()));
        assertEquals(Optional.empty(), scores.accept("Apple", "Apple_Inc.", "Topic", Set.of()), "apple the fruit");
        assertEquals(Optional.empty(), scores.accept("Post", "Post_mill", "Organization", Set.of()), "a kind of mill");
    }

    @Test
    void aQualifiedTitleOfADoubtfulNameNeedsTheDocumentToNameTheQualifier() {
        LinkConfidence scores = LinkConfidence.shared();
        assertEquals(Optional.empty(), scores.accept("Cardinals", "St._Louis_Cardinals", "Organization", Set.of("Arizona")));
        assertEquals(Optional.of("St._Louis_Cardinals"),
                scores.accept("Cardinals", "St._Louis_Cardinals", "Organization", Set.of("Louis", "Busch")));
        assertEquals(Optional.of("Columbus,_Ohio"), scores.accept("Columbus", "Columbus,_Ohio", "Place", Set.of("Ohio")));
    }

    @Test
    void aPersonTitleThatOnlyItsOwnNameReachesIsNoKnownPerson() {
        LinkConfidence scores = LinkConfidence.shared();
        assertTrue(scores.unknownPerson("Michele_Kropf"), "one dictionary name links to it");
        assertFalse(scores.unknownPerson("Barack_Obama"));
        assertFalse(scores.unknownPerson("No_such_title_in_the_dictionary"));
    }

    @Test
    void aSingleNameLinksToItsTitleQualifiedByWhatAPersonDoesOrToTheFullNameItStarts() {
        assertEquals("Madonna_(entertainer)", named(shortNameEntities, "Madonna").orElseThrow().dbpedia());
        assertEquals("Beyoncé_Knowles", named(shortNameEntities, "Beyoncé").orElseThrow().dbpedia());
    }

    @Test
    void aBodyNamedByItsPlaceIsNoPlaceTitle() {
        assertEquals("University_of_California,_San_Francisco", named(shortNameEntities, "UCSF").orElseThrow().dbpedia());
    }

    @Test
    void aNameIsNotLinkedToATitleForAKindOfThing() {
        for (String name : List.of("CCTV", "West Nile")) {
            ExtractedEntity e = named(name).orElseThrow(() -> new AssertionError(name + " not found"));
            assertNull(e.dbpedia(), name + " linked to " + e.dbpedia());
        }
    }

    @Test
    void aCapitalIsItsGovernmentWhenItActsOrAnswersNotInADatelineOrAsWhereSomethingComesFrom() {
        List<String> washingtons = entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Washington")))
                .map(e -> e.type() + " " + e.dbpedia()).toList();
        assertEquals(2, washingtons.size(), washingtons.toString());
        assertTrue(washingtons.contains("Government Federal_government_of_the_United_States"), washingtons.toString());
        ExtractedEntity city = entities.stream().filter(e -> e.type().equals("Place")
                && e.mentions().stream().anyMatch(m -> m.text().equals("Washington"))).findFirst().orElseThrow();
        assertEquals(2, city.mentions().stream().filter(m -> m.text().equals("Washington")).count(), city.toString());
        assertEquals("Washington,_D.C.", city.dbpedia(), "the capital: \"contributed from Washington\"");
        ExtractedEntity government = entities.stream().filter(e -> e.type().equals("Government")
                && e.mentions().stream().anyMatch(m -> m.text().equals("Washington"))).findFirst().orElseThrow();
        assertEquals(2, government.mentions().stream().filter(m -> m.text().equals("Washington")).count(),
                "\"pressure from Washington\", \"blamed Washington\": " + government);
    }

    @Test
    void aStatesNameThatIsAlsoADatelineCityIsTheStateWhenATownOrAnOfficeGoesWithIt() {
        assertEquals("New_York_City", named(stateEntities, "NEW YORK").orElseThrow().dbpedia(), "a dateline");
        assertTrue(stateEntities.stream().noneMatch(e -> "Washington,_D.C.".equals(e.dbpedia())),
                "\"Seattle, Washington\" and \"Washington Gov.\" are the state: " + stateEntities);
    }

    @Test
    void aNameLinkedToAPartyIsAnOrganisationAndOneLinkedToGamesAnEvent() {
        ExtractedEntity democrats = named("Democrats").orElseThrow();
        assertEquals("Democratic_Party_(United_States)", democrats.dbpedia());
        assertEquals("Organization", democrats.type());
        ExtractedEntity olympics = named("Olympics").orElseThrow();
        assertEquals("Olympic_Games", olympics.dbpedia());
        assertEquals("Event", olympics.type());
        assertEquals("Event", named("French Open").orElseThrow().type());
        assertEquals(List.of("Event"), entities.stream().filter(e -> e.label().equals("Champions Trophy"))
                .map(ExtractedEntity::type).toList(), entities.toString());
        ExtractedEntity team = named("U.S. Davis Cup").orElseThrow();
        assertEquals("United_States_Davis_Cup_team", team.dbpedia());
        assertEquals("Organization", team.type());
    }

    @Test
    void pluralDemonymsAreNotNamesOfTheCountry() {
        List<ExtractedEntity.Mention> names = entities.stream().flatMap(e -> e.mentions().stream())
                .filter(ExtractedEntity.Mention::name).toList();
        assertTrue(names.stream().noneMatch(m -> m.text().equals("Americans")), names.toString());
    }

    @Test
    void anAcronymOfANameTheArticleWritesOutIsThatName() {
        ExtractedEntity airport = named(spelledOutEntities, "DIA").orElseThrow();
        assertEquals("Denver_International_Airport", airport.dbpedia(), "not the Defense Intelligence Agency");
        assertEquals(airport, named(spelledOutEntities, "Denver International Airport").orElseThrow());
    }

    @Test
    void aNameTakenForAPersonsIsABodyOrPlaceWhenItsTitleSharesNoWordWithItAndHasTheirHeadWord() {
        ExtractedEntity party = named(spelledOutEntities, "Jobbik").orElseThrow();
        assertEquals("Organization Movement_for_a_Better_Hungary", party.type() + " " + party.dbpedia());
        ExtractedEntity islands = named(spelledOutEntities, "Diaoyu").orElseThrow();
        assertEquals("Place Senkaku_Islands", islands.type() + " " + islands.dbpedia());
    }

    @Test
    void aNameTakenForAPersonsBeforeAStateIsThatStatesTown() {
        ExtractedEntity town = named(spelledOutEntities, "Hoover").orElseThrow();
        assertEquals("Place Hoover,_Alabama", town.type() + " " + town.dbpedia());
        assertEquals(Optional.empty(), named(spelledOutEntities, "Ala."), "the state qualifies the town");
    }

    @Test
    void aNameWrittenWithoutItsDiacriticsLinksToTheTitleThatHasThem() {
        assertEquals("Limón_International_Airport",
                named(spelledOutEntities, "Limon International Airport").orElseThrow().dbpedia());
        assertEquals("Gábor_Vona", named(spelledOutEntities, "Gabor Vona").orElseThrow().dbpedia(),
                "only one name reaches the title, but the article dropped its accents: no namesake of a common name");
        assertEquals("Jürgen_Klopp", named(spelledOutEntities, "Juergen Klopp").orElseThrow().dbpedia(),
                "umlauts transliterated");
    }

    @Test
    void aBodysNameBeforeItsGenericWordIsThatBodyWhateverElseBearsIt() {
        List<ExtractedEntity> parties = HandWrittenArticle.extract("parties", "The opposition Congress party and its "
                + "regional allies won 142 of the state's 288 seats. Congress leader Rahul Gandhi told reporters in New "
                + "Delhi that voters had rejected the politics of division.").entities();
        ExtractedEntity party = named(parties, "Congress").orElseThrow();
        assertEquals(List.of("Congress party", "Congress"), party.mentions().stream().filter(ExtractedEntity.Mention::name)
                .map(ExtractedEntity.Mention::text).toList());
        assertEquals("Indian_National_Congress", party.dbpedia(), "the dictionary alone gives the United States Congress");
    }

    @Test
    void theEndOfANameTheArticleGivesIsThatNameWhateverElseBearsItOrTheTaggerSays() {
        ExtractedEntity gandhi = named(spelledOutEntities, "Gandhi").orElseThrow();
        assertEquals("Person Rahul Gandhi Rahul_Gandhi", gandhi.type() + " " + gandhi.label() + " " + gandhi.dbpedia(),
                "the dictionary alone gives Mohandas Gandhi");
        ExtractedEntity party = named(spelledOutEntities, "Congress").orElseThrow();
        assertEquals("Indian National Congress Indian_National_Congress", party.label() + " " + party.dbpedia(),
                "the dictionary alone gives the United States Congress");
        assertFalse(named(spelledOutEntities, "Kentucky").orElseThrow().label().contains("Republican"),
                "a name ending in what another is of is not its short name");
        ExtractedEntity minister = named(spelledOutEntities, "Le Maire").orElseThrow();
        assertEquals("Person Bruno Le Maire", minister.type() + " " + minister.label(),
                "the tagger alone takes Le Maire for an organisation");
    }

    @Test
    void aNameWithACompassPointOrNewBeforeItNamesAnotherPlace() {
        assertEquals("West Virginia West_Virginia",
                named(neighbourEntities, "West Virginia").map(e -> e.label() + " " + e.dbpedia()).orElseThrow());
        assertEquals("Virginia Virginia",
                named(neighbourEntities, "Virginia").map(e -> e.label() + " " + e.dbpedia()).orElseThrow(),
                "coreference alone joins the two names");
    }

    @Test
    void aPlaceTheDictionaryGivesAnotherTownsTitleIsTheArticleOfItsName() {
        assertEquals("San_Francisco", named(shortNameEntities, "San Francisco").orElseThrow().dbpedia(),
                "CoreNLP's dictionary gives Santa_Monica,_California");
        assertEquals("Washington,_D.C.", named(shortNameEntities, "D.C.").orElseThrow().dbpedia(), "initials");
        LinkConfidence scores = LinkConfidence.shared();
        assertEquals(Optional.of("Kent,_Washington"), scores.accept("Kent", "Kent,_Washington", "Place", Set.of()));
        assertEquals(Optional.of("Tōkamachi,_Niigata"), scores.accept("Tokamachi", "Tōkamachi,_Niigata", "Place",
                Set.of()), "the same name without its diacritics");
        assertEquals(Optional.of("ʻAiea,_Hawaii"), scores.accept("Aiea", "ʻAiea,_Hawaii", "Place", Set.of()),
                "the same name without its okina");
        assertEquals(Optional.of("Honolulu"), scores.accept("Honolulu", "Eileen_Anderson", "Place", Set.of()),
                "the dictionary's title for Honolulu, whose own title it lacks");
    }

    @Test
    void aNameTheTaggerReadsAsACountryLinksToTheCountryWhateverElseItNames() {
        assertEquals("United_Kingdom", named(shortNameEntities, "Britain").orElseThrow().dbpedia(),
                "most of the dictionary's links for Britain go to the island or elsewhere");
        assertNull(named("Bangor").orElseThrow().dbpedia(), "a town keeps needing a sure title");
    }

    @Test
    void theDictionaryScoresComeFromCoreNlp() {
        LinkConfidence scores = LinkConfidence.shared();
        assertEquals(Optional.empty(), scores.accept("Portland", "Portland,_Oregon", "Place", Set.of()));
        assertEquals(Optional.of("Canada"), scores.accept("Canada", "Canada", "Country", Set.of()));
        assertEquals(Optional.of("Boston"), scores.accept("Boston", "Boston,_Massachusetts", "Place", Set.of()));
        assertEquals(Optional.of("Tucson,_Arizona"), scores.accept("Tucson", "Tucson,_Arizona", "Place", Set.of()),
                "not an AP dateline city");
    }
}
