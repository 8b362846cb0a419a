package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotation.ClaimSpec;

/**
 * Who says what: reporting verbs, quotations, "according to", sentences that go on with a claim and the article's own
 * voice (real CoreNLP).
 */
class ClaimRulesTest {
    private static final String TEXT = "Analysts warn of a need for Germany to expand its domestic storage capacity. "
            + "This includes building new terminals along the coast. "
            + "According to Greenpeace, Germany will miss its climate targets. "
            + "According to economists, the tax will raise prices. Officials said that the port would reopen. "
            + "The carrier, according to investigators, will cut 500 jobs. "
            + "“We will not back down,” Olaf Scholz said on Tuesday. "
            + "“We will not back down,” Olaf Scholz said on Tuesday. "
            + "The plan includes new pipelines. "
            + "Rising fuel costs have prompted the airline to cut routes. The merger may reshape the industry. "
            + "Senator Maria Lopez helped pass the bill. The spending cuts reflect a deeper worry about public debt. "
            + "Could the merger reshape the industry? "
            + "Free Wi-Fi may hurt airport revenue, a spokesman explains. "
            + "Before 1997, law schools could decide whether blind people must take the exam. "
            + "High fuel prices may push airlines to cut flights. There are fears that the merger could collapse. "
            + "There is a park near the river. Cheap gas is the main factor driving the boom. "
            + "She is the engineer leading the project. "
            + "The five-eyes intelligence alliance, once the cornerstone of Western intelligence cooperation, may "
            + "undergo fundamental changes. An Oct. 5 , 2011 , photo shows Apple founder Steve Jobs ' home in Palo "
            + "Alto , Calif. . Attorney General Merrick Garland called the ruling a landmark for competition. "
            + "The Bank of Japan is expected to keep rates unchanged at its meeting, according to strategists at "
            + "Nomura.";

    /** Quotations before the verb that reports them, which the parser makes a side clause of the quotation. */
    private static final String QUOTED_FIRST = "Prime Minister Narendra Modi campaigned in Maharashtra on Sunday. "
            + "\"Maharashtra needs a double-engine government,\" Modi told a crowd in Nashik. "
            + "\"We will respond firmly,\" said Modi. \"The people have spoken.\"\n"
            + "\"Anfield was unbelievable today. The fans pushed us over the line,\" Virgil van Dijk said.\n"
            + "\"There's not a whole lot to say,\" Giants manager Bruce Bochy said.\n"
            + "`` There 's not much to add , '' Dodgers manager Don Mattingly said .\n"
            + "Social media would explain the increased ratings, said Lee Rainie, director of the Pew Research Center.";

    /** Sources named again by a definite noun phrase. */
    private static final String REFERRED_BACK = "Volkswagen will cut 10,000 jobs in Germany. The carmaker said the "
            + "cuts were needed to stay competitive.\nMicrosoft reported strong results on Tuesday. The Redmond, "
            + "Washington-based company said net income rose to $24.7 billion. Microsoft President Brad Smith said "
            + "the company would cooperate fully with the FTC.";

    /** A speaker named in apposition to the subject, whose surname reads as a pronoun in the next sentence. */
    private static final String APPOSED = "China's Ministry of Commerce responded within hours. Its spokesperson, He "
            + "Yadong, said Beijing firmly opposes the tariffs. He added that China would file a complaint with the "
            + "World Trade Organization in Geneva.\nAmina's mother, Terri Bowman, said her daughter has her good and bad "
            + "days. \"We put in eight more locks,\" he tells a reporter.\nDan Ives, an analyst at Wedbush Securities, "
            + "said the quarter showed that the bets were paying off. He cautioned, however, that regulatory risk had "
            + "grown.";

    /**
     * A "he" the resolver joins to a person two sentences up, past the one who spoke in the sentence before; reported
     * clauses the parser splits or inverts, and a participle it makes a clause's marker.
     */
    private static final String NEXT_SPEAKER = "President Recep Tayyip Erdogan said the government would do "
            + "everything in its power to help the victims. \"We are with our people in the region with all our means,\" "
            + "Erdogan wrote on Twitter. Health Minister Fahrettin Koca said 34 of the injured were in intensive care.\n"
            + "Interior Minister Suleyman Soylu, who travelled to Elazig overnight, told reporters that search teams had "
            + "pulled 43 people alive from the debris. He warned that the toll could rise because dozens of people "
            + "were still missing.\nIAEA Director General Rafael Grossi urged Iran to restore the agency's cameras at its "
            + "nuclear sites, saying inspectors could no longer verify the full extent of the program. Israeli Prime "
            + "Minister Benjamin Netanyahu said Israel would not allow Iran to obtain a nuclear weapon.";

