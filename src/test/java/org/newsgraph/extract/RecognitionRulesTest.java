package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repairs of CoreNLP's mention boundaries, on short hand-written news sentences (real CoreNLP). */
class RecognitionRulesTest {
    private static final String TEXT = "SPRINGFIELD, Ill. -- Heavy rain flooded roads in Oakland County on Monday.\n"
            + "Officials in Washington State said the House Democratic spokeswoman would testify.\n"
            + "The former Tour de France winner Alberto Contador rode with Shiite pilgrims.\n"
            + "Melanie Sloan, executive director of Citizens for Responsibility and Ethics in Washington, said so.\n"
            + "Gio Gonzalez returned to the Bay Area, and President Barack Obama visited Manchester City.\n"
            + "Japan and China dispute the islands; the Denver Art Museum is in Denver.\n"
            + "Sen. Leland Yee voted against the bill.\n"
            + "India's largest airline, IndiGo, ordered 500 jets. IndiGo chief executive Pieter Elbers said so.\n"
            + "The European Centre for Disease Prevention and Control said cases rose.\n"
            + "The Janata Dal (United) and the Shiv Sena (UBT) formed an alliance. The Communist Party of India "
            + "(Marxist) won in Kerala. Shares of Alphabet Inc. (Google) rose on Monday.\n"
            + "The duties target cars built in China by Western brands such as Tesla. The association, which represents "
            + "carmakers including Renault and Stellantis, said Chinese-made cars took a fifth of sales. Executives "
            + "such as Mary Barra disagreed. Cars made by BYD, Geely and SAIC sell well; BYD is building a plant.\n"
            + "OpenAI declined to comment. Microsoft has invested in OpenAI, the San Francisco-based maker of ChatGPT.\n"
            + "Walmart and Target moved cargo to West Coast ports, where the International Longshore and Warehouse Union "
            + "is not on strike.";

    /** Given names before "and" and a full name: they share its surname, unless the word is no given name. */
    private static final String COUPLES = "Barack and Michelle Obama visited Chicago on Monday. Bill and Hillary "
            + "Clinton attended the dinner. John and Mary Smith ran the bakery. Smith and John Jones argued. Obama "
            + "spoke later.";

    /**
     * Two companies sharing a word, a company the tagger reads as a person, an administration read as a body, and a
     * company its kind names.
     */
    private static final String COMPANIES = "Nippon Steel completes purchase of U.S. Steel after Trump approval\n\n"
            + "Japan's Nippon Steel completed its acquisition of U.S. Steel on Wednesday. Nippon Steel said it would "
            + "invest $11 billion in U.S. Steel's plants. U.S. Steel chief executive David Burritt will remain on the "
            + "board. The deal closed after President Donald Trump approved it.\n"
            + "The European Commission fined Apple and Meta on Wednesday. The commission said Meta had forced users to "
            + "pay for its services. Meta's chief global affairs officer, Joel Kaplan, criticized the fine. The fines "
            + "come amid tension with the Trump administration. Danish drugmaker Bavarian Nordic said it could supply "
            + "10 million doses.";

    /** A party named only by its adjective. */
    private static final String PARTY_ADJECTIVE = "The Supreme Court upheld a Tennessee law on Wednesday, handing a "
            + "victory to Republican-led states.";

    /** A surname the tagger knows as a common word. */
    private static final String SURNAME = "Jannik Sinner won his first Wimbledon title on Sunday. \"It was a very tough "
            + "match,\" Sinner said after the final. Sinner thanked his coach.";

    /** Parties of one name in many countries, in a British story, a Korean one and an American one. */
    private static final String BRITISH_PARTY = "British Prime Minister Keir Starmer reshuffled his cabinet on Friday. "
            + "The Labour Party won a large majority in the July 2024 election but has fallen behind in polls across "
            + "Britain.";
    private static final String KOREAN_PARTY = "Lee Jae-myung won South Korea's presidential election. Lee, of the "
            + "Democratic Party, took 49.4% of the vote. South Korea's new president said he would seek talks with U.S. "
            + "President Donald Trump.";
    private static final String AMERICAN_PARTY = "The Democratic Party won control of the U.S. House. American voters "
            + "also backed abortion rights in Ohio. Leaders in China and Japan watched the vote.";