    /** A dateline the parser takes for the subject, and "according to" hung on a noun of the clause. */
    private static final String ATTRIBUTED_LAST = "MANCHESTER, England — Two men have been charged with robbery after "
            + "masked raiders stole watches worth 400,000 pounds from a jewellery shop in central Manchester, Greater "
            + "Manchester Police said on Tuesday.\nNEW YORK (AP) — Taylor Swift's Eras Tour has become the first "
            + "concert tour to gross more than $1 billion, "
            + "according to Pollstar, the trade publication that tracks the live music industry.\nThe worst year on "
            + "record in Texas was 2003, with 40 deaths related to the West Nile virus, said Christine Mann, a "
            + "spokeswoman for the Texas Department of State Health Services.";

    /**
     * A wire story: what a lawyer argued is a case, and a result a sentence is framed by is no argument, unlike a
     * hedge after a subordinate clause.
     */
    private static final String WIRE = "WASHINGTON (Reuters) - The court upheld the law, which the American Civil "
            + "Liberties Union opposed. \"This is a devastating loss,\" said Chase Strangio, an ACLU lawyer who argued "
            + "the case.\nSEOUL, June 4 (Reuters) - Lee Jae-myung won the election, official results showed on "
            + "Wednesday.\nLONDON (Reuters) - Rising fuel costs may push airlines to cut flights. While trade remains "
            + "essential, trust may be damaged.";

    /**
     * Speakers of participles, a passive reporting verb whose subject is said of, not saying, and a government named
     * after the movement that forms it.
     */
    private static final String PARTICIPLES = "NASA Administrator Sean Duffy congratulated the company, saying Starship "
            + "was key to returning astronauts to the moon. United Steelworkers president David McCall criticized the "
            + "deal, saying the union had no confidence in Nippon Steel. Vance Boelter, 57, is accused of shooting Rep. "
            + "Melissa Hortman.\nThe earthquake killed more than 800 people in Kunar province, the Taliban government "
            + "said.\nA magnitude 6.0 earthquake struck eastern Afghanistan late Sunday, killing more than 800 people and "
            + "injuring about 2,800, the Taliban government said.";

    /** Speakers the parser heads on their post, and what they say cut by the parser. */
    private static final String HELD = "His publicist Cindi Berger said Redford died in his sleep surrounded by family. "
            + "Chief Executive Jensen Huang said the company's new Blackwell chips were in full production. \"The AI "
            + "race is on,\" Huang said on a call with analysts.";

    /** What a speaker calls something, a dissent written, and words that are no claim. */
    private static final String CHARACTERISED = "Meryl Streep called him one of the lions of American cinema. "
            + "Tennessee Attorney General Jonathan Skrmetti called the decision \"a significant victory for protecting "
            + "children.\" Justice Sonia Sotomayor wrote in a dissent that the court had abandoned transgender "
            + "children. Governor Gavin Newsom called a special session. Elena Kagan wrote a book about the court.";

    private static Extractor.Extraction extraction;
    private static Extractor.Extraction nextSpeaker;
    private static Extractor.Extraction attributedLast;
    private static Extractor.Extraction apposed;
    private static Extractor.Extraction quotedFirst;
    private static Extractor.Extraction referredBack;
    private static Extractor.Extraction wire;
    private static Extractor.Extraction participles;
    private static Extractor.Extraction held;

    @BeforeAll
    static void extract() {
        extraction = HandWrittenArticle.extract("claims-article", TEXT);
        quotedFirst = HandWrittenArticle.extract("quoted-first-article", QUOTED_FIRST);
        apposed = HandWrittenArticle.extract("apposed-article", APPOSED);
        nextSpeaker = HandWrittenArticle.extract("next-speaker-article", NEXT_SPEAKER);
        attributedLast = HandWrittenArticle.extract("attributed-last-article", ATTRIBUTED_LAST);
        referredBack = HandWrittenArticle.extract("referred-back-article", REFERRED_BACK);
        wire = HandWrittenArticle.extract("wire-claims-article", WIRE);
        participles = HandWrittenArticle.extract("participles-article", PARTICIPLES);
        held = HandWrittenArticle.extract("held-article", HELD);
    }

    @Test
    void aParticipleSaysWhatItsVerbsSubjectSaysAPassiveSubjectNothingAndAMovementsGovernmentSpeaks() {
        assertEquals(List.of(HandWrittenArticle.idOf(participles, "Sean Duffy")
                + ": Starship was key to returning astronauts to the moon",
                HandWrittenArticle.idOf(participles, "David McCall") + ": the union had no confidence in Nippon Steel",
                HandWrittenArticle.idOf(participles, "Taliban government")
                        + ": The earthquake killed more than 800 people in Kunar province",
                HandWrittenArticle.idOf(participles, "Taliban government") + ": A magnitude 6.0 earthquake struck "
                        + "eastern Afghanistan late Sunday, killing more than 800 people and injuring about 2,800"),
                sourcedClaims(participles));
    }

    @Test
    void theSpeakerIsThePersonNamedAfterTheirPostAndSaysTheWholeClauseOrTheQuotationBeforeTheVerb() {
        String huang = HandWrittenArticle.idOf(held, "Jensen Huang");
        assertEquals(List.of(HandWrittenArticle.idOf(held, "Cindi Berger")
                + ": Redford died in his sleep surrounded by family",
                huang + ": the company's new Blackwell chips were in full production", huang + ": The AI race is on"),
                sourcedClaims(held));
    }

    @Test
    void whatASpeakerCallsSomethingAndAClauseTheyWriteAreClaimsAndAQuotationTheyOpenIsWhole() {
        Extractor.Extraction characterised = HandWrittenArticle.extract("characterised-article", CHARACTERISED);
        assertEquals(List.of(HandWrittenArticle.idOf(characterised, "Meryl Streep")
                + ": call him one of the lions of American cinema",
                HandWrittenArticle.idOf(characterised, "Jonathan Skrmetti")
                        + ": call the decision \"a significant victory for protecting children.\"",
                HandWrittenArticle.idOf(characterised, "Sonia Sotomayor")
                        + ": write the court had abandoned transgender children"),
                characterised.annotation().claims().stream().map(c -> c.source() + ": " + c.verb() + " " + c.text())
                        .toList());
    }

    @Test
    void aCaseArguedAndAReportedResultAreNoClaimsAndTheArticlesOwnClaimStartsAfterTheDateline() {
        String strangio = HandWrittenArticle.idOf(wire, "Chase Strangio");
        assertEquals(List.of(strangio + ": This is a devastating loss",
                "article: Rising fuel costs may push airlines to cut flights",
                "article: While trade remains essential, trust may be damaged"), sourcedClaims(wire));
    }

    /** The draft's claims as "source: text". */
    private static List<String> sourcedClaims(Extractor.Extraction draft) {
        return draft.annotation().claims().stream().map(c -> c.source() + ": " + c.text()).toList();
    }

    private static void assertClaim(Extractor.Extraction draft, String sourceLabel, String text) {
        List<String> claims = sourcedClaims(draft);
        assertTrue(claims.contains(HandWrittenArticle.idOf(draft, sourceLabel) + ": " + text), claims.toString());
    }

    @Test
    void theSpeakerIsThePersonInAppositionToTheSubjectAndAnUnresolvedHeAfterIsThem() {
        assertClaim(apposed, "He Yadong", "Beijing firmly opposes the tariffs");
        assertClaim(apposed, "He Yadong", "China would file a complaint with the World Trade Organization in Geneva");
        String bowman = HandWrittenArticle.idOf(apposed, "Terri Bowman");
        assertEquals(List.of(bowman + ": her daughter has her good and bad days"), sourcedClaims(apposed).stream()
                .filter(c -> c.startsWith(bowman)).toList(), "with two persons before, only a verb of going on is "
                        + "the last speaker's");
        assertClaim(apposed, "Dan Ives", "regulatory risk had grown");
    }

    @Test
    void aSubjectHeAfterAnotherPersonsSentenceIsThatPersonWhomTheResolverSkipped() {
        assertClaim(nextSpeaker, "Suleyman Soylu", "the toll could rise because dozens of people were still missing");
        assertTrue(sourcedClaims(nextSpeaker).stream().noneMatch(c -> c.contains("toll") && !c.startsWith("suleyman")),
                sourcedClaims(nextSpeaker).toString());
    }

    @Test
    void aDatelineIsNoSpeakerAndAccordingToOnANounAttributesTheMainClause() {
        assertClaim(attributedLast, "Greater Manchester Police", "Two men have been charged with robbery after masked "
                + "raiders stole watches worth 400,000 pounds from a jewellery shop in central Manchester");
        assertClaim(attributedLast, "Pollstar",
                "Taylor Swift's Eras Tour has become the first concert tour to gross more than $1 billion");
        assertTrue(sourcedClaims(attributedLast).stream().noneMatch(c -> c.startsWith("england")),
                sourcedClaims(attributedLast).toString());
        assertClaim(attributedLast, "Christine Mann", "The worst year on record in Texas was 2003, with 40 deaths "
                + "related to the West Nile virus");
    }