    private static List<String> mentions;
    private static Extractor.Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("recognition", TEXT);
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

    @Test
    void bracketedWordsThatTellABodyFromAnotherOfItsNameArePartOfItsName() {
        assertEquals(Optional.of("Janata_Dal_(United)"), linkOf("Janata Dal (United)"), mentions.toString());
        assertEquals(Optional.of("Communist_Party_of_India_(Marxist)"), linkOf("Communist Party of India (Marxist)"),
                mentions.toString());
        for (String other : List.of("Shiv Sena", "UBT", "Alphabet Inc.", "Google")) {
            assertTrue(mentions.contains(other), "an abbreviation or another body's name in brackets is its own: "
                    + other + " not in " + mentions);
        }
        assertFalse(mentions.contains("United"), mentions.toString());
    }

    @Test
    void aNameTheDictionaryKnowsWholeIsOneMentionWithItsTitle() {
        assertEquals(Optional.of("Citizens_for_Responsibility_and_Ethics_in_Washington"),
                linkOf("Citizens for Responsibility and Ethics in Washington"), mentions.toString());
        assertEquals(Optional.of("San_Francisco_Bay_Area"), linkOf("Bay Area"), mentions.toString());
        for (String part : List.of("Citizens for Responsibility and Ethics", "Bay", "Area")) {
            assertFalse(mentions.contains(part), part + " in " + mentions);
        }
    }

    @Test
    void aNameRunsBackOverAConnectorAndANounTheTaggerTookForACommonOne() {
        assertEquals(Optional.of("European_Centre_for_Disease_Prevention_and_Control"),
                linkOf("European Centre for Disease Prevention and Control"), mentions.toString());
        assertFalse(mentions.contains("Disease Prevention and Control"), mentions.toString());
    }

    @Test
    void twoPartsOfABodysNameTheTaggerSplitAtAndAreOneNameTheDictionaryKnows() {
        assertEquals(Optional.of("International_Longshore_and_Warehouse_Union"),
                linkOf("International Longshore and Warehouse Union"), mentions.toString());
        assertTrue(mentions.containsAll(List.of("Walmart", "Target")), mentions.toString());
        assertFalse(mentions.contains("Warehouse Union"), mentions.toString());
    }

    @Test
    void twoNamesJoinedByAndStayTwoAndAPlaceIsNotTheMuseumNamedAfterIt() {
        assertEquals(Optional.of("Japan"), linkOf("Japan"), mentions.toString());
        assertEquals(Optional.of("China"), linkOf("China"), mentions.toString());
        assertEquals(Optional.of("Denver_Art_Museum"), linkOf("Denver Art Museum"), mentions.toString());
        assertEquals(Optional.of("Denver"), linkOf("Denver"), mentions.toString());
    }

    @Test
    void aTitleDoesNotJoinTheNameItPrecedes() {
        assertTrue(mentions.contains("Barack Obama"), mentions.toString());
        assertFalse(mentions.contains("President Barack Obama"), mentions.toString());
        assertTrue(mentions.contains("Leland Yee"), mentions.toString());
    }

    @Test
    void aNameGivenAsAnInstanceOfAKindOfOrganisationIsAnOrganisation() {
        for (String company : List.of("Tesla", "Stellantis", "Renault", "BYD", "Geely")) {
            assertEquals(Optional.of("Organization"), typeOf(company), company + " in " + mentions);
        }
        assertEquals(Optional.of("Person"), typeOf("Mary Barra"), "executives are persons");
        assertEquals(2, mentions.stream().filter("BYD"::equals).count(), mentions.toString());
        List<ExtractedEntity> openAi = extraction.entities().stream().filter(e -> e.label().equals("OpenAI")).toList();
        assertEquals(1, openAi.size(), "one entity: " + openAi);
        assertEquals("Organization", openAi.getFirst().type());
        assertEquals(2, openAi.getFirst().mentions().size(), openAi.toString());
    }