    @Test
    void aReportedClauseTheParserSplitAfterItsNumberIsSaidWhole() {
        assertClaim(nextSpeaker, "Fahrettin Koca", "34 of the injured were in intensive care");
    }

    @Test
    void aReportedClauseWhoseSubjectTheParserTookForTheVerbsObjectIsSaidWhole() {
        assertClaim(nextSpeaker, "Benjamin Netanyahu", "Israel would not allow Iran to obtain a nuclear weapon");
    }

    @Test
    void aParticipleTheParserMadeAMarkerSaysItsClauseAndWhatWasUrgedIsTheVerbsComplement() {
        String grossi = HandWrittenArticle.idOf(nextSpeaker, "Rafael Grossi");
        assertEquals(List.of(grossi + ": to restore the agency's cameras at its nuclear sites",
                grossi + ": inspectors could no longer verify the full extent of the program"),
                sourcedClaims(nextSpeaker).stream().filter(c -> c.startsWith(grossi)).toList());
        Extractor.Extraction veto = HandWrittenArticle.extract("veto-article", "UN Security Council fails to agree on "
                + "Gaza ceasefire resolution\n\nUNITED NATIONS, June 4 (Reuters) - The United States vetoed a draft "
                + "resolution at the United Nations Security Council on Wednesday that demanded an immediate and "
                + "permanent ceasefire in Gaza, saying it would undermine diplomatic efforts to end the war.");
        assertEquals(List.of(), sourcedClaims(veto), "the parser hangs \"saying…\" on the relative clause, whose "
                + "subject is the resolution");
    }

    @Test
    void aPronounBeforeTheFirstNameOfItsChainIsNotThatNamesNorAreTheSpeakersOwnPeopleAGroup() {
        ExtractedEntity twitter = nextSpeaker.entities().stream().filter(e -> e.label().equals("Twitter")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Twitter"), twitter.mentions().stream().map(ExtractedEntity.Mention::text).toList(),
                "the resolver joined \"the government… its… We… Twitter\"");
        assertTrue(nextSpeaker.entities().stream().noneMatch(e -> e.type().equals("UnnamedGroup")),
                nextSpeaker.entities().toString());
    }

    /** The distinct sources of the draft's relationships from the one entity to the other. */
    private static List<String> relationSources(Extractor.Extraction draft, String subjectLabel, String objectLabel) {
        String subject = HandWrittenArticle.idOf(draft, subjectLabel);
        String object = HandWrittenArticle.idOf(draft, objectLabel);
        return draft.annotation().relations().stream().filter(r -> r.subject().equals(subject)
                && r.object().equals(object)).map(r -> r.source()).distinct().toList();
    }

    @Test
    void aDefinitePhraseCoreferenceJoinsToAnOrganisationIsThatOrganisation() {
        assertClaim(referredBack, "Volkswagen", "the cuts were needed to stay competitive");
        assertClaim(referredBack, "Microsoft", "net income rose to $24.7 billion");
    }

    @Test
    void aRelationshipInsideAClaimIsAssertedByTheClaimsSource() {
        assertEquals(List.of(HandWrittenArticle.idOf(referredBack, "Brad Smith")),
                relationSources(referredBack, "Microsoft", "FTC"), HandWrittenArticle.relations(referredBack));
        assertEquals(List.of("article"), relationSources(referredBack, "Brad Smith", "Microsoft"),
                "how the article introduces the speaker is the article's");
    }

    @Test
    void theSpeakerAndHisClauseAreNotWhatHeSays() {
        assertClaim(quotedFirst, "Don Mattingly", "There 's not much to add");
        List<String> claims = sourcedClaims(quotedFirst);
        assertTrue(claims.stream().noneMatch(c -> c.contains("whole lot") && !c.startsWith("bruce-bochy")),
                "a quotation with its own attribution goes on with no one else's: " + claims);
        assertTrue(claims.stream().noneMatch(c -> c.contains(": Lee Rainie")), claims.toString());
    }

    @Test
    void aQuotationGoingOnInTheSentenceBeforeOrAfterIsTheSameSpeakers() {
        assertClaim(quotedFirst, "Narendra Modi", "The people have spoken");
        assertClaim(quotedFirst, "Virgil van Dijk", "Anfield was unbelievable today");
    }

    @Test
    void whatSomeoneToldReportersKeepsTheSubjectTheParserTookForTheirObject() {
        Extractor.Extraction told = HandWrittenArticle.extract("told-reporters", "EU climate commissioner Wopke "
                + "Hoekstra told reporters the bloc had accepted the text \"with a heavy heart\" to avoid a collapse of "
                + "the talks. The ministers urged governments to act quickly.");
        assertEquals(List.of("wopke-hoekstra: the bloc had accepted the text \"with a heavy heart\" to avoid a collapse "
                + "of the talks", "ministers: to act quickly"), sourcedClaims(told));
    }

    @Test
    void aStanceVerbInARelativeClauseClaimsNoSpanThatHoldsTheVerbItself() {
        Extractor.Extraction relative = HandWrittenArticle.extract("relative-demand", "The agreement does not include "
                + "a roadmap for moving away from fossil fuels, which more than 80 countries, led by Colombia and the "
                + "European Union, had demanded. Negotiators said the United States did not send a delegation.");
        assertEquals(List.of("negotiators: the United States did not send a delegation"), sourcedClaims(relative));
    }

    @Test
    void aQuotationOfSeveralSentencesRightAfterASpeakersWordsIsAllTheirs() {
        // CoreNLP splits the closing mark after "We did it." off as a sentence of its own
        Extractor.Extraction radio = HandWrittenArticle.extract("team-radio", "\"I've dreamed of this since I was a "
                + "kid,\" Lando Norris said over the team radio. \"Thank you, guys. We did it.\"\n\nMcLaren team "
                + "principal Andrea Stella said the team had always let its two drivers race each other.");
        assertEquals(List.of("lando-norris: I've dreamed of this since I was a kid", "lando-norris: Thank you, guys",
                "lando-norris: We did it", "andrea-stella: the team had always let its two drivers race each other"),
                sourcedClaims(radio));
    }

    @Test
    void theRestOfAReportedClauseTheParserHungOnTheVerbIsPartOfWhatIsSaid() {
        Extractor.Extraction ruling = HandWrittenArticle.extract("split-ccomp", "Brazil convicted former President "
                + "Jair Bolsonaro on Thursday.\n\nJustice Alexandre de Moraes, who oversaw the case, said the evidence "
                + "showed Bolsonaro had led \"a criminal organization\" that sought to keep him in power.");
        assertEquals(List.of("alexandre-de-moraes: the evidence showed Bolsonaro had led \"a criminal organization\" that "
                + "sought to keep him in power"), sourcedClaims(ruling));
    }

    @Test
    void theNamesASubjectListsAsItsInstancesEachSayIt() {
        Extractor.Extraction retailers = HandWrittenArticle.extract("listed-speakers", "Dockworkers went on strike on "
                + "Tuesday. Retailers including Walmart and Target said they had moved cargo early to West Coast ports.");
        assertEquals(List.of("walmart: they had moved cargo early to West Coast ports",
                "target: they had moved cargo early to West Coast ports"), sourcedClaims(retailers));
    }

    @Test
    void aQuotationBeforeTheVerbThatReportsItIsItsSpeakersClaim() {
        String modi = HandWrittenArticle.idOf(quotedFirst, "Narendra Modi");
        assertEquals(List.of("tell: Maharashtra needs a double-engine government", "say: We will respond firmly",
                "say: The people have spoken"),
                quotedFirst.annotation().claims().stream().filter(c -> c.source().equals(modi))
                        .map(c -> c.verb() + ": " + c.text()).toList(), quotedFirst.annotation().claims().toString());
    }

    private static String id(String label) {
        return HandWrittenArticle.idOf(extraction, label);
    }

    private static List<ClaimSpec> claimsBy(String source) {
        return extraction.annotation().claims().stream().filter(c -> c.source().equals(source)).toList();
    }