    @Test
    void aPlaceNamedOnlyInAModifierIsLabelledByItsName() {
        ExtractedEntity china = extraction.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Chinese-made"))).findFirst()
                .orElseThrow(() -> new AssertionError(mentions.toString()));
        assertEquals("China", china.label());
        assertEquals("China", china.dbpedia());
    }

    private static Optional<String> typeOf(String mention) {
        return extraction.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().map(ExtractedEntity::type);
    }

    private static Optional<String> linkOf(String mention) {
        return extraction.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().map(ExtractedEntity::dbpedia);
    }

    @Test
    void aNameTheArticleUsesIsAMentionWhereverItIsWritten() {
        ExtractedEntity indigo = extraction.entities().stream().filter(e -> e.label().equals("IndiGo")).findFirst()
                .orElseThrow(() -> new AssertionError(mentions.toString()));
        assertEquals("Organization", indigo.type());
        assertEquals("IndiGo_Airlines", indigo.dbpedia());
        assertEquals(2, indigo.mentions().stream().filter(m -> m.text().equals("IndiGo")).count(), indigo.toString());
    }

    @Test
    void aGivenNameJoinedToAFullNameSharesItsSurname() {
        List<String> people = HandWrittenArticle.extract("couples", COUPLES).entities().stream()
                .filter(e -> e.type().equals("Person"))
                .map(e -> e.label() + " " + e.dbpedia() + " " + e.mentions().stream().map(ExtractedEntity.Mention::text).toList())
                .toList();
        assertEquals(List.of("Barack Obama Barack_Obama [Barack, Obama]", "Michelle Obama Michelle_Obama [Michelle Obama]",
                "Bill Clinton Bill_Clinton [Bill]", "Hillary Clinton Hillary_Rodham_Clinton [Hillary Clinton]",
                "John Smith null [John]", "Mary Smith Mary_Smith [Mary Smith]", "Smith null [Smith]",
                "John Jones null [John Jones]"), people);
    }

    @Test
    void anAcronymTheArticleSpellsOutAsAnotherBodyIsThatBodyNotTheGazetteers() {
        Function<String, List<String>> bodies = text -> HandWrittenArticle.extract("acronym", text).entities().stream()
                .filter(e -> e.type().equals("Organization")).map(e -> e.label() + " " + e.dbpedia()).toList();
        assertEquals(List.of("ICC International_Cricket_Council"), bodies.apply("India played all their matches in "
                + "Dubai.\n\nThe International Cricket Council, which runs the event, agreed to the hybrid model in "
                + "December. ICC chairman Jay Shah presented the trophy."));
        assertEquals(List.of("International Criminal Court International_Criminal_Court"), bodies.apply("The ICC issued "
                + "an arrest warrant for the president on Thursday."));
    }

    @Test
    void aSurnameTwoPeopleShareIsThePersonNamedFirst() {
        List<String> people = HandWrittenArticle.extract("shared-surname", "Brazil's Supreme Court convicted former "
                        + "President Jair Bolsonaro on Thursday. Justice Alexandre de Moraes said Bolsonaro had led a "
                        + "criminal organization. His son, Senator Flavio Bolsonaro, called the verdict a persecution. "
                        + "Bolsonaro's lawyers said they would appeal.").entities().stream()
                .filter(e -> e.label().contains("Bolsonaro"))
                .map(e -> e.label() + " " + e.mentions().stream().filter(ExtractedEntity.Mention::name)
                        .map(ExtractedEntity.Mention::text).toList())
                .toList();
        assertEquals(List.of("Jair Bolsonaro [Jair Bolsonaro, Bolsonaro, Bolsonaro]", "Flavio Bolsonaro [Flavio Bolsonaro]"),
                people);
    }