    private static String claims() {
        return extraction.annotation().claims().stream().map(c -> c.source() + " " + c.verb() + ": " + c.text())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aSentenceGoingOnWithAClaimIsTheSameSourcesClaim() {
        List<ClaimSpec> analysts = claimsBy(id("Analysts"));
        assertEquals(List.of("a need for Germany to expand its domestic storage capacity",
                "This includes building new terminals along the coast"),
                analysts.stream().map(ClaimSpec::text).toList(), claims());
        assertEquals(List.of("warn", "warn"), analysts.stream().map(ClaimSpec::verb).toList());
        assertTrue(analysts.get(1).confidence() < analysts.get(0).confidence(), claims());
        assertEquals("This includes building new terminals along the coast.", analysts.get(1).evidence());
    }

    @Test
    void whatFollowsAccordingToIsTheNamedSourcesClaim() {
        List<ClaimSpec> greenpeace = claimsBy(id("Greenpeace"));
        assertEquals(1, greenpeace.size(), claims());
        assertEquals("say", greenpeace.getFirst().verb());
        assertEquals("Germany will miss its climate targets", greenpeace.getFirst().text());
        assertTrue(greenpeace.getFirst().about().contains(id("Germany")), greenpeace.getFirst().about().toString());
    }

    @Test
    void theSourceOfAClaimIsNoPartyToIt() {
        assertNoRelationOf(id("Greenpeace"));
    }

    @Test
    void whoeverTheSourceBelongsToIsNoPartyEither() {
        assertNoRelationOf(id("Nomura"));
    }

    private static void assertNoRelationOf(String entity) {
        assertTrue(extraction.annotation().relations().stream()
                .noneMatch(r -> r.subject().equals(entity) || r.object().equals(entity)),
                HandWrittenArticle.relations(extraction));
    }

    @Test
    void callingSomethingSomethingIsNoCallForIt() {
        assertEquals(List.of(), claimsBy(id("Merrick Garland")));
    }

    @Test
    void unnamedGroupsReportClaimsWithoutTheirThat() {
        assertEquals(List.of("the tax will raise prices"), claimsBy(id("economists")).stream().map(ClaimSpec::text).toList(),
                claims());
        assertEquals(List.of("The carrier will cut 500 jobs"), claimsBy(id("investigators")).stream().map(ClaimSpec::text).toList(),
                claims());
        assertEquals(List.of("the port would reopen"), claimsBy(id("Officials")).stream().map(ClaimSpec::text).toList(),
                claims());
    }

    @Test
    void aQuotationIsTheSpeakersClaimOnceHoweverOftenItIsRepeated() {
        List<ClaimSpec> scholz = claimsBy(id("Olaf Scholz"));
        assertEquals(List.of("We will not back down"), scholz.stream().map(ClaimSpec::text).toList(), claims());
    }

    @Test
    void aSentenceWithThisAfterNoClaimIsNoClaim() {
        assertTrue(extraction.annotation().claims().stream().noneMatch(c -> c.evidence().contains("pipelines")), claims());
    }

    @Test
    void theArticleClaimsWhatItExplainsArguesOrPredictsInItsOwnVoice() {
        List<ClaimSpec> article = claimsBy("article");
        assertEquals(List.of("state: Rising fuel costs have prompted the airline to cut routes",
                "predict: The merger may reshape the industry",
                "argue: The spending cuts reflect a deeper worry about public debt",
                "predict: High fuel prices may push airlines to cut flights",
                "state: There are fears that the merger could collapse",
                "state: Cheap gas is the main factor driving the boom",
                "predict: The five-eyes intelligence alliance, once the cornerstone of Western intelligence cooperation,"
                        + " may undergo fundamental changes"),
                article.stream().map(c -> c.verb() + ": " + c.text()).toList(), claims());
        assertTrue(article.stream().allMatch(c -> c.confidence() < claimsBy(id("Greenpeace")).getFirst().confidence()),
                claims());
    }

    @Test
    void anAgentsDeedAQuestionReportedSpeechPastAbilityOrAPlainThereIsIsNoClaimOfTheArticle() {
        assertTrue(claimsBy("article").stream().noneMatch(c -> c.evidence().contains("helped")
                || c.evidence().endsWith("?") || c.evidence().contains("Wi-Fi") || c.evidence().contains("1997")
                || c.evidence().contains("park") || c.evidence().contains("engineer") || c.evidence().contains("photo")),
                claims());
    }

    @Test
    void aClauseAddedAfterACommaAndAConjunctionWithItsOwnSubjectIsNotWhatWasSaid() {
        List<String> said = HandWrittenArticle.extract("added-clause", "The Caribbean Disaster Emergency Management "
                + "Agency said it was preparing relief teams, and the Red Cross appealed for donations. Officials said "
                + "the port would reopen next week and ships would be inspected.").annotation().claims().stream()
                .map(ClaimSpec::text).toList();
        assertEquals(List.of("it was preparing relief teams", "the port would reopen next week and ships would be inspected"),
                said, "without the comma, the second clause is said too");
    }
}