    @Test
    void namesTheDictionaryGivesTwoTitlesStayTwoAndOneNameHasOneType() {
        List<String> found = HandWrittenArticle.extract("companies", COMPANIES).entities().stream()
                .filter(e -> e.named() && List.of("Nippon Steel", "U.S. Steel", "Meta", "Trump administration",
                        "Donald Trump", "Bavarian Nordic").contains(e.label()))
                .map(e -> e.type() + " " + e.label() + " " + e.dbpedia() + " " + e.mentions().stream()
                        .filter(ExtractedEntity.Mention::name).map(ExtractedEntity.Mention::text).toList())
                .toList();
        assertEquals(List.of("Organization Nippon Steel Nippon_Steel [Nippon Steel, Nippon Steel, Nippon Steel]",
                "Organization U.S. Steel U.S._Steel [U.S. Steel, U.S. Steel, U.S. Steel, U.S. Steel]",
                "Person Donald Trump Donald_Trump [Trump, Donald Trump, Trump]", "Organization Meta null [Meta, Meta, Meta]",
                "Government Trump administration null [Trump administration]",
                "Organization Bavarian Nordic Bavarian_Nordic [Bavarian Nordic]"), found);
    }

    @Test
    void aBodyTheTaggerMadeOfTwoNamesTheArticleGivesApartIsTwo() {
        List<String> found = HandWrittenArticle.extract("two-bodies", "Air India jet crashes in Ahmedabad\n\nAn Air "
                + "India Boeing 787 Dreamliner crashed after take-off on Thursday. Air India said 169 Indian nationals "
                + "were aboard. Boeing said it was in contact with Air India.").entities().stream()
                .filter(e -> e.type().equals("Organization"))
                .map(e -> e.label() + " " + e.dbpedia() + " " + e.mentions().stream()
                        .filter(ExtractedEntity.Mention::name).map(ExtractedEntity.Mention::text).toList())
                .toList();
        assertEquals(List.of("Air India Air_India [Air India, Air India, Air India, Air India]", "Boeing Boeing [Boeing, Boeing]"),
                found);
    }

    @Test
    void aBodyNamedForItsPlaceIsOneBodyWhateverTheTaggerCutFromIt() {
        List<String> found = entities("bodies-of-places", "The Communications Authority of Kenya ordered television "
                + "stations to stop live coverage of the protests, a move that the Law Society of Kenya challenged in "
                + "the High Court. Police in Kenya fired tear gas.",
                e -> Set.of("Organization", "Country").contains(e.type()), e -> e.type() + " " + e.label());
        assertEquals(List.of("Organization Communications Authority of Kenya", "Organization Law Society of Kenya",
                "Country Kenya"), found);
    }

    @Test
    void aPlaceWithNoTitleListedWithCompaniesIsACompany() {
        List<String> found = HandWrittenArticle.extract("listed-companies", "The European Commission fined Apple and "
                + "Meta on Wednesday. Alphabet's Google, Amazon and Microsoft are also designated gatekeepers under the "
                + "law.").entities().stream().filter(e -> e.label().equals("Amazon")).map(ExtractedEntity::type).toList();
        assertEquals(List.of("Organization"), found);
    }

    @Test
    void anAdjectiveWhoseTitleIsABodysNamesTheBodyNotACountry() {
        List<String> party = HandWrittenArticle.extract("party-adjective", PARTY_ADJECTIVE).entities().stream()
                .filter(e -> "Republican_Party_(United_States)".equals(e.dbpedia()))
                .map(e -> e.type() + " " + e.label()).toList();
        assertEquals(List.of("Organization Republican Party"), party);
    }

    @Test
    void aPersonsSurnameWrittenAloneIsTheirsWhereverTheTaggerMissedIt() {
        Extractor.Extraction surname = HandWrittenArticle.extract("surname", SURNAME);
        ExtractedEntity sinner = surname.entities().stream().filter(e -> e.label().equals("Jannik Sinner")).findFirst()
                .orElseThrow(() -> new AssertionError(surname.entities().toString()));
        assertEquals(List.of("Jannik Sinner", "Sinner", "Sinner"),
                sinner.mentions().stream().filter(ExtractedEntity.Mention::name).map(ExtractedEntity.Mention::text).toList());
        assertEquals(List.of(sinner.id() + ": It was a very tough match"), surname.annotation().claims().stream()
                .map(c -> c.source() + ": " + c.text()).toList());
    }

    @Test
    void aPartyManyCountriesHaveIsTheOneOfTheCountryTheArticleNamesMost() {
        assertEquals(List.of("Labour Party Labour_Party_(UK)"), parties("british-party", BRITISH_PARTY));
        assertEquals(List.of("Labour Party Labour_Party_(UK)"), parties("british-people", "British Prime Minister "
                + "Keir Starmer reshuffled his cabinet on Friday. The Labour Party won a large majority in 2024."));
        assertEquals(List.of("Democratic Party null"), parties("korean-party", KOREAN_PARTY));
        assertEquals(List.of("Democratic Party Democratic_Party_(United_States)"),
                parties("american-party", AMERICAN_PARTY));
    }

    @Test
    void aPartyNamedByItsMembersIsOneOrganisation() {
        assertEquals(List.of("Organization Christian Democrats", "Organization Social Democrats",
                        "Organization Free Democrats", "Organization Liberal Democrats"),
                entities("german-parties", "BERLIN (Reuters) - Talks between Chancellor Friedrich Merz's Christian "
                        + "Democrats and the Social Democrats stalled on Thursday. The Free Democrats criticised both "
                        + "parties. In Britain, the Liberal Democrats said the same.",
                        e -> e.label().endsWith("Democrats") || e.label().equals("Social") || e.label().equals("Free"),
                        e -> e.type() + " " + e.label()));
    }

    private static List<String> parties(String id, String text) {
        return entities(id, text, e -> e.label().endsWith(" Party"), e -> e.label() + " " + e.dbpedia());
    }

    /** The entities of the article's draft that pass the filter, each described as the function says. */
    private static List<String> entities(String id, String text, Predicate<ExtractedEntity> filter,
            Function<ExtractedEntity, String> description) {
        return HandWrittenArticle.extract(id, text).entities().stream().filter(filter).map(description).toList();
    }

    @Test
    void aProperNounPhraseHeadedByAnEventWordIsAnEventUnlessTheDictionaryKnowsItAsABody() {
        String text = "Redford founded the Sundance Institute in 1981, and the Sundance Film Festival grew into a "
                + "showcase for independent cinema.\nThe Hughes Fire had burned about 10,000 acres near Castaic Lake, "
                + "according to the California Department of Forestry and Fire Protection, known as Cal Fire. Los "
                + "Angeles County Fire Chief Anthony Marrone said crews were attacking the flames.";
        List<ExtractedEntity> found = HandWrittenArticle.extract("untagged-events", text).entities();
        assertEquals(List.of("Sundance Film Festival Sundance_Film_Festival", "Hughes Fire null"), found.stream()
                .filter(e -> e.type().equals("Event")).map(e -> e.label() + " " + e.dbpedia()).toList());
        assertEquals(List.of("Organization California Department of Forestry and Fire Protection"), found.stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Cal Fire")))
                .map(e -> e.type() + " " + e.label()).toList());
    }

    @Test
    void aMiscellaneousNameIsOfTheTypeOfItsTitlesHeadWord() {
        assertEquals(List.of("Event The_Championships,_Wimbledon"), entities("title-head", "LONDON (AP) — Jannik "
                + "Sinner won his first Wimbledon title on Sunday, beating Carlos Alcaraz on Centre Court. The All "
                + "England Club had sold out.",
                e -> e.label().equals("Wimbledon"), e -> e.type() + " " + e.dbpedia()));
    }

    @Test
    void aLegislatureTheTaggerCallsMiscellaneousIsAnOrganisation() {
        assertEquals(List.of("Organization Bundestag"), entities("legislature", "BERLIN (Reuters) - Economists warned "
                + "that the dispute could delay investment. The Bundestag is due to vote on the 2027 budget in December.",
                e -> e.label().equals("Bundestag"), e -> e.type() + " " + e.dbpedia()));
    }

    @Test
    void thePlaceOfATitleBeforeANameIsNoPartOfTheName() {
        assertEquals(List.of("Place Wales Wales", "Person Catherine null"), entities("title-of-place",
                "Princess of Wales Catherine presented the trophy.", e -> !e.type().equals("Post"),
                e -> e.type() + " " + e.label() + " " + e.dbpedia()));
    }

    @Test
    void aPeoplesAdjectiveAndACompassWordNameARegion() {
        assertEquals(List.of("Place American West Western_United_States", "Place Russian Far East Russian_Far_East"),
                entities("regions", "Redford campaigned for the protection of public lands in the American West. "
                        + "Drought has hit the Russian Far East.", e -> !e.type().equals("Person"),
                        e -> e.type() + " " + e.label() + " " + e.dbpedia()));
    }

    @Test
    void blocsAndUnitedNationsBodiesOfTheNewsAreInTheGazetteer() {
        assertEquals(List.of("Organization UN Climate Change United_Nations_Framework_Convention_on_Climate_Change",
                        "Alliance Alliance of Small Island States Alliance_of_Small_Island_States",
                        "Organization Gavi GAVI_Alliance"),
                entities("bodies", "Simon Stiell, head of UN Climate Change, said the goal would be reviewed. Small "
                        + "island states, represented by the Alliance of Small Island States, warned that rising seas "
                        + "threaten them. Gavi, the Vaccine Alliance, said it faced a shortfall.",
                        e -> e.dbpedia() != null, e -> e.type() + " " + e.label() + " " + e.dbpedia()));
    }

    @Test
    void aPlaceInAnEventsProperNameIsPartOfItButAPlaceBeforeACommonEventNounStays() {
        assertEquals(List.of("Country United States", "Event Paris Agreement", "Event Gaza ceasefire", "Place Gaza"),
                entities("named-events", "The United States, which has withdrawn from the Paris Agreement under "
                        + "President Donald Trump, did not send an official delegation. The Gaza ceasefire held.",
                        e -> e.type().equals("Country") || e.type().equals("Place") || e.type().equals("Event"),
                        e -> e.type() + " " + e.label()));
    }

    @Test
    void aBodyWhoseTitleNamesOnlyAnEventIsThatEvent() {
        assertEquals(List.of("Event Abu Dhabi Grand Prix Abu_Dhabi_Grand_Prix"), entities("grand-prix",
                "Lando Norris became Formula One world champion for the first time on Sunday, finishing third at the "
                        + "Abu Dhabi Grand Prix behind Red Bull's Max Verstappen and McLaren team mate Oscar Piastri.",
                e -> e.label().contains("Prix"),
                e -> e.type() + " " + e.label() + " " + e.dbpedia()));
    }

    @Test
    void aPlaceWhoseTitleIsACountrysIsThatCountry() {
        assertEquals(List.of("Country Democratic Republic of Congo Democratic_Republic_of_the_Congo",
                        "Country Nigeria Nigeria", "Place Lagos Lagos"),
                entities("countries", "Children died in outbreaks in the Democratic Republic of Congo and Nigeria, "
                        + "where doctors in Lagos said the vaccine had run out.",
                        e -> e.type().equals("Country") || e.type().equals("Place"),
                        e -> e.type() + " " + e.label() + " " + e.dbpedia()));
    }

    @Test
    void aNameTheTaggerTookForAPlaceIsOfTheKindItIsGivenAsAnInstanceOf() {
        List<String> companies = entities("kinds", "Nvidia's revenue rose on strong demand for its chips from companies "
                + "such as Microsoft, Amazon and Meta Platforms.",
                e -> List.of("Microsoft", "Amazon", "Meta Platforms").contains(e.label()), e -> e.type() + " " + e.label());
        assertEquals(List.of("Organization Microsoft", "Organization Amazon", "Organization Meta Platforms"), companies);
    }

    @Test
    void theSurnameBeforeAdministrationIsTheHeadOfGovernmentTheDictionaryGivesItTo() {
        List<String> leaders = entities("administration", "Nvidia said it had not sold any chips in China. The Trump "
                + "administration had restricted exports of the chip in April.", e -> e.type().equals("Person"),
                e -> e.label() + " " + e.dbpedia());
        assertEquals(List.of("Trump Donald_Trump"), leaders);
    }

    @Test
    void aTitleTheTaggerTookIntoALinkedPersonsNameIsNotInTheirLabel() {
        List<String> justices = entities("justices", "Justice Sonia Sotomayor wrote in a dissent that the court had "
                + "abandoned transgender children.", e -> e.type().equals("Person"), e -> e.label() + " " + e.dbpedia());
        assertEquals(List.of("Sonia Sotomayor Sonia_Sotomayor"), justices);
    }

    @Test
    void aBodysNameWithoutItsGenericWordIsTheBody() {
        List<String> found = entities("short-name", "Nigel Farage, leader of the Reform UK party, called for an early "
                + "general election. The Labour Party won a large majority in the July 2024 election but has fallen "
                + "behind Reform UK in opinion polls.", e -> e.mentions().stream().anyMatch(m -> m.text().contains("Reform")),
                e -> e.label() + ": " + e.mentions().stream().map(ExtractedEntity.Mention::text)
                        .collect(Collectors.joining(", ")));
        assertEquals(List.of("Reform UK party: Reform UK party, Reform UK"), found);
    }

    @Test
    void aNameJoinedToAnIngWordIsAModifierNotAnEntity() {
        List<String> found = entities("award-modifier", "Robert Redford, the Oscar-winning director, died on Tuesday at "
                + "his home in Utah.", e -> true, e -> e.type() + " " + e.label());
        assertEquals(List.of("Person Robert Redford", "Place Utah", "Post director"), found);
    }

    @Test
    void aVenueIsAPlace() {
        List<String> venues = entities("venue", "Desire Doue scored twice as coach Luis Enrique's young team overwhelmed "
                + "the Italian champions at the Allianz Arena.", e -> e.label().equals("Allianz Arena"),
                e -> e.type() + " " + e.dbpedia());
        assertEquals(List.of("Place Allianz_Arena"), venues);
    }

    @Test
    void aPluralTitleBeforeNamesIsNoEntity() {
        List<String> found = entities("plural-title", "Sotomayor wrote a dissent joined by Justices Elena Kagan and "
                + "Ketanji Brown Jackson.", e -> true, e -> e.type() + " " + e.label());
        assertEquals(List.of("Person Sotomayor", "Person Elena Kagan", "Person Ketanji Brown Jackson"), found);
    }

    @Test
    void anArticleTheTaggerTookIntoAPartOfANameIsNoWordOfTheWholeName() {
        List<String> found = entities("article-in-name", "Bank of Japan holds rates steady, signals hike could come in "
                + "December\n\nTOKYO (Reuters) — The Bank of Japan kept interest rates unchanged on Thursday but "
                + "Governor Kazuo Ueda signaled that an increase could come as soon as December, as rising wages give "
                + "the central bank more confidence that inflation will stay near its 2% target.",
                e -> e.label().contains("Bank"), e -> e.type() + " " + e.label() + " " + e.dbpedia() + " "
                        + e.mentions().stream().filter(ExtractedEntity.Mention::name).map(ExtractedEntity.Mention::text).toList());
        assertEquals(List.of("Organization Bank of Japan Bank_of_Japan [Bank of Japan, Bank of Japan]"), found);
    }

    @Test
    void aStormNamedWithItsKindIsAnEventAndSoIsItsNameAlone() {
        List<String> found = entities("storms", "Hurricane Melissa made landfall on Jamaica's southwestern coast on "
                + "Tuesday. Melissa was expected to cross eastern Cuba on Wednesday.\nTwenty years ago, Hurricane "
                + "Katrina flooded New Orleans. The National Hurricane Center in Miami issued a warning.",
                e -> e.type().equals("Event") || e.type().equals("Person"),
                e -> e.type() + " " + e.label() + " " + e.dbpedia() + " " + e.mentions().size());
        assertEquals(List.of("Event Hurricane Melissa null 2", "Event Hurricane Katrina Hurricane_Katrina 1"), found,
                "a storm's kind inside a body's name names no storm");
    }

    @Test
    void aPlacesAbbreviatedFirstWordContinuesIntoTheNextName() {
        List<String> places = entities("abbreviated-place", "Norman Manley International Airport in Kingston was "
                + "closed, and the Jamaica Defence Force deployed soldiers to help with rescues in St. Elizabeth parish.",
                e -> e.type().equals("Place"), ExtractedEntity::label);
        assertTrue(places.contains("St. Elizabeth"), places.toString());
        assertFalse(places.contains("St.") || places.contains("Elizabeth"), places.toString());
    }
}
