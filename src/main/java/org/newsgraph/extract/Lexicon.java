package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists behind the extractor's general rules (resource {@code gazetteer/lexicon.yaml}): reporting verbs, the
 * verbs by which the article argues or explains in its own voice,
 * words that signal an ontology predicate, event nouns, nouns for unnamed groups, nouns too vague to be topics, the
 * roles and verbs by which a place stands for its sports team, and the last words of venues' names.
 */
public final class Lexicon {
    record Source(Map<String, Double> reportingVerbs, Map<String, String> articleClaimVerbs, List<String> stanceNouns,
            Map<String, List<String>> predicates, List<String> deputyWords, List<String> causeVerbs,
            List<String> associationVerbs, List<String> inclusionVerbs, List<String> nameHeads, List<String> organisationHeads, List<String> eventHeads,
            List<String> eventOnlyHeads,
            Map<String, String> titleAbbreviations, List<String> honorifics,
            List<String> eventNouns,
            List<String> groupNouns, List<String> disputeWords, List<String> vagueNouns, List<String> hedges,
            List<String> teamRoles, List<String> matchVerbs, List<String> personQualifiers, List<String> refusalVerbs,
            List<String> counteringVerbs, Map<String, List<String>> referringNouns, List<String> addresseeVerbs,
            List<String> verbOnlyCues, List<String> predicativeOnlyCues, List<String> distinguishingModifiers,
            List<String> pastTitleWords, List<String> envoyTitles, List<String> venueHeads, List<String> regionWords,
            List<String> nationalTitles, List<String> portfolioTitles, List<String> occupations, List<String> stormKinds,
            List<String> answeringVerbs, List<List<String>> legalForms) {}

    private static final String RESOURCE = "/gazetteer/lexicon.yaml";

    private final Map<String, Double> reportingVerbs;
    private final Map<String, String> articleClaimVerbs;
    private final Set<String> stanceNouns;
    /** cue word or phrase → predicate, in the resource's order (more specific predicates first). */
    private final Map<String, String> predicateCues = new LinkedHashMap<>();
    private final Set<String> deputyWords;
    private final Set<String> eventNouns;
    private final Set<String> causeVerbs;
    private final Set<String> associationVerbs;
    private final Set<String> inclusionVerbs;
    private final Set<String> nameHeads;
    private final Set<String> organisationHeads;
    private final Set<String> eventHeads;
    private final Set<String> eventOnlyHeads;
    private final Map<String, String> titleAbbreviations;
    private final Set<String> honorifics;
    private final Set<String> groupNouns;
    private final Set<String> disputeWords;
    private final Set<String> vagueNouns;
    private final Set<String> hedges;
    private final Set<String> teamRoles;
    private final Set<String> matchVerbs;
    private final Set<String> personQualifiers;
    private final Set<String> refusalVerbs;
    private final Set<String> counteringVerbs;
    private final Set<String> addresseeVerbs;
    private final Set<String> verbOnlyCues;
    private final Set<String> predicativeOnlyCues;
    private final Set<String> distinguishingModifiers;
    private final Set<String> pastTitleWords;
    private final Set<String> envoyTitles;
    private final Set<String> venueHeads;
    private final Set<String> regionWords;
    private final Set<String> nationalTitles;
    private final Set<String> portfolioTitles;
    private final Set<String> occupations;
    private final List<String> stormKinds;
    private final Set<String> answeringVerbs;
    /** A company's legal form as written → every spelling of that form. */
    private final Map<String, List<String>> legalForms = new HashMap<>();
    /** ontology type → nouns that refer back to a named entity of that type. */
    private final Map<String, Set<String>> referringNouns = new HashMap<>();

    private Lexicon(Source source) {
        reportingVerbs = Map.copyOf(source.reportingVerbs());
        articleClaimVerbs = Map.copyOf(source.articleClaimVerbs());
        stanceNouns = Set.copyOf(source.stanceNouns());
        source.predicates().forEach((predicate, cues) -> cues.forEach(cue -> predicateCues.putIfAbsent(cue, predicate)));
        deputyWords = Set.copyOf(source.deputyWords());
        eventNouns = Set.copyOf(source.eventNouns());
        causeVerbs = Set.copyOf(source.causeVerbs());
        associationVerbs = Set.copyOf(source.associationVerbs());
        inclusionVerbs = Set.copyOf(source.inclusionVerbs());
        nameHeads = Set.copyOf(source.nameHeads());
        organisationHeads = Set.copyOf(source.organisationHeads());
        eventHeads = Set.copyOf(source.eventHeads());
        eventOnlyHeads = Set.copyOf(source.eventOnlyHeads());
        titleAbbreviations = Map.copyOf(source.titleAbbreviations());
        honorifics = Set.copyOf(source.honorifics());
        groupNouns = Set.copyOf(source.groupNouns());
        disputeWords = Set.copyOf(source.disputeWords());
        vagueNouns = Set.copyOf(source.vagueNouns());
        hedges = Set.copyOf(source.hedges());
        teamRoles = Set.copyOf(source.teamRoles());
        matchVerbs = Set.copyOf(source.matchVerbs());
        personQualifiers = Set.copyOf(source.personQualifiers());
        refusalVerbs = Set.copyOf(source.refusalVerbs());
        counteringVerbs = Set.copyOf(source.counteringVerbs());
        addresseeVerbs = Set.copyOf(source.addresseeVerbs());
        verbOnlyCues = Set.copyOf(source.verbOnlyCues());
        predicativeOnlyCues = Set.copyOf(source.predicativeOnlyCues());
        distinguishingModifiers = Set.copyOf(source.distinguishingModifiers());
        pastTitleWords = Set.copyOf(source.pastTitleWords());
        envoyTitles = Set.copyOf(source.envoyTitles());
        venueHeads = Set.copyOf(source.venueHeads());
        regionWords = Set.copyOf(source.regionWords());
        nationalTitles = Set.copyOf(source.nationalTitles());
        portfolioTitles = Set.copyOf(source.portfolioTitles());
        occupations = Set.copyOf(source.occupations());
        answeringVerbs = Set.copyOf(source.answeringVerbs());
        stormKinds = source.stormKinds().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        source.referringNouns().forEach((type, nouns) -> referringNouns.put(type, Set.copyOf(nouns)));
        source.legalForms().forEach(spellings -> spellings.forEach(form -> legalForms.put(form, List.copyOf(spellings))));
    }

    public static Lexicon load() {
        return new Lexicon(ResourceYaml.read(RESOURCE, Source.class, "lexicon"));
    }

    /**
     * The other ways of writing a company's name that ends in its legal form: with the form spelled otherwise, then
     * without it ("Hearst Corp.": "Hearst Corp", "Hearst Corporation", "Hearst"); none for another name.
     */
    public List<String> legalFormVariants(String name) {
        int space = name.lastIndexOf(' ');
        List<String> spellings = space < 0 ? null : legalForms.get(name.substring(space + 1));
        if (spellings == null) {
            return List.of();
        }
        String company = name.substring(0, space).replaceAll(",$", "");
        List<String> variants = new ArrayList<>();
        spellings.stream().filter(form -> !name.endsWith(" " + form)).forEach(form -> variants.add(company + " " + form));
        variants.add(company);
        return variants;
    }

    /** The confidence a claim gets when this verb lemma reports it, if it is a reporting or stance verb. */
    public Optional<Double> reportingConfidence(String lemma) {
        return Optional.ofNullable(reportingVerbs.get(lemma));
    }

    /**
     * The claim verb ("state", "argue") when the article itself says a sentence with this main verb lemma ("fuel",
     * "reflect").
     */
    public Optional<String> articleClaimVerb(String lemma) {
        return Optional.ofNullable(articleClaimVerbs.get(lemma));
    }

    /** Whether "there is" with this noun states a mood the article reports ("There are fears that…"), by lemma. */
    public boolean isStanceNoun(String lemma) {
        return stanceNouns.contains(lemma);
    }

    /**
     * The predicates signalled by the words between two entities (lemmas, lower case, in text order): for each
     * predicate, whether one of its cues (a word or a phrase; "-" and " " alike) occurs.
     */
    public List<String> predicatesFor(List<String> lemmas) {
        String joined = " " + String.join(" ", lemmas).replace(" - ", " ").replace('-', ' ') + " ";
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<String, String> cue : predicateCues.entrySet()) {
            if (joined.contains(" " + cue.getKey().replace('-', ' ') + " ")) {
                found.add(cue.getValue());
            }
        }
        if (found.contains("leads") && deputyWords.stream().anyMatch(w -> joined.contains(" " + w + " "))) {
            found.remove("leads"); // "vice president": a member, not the leader
            found.add("memberOf");
        }
        return List.copyOf(found);
    }

    /** Whether the title words (lemmas, in text order) hold a leading cue of several words ("chief executive"). */
    public boolean hasLeadingPhrase(List<String> titleLemmas) {
        String joined = " " + String.join(" ", titleLemmas).replace('-', ' ') + " ";
        return predicateCues.entrySet().stream().anyMatch(cue -> cue.getValue().equals("leads")
                && cue.getKey().contains(" ") && joined.contains(" " + cue.getKey().replace('-', ' ') + " "));
    }

    /**
     * The relationship a holder of these title words (lemmas) has with the organisation of the title: "leads" for a
     * leading title ("chief", "owner"), else "memberOf" (a spokeswoman, a lawyer, a player).
     */
    public String holderRelation(List<String> titleLemmas) {
        return predicatesFor(titleLemmas).contains("leads") ? "leads" : "memberOf";
    }

    /** Whether the verb's active subject causes its object ("prompted", "fuelled"). */
    public boolean isCauseVerb(String lemma) {
        return causeVerbs.contains(lemma);
    }

    /** Whether the verb says that the action of the verb it governs did not take place ("declined to comment"). */
    public boolean isRefusalVerb(String lemma) {
        return refusalVerbs.contains(lemma);
    }

    /** Whether the verb acts against its object ("avoid a spiral", "close gaps"). */
    public boolean isCounteringVerb(String lemma) {
        return counteringVerbs.contains(lemma);
    }

    /** Whether the predicate cue signals its predicate only as a verb ("lead": not "an early lead"). */
    public boolean isVerbOnlyCue(String lemma) {
        return verbOnlyCues.contains(lemma);
    }

    /** Whether the predicate cue signals its predicate only as a predicate ("part": not "control parts of"). */
    public boolean isPredicativeOnlyCue(String lemma) {
        return predicativeOnlyCues.contains(lemma);
    }

    /** Whether the word (lower case) before a name makes it another place's or body's ("West Virginia"). */
    public boolean isDistinguishingModifier(String word) {
        return distinguishingModifiers.contains(word);
    }

    /** Whether the word (lower case) before a title says its holder holds it no longer ("former", "ex"). */
    public boolean isPastTitleWord(String word) {
        return pastTitleWords.contains(word);
    }

    /** The kind of storm the text ends with, as written before a storm's name ("… Tropical Storm"), the longest. */
    public Optional<String> stormKindEnding(String text) {
        return stormKinds.stream().filter(kind -> text.equals(kind) || text.endsWith(" " + kind)).findFirst();
    }

    /** Whether the lower-case word ends the name of a place where events are held ("arena", "stadium"). */
    public boolean isVenueHead(String word) {
        return venueHeads.contains(word);
    }

    /** Whether a government gives the title (a lemma) by field: "Labour Minister", "Health Secretary". */
    public boolean isPortfolioTitle(String word) {
        return portfolioTitles.contains(word);
    }

    /** Whether a title ending in the word (a lemma) is, unless said otherwise, a post of the article's country. */
    public boolean isNationalTitle(String word) {
        return nationalTitles.contains(word);
    }

    /** Whether a title headed by the word (a lemma) names a trade, which is a post only in a body that employs it. */
    public boolean isOccupation(String word) {
        return occupations.contains(word);
    }

    /** Whether the word, capitalised after a people's adjective, names a region of their land ("the American West"). */
    public boolean isRegionWord(String word) {
        return regionWords.contains(word);
    }

    /** Whether the lower-case word is the title of one a country sends to another or to a body ("ambassador"). */
    public boolean isEnvoyTitle(String word) {
        return envoyTitles.contains(word);
    }

    /** Whether the verb's object answers for what it did or is to do ("blamed Washington for the collapse"). */
    public boolean isAnsweringVerb(String lemma) {
        return answeringVerbs.contains(lemma);
    }

    /** Whether the verb's object is the one addressed ("told a crowd"), not what is said. */
    public boolean isAddresseeVerb(String lemma) {
        return addresseeVerbs.contains(lemma);
    }

    /** Whether news refers back to a named entity of the type with a definite phrase headed by this noun lemma. */
    public boolean refersTo(String lemma, String type) {
        return referringNouns.getOrDefault(type, Set.of()).contains(lemma);
    }

    /** The type whose named entities news refers back to with this noun lemma ("carmaker": Organization), if any. */
    public Optional<String> typeReferredToBy(String lemma) {
        return referringNouns.entrySet().stream().filter(e -> e.getValue().contains(lemma)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Whether the participle ties the noun it modifies to its complement ("risks associated with X"). */
    public boolean isAssociationVerb(String lemma) {
        return associationVerbs.contains(lemma);
    }

    /** Whether the verb spells out what something consists of ("This includes deploying…", "it requires…"). */
    public boolean isInclusionVerb(String lemma) {
        return inclusionVerbs.contains(lemma);
    }

    /** Generic words that end a place or organisation name ("Oakland County", "Washington State"). */
    public boolean isNameHead(String word) {
        return nameHeads.contains(word);
    }

    /** Whether a title's last word (lower case) marks an organisation ("party", "f.c."). */
    public boolean isOrganisationHead(String word) {
        return organisationHeads.contains(word);
    }

    /** Whether a title's last word (lower case) marks an event ("games", "cup"). */
    public boolean isEventHead(String word) {
        return eventHeads.contains(word);
    }

    /** Whether a title's head word (lower case) marks an event and never the body holding it ("prix", "summit"). */
    public boolean isEventOnlyHead(String word) {
        return eventOnlyHeads.contains(word);
    }

    /** Whether the word is an abbreviated title ("Sen.", "Gov."). */
    public boolean isTitleAbbreviation(String word) {
        return titleAbbreviations.containsKey(word);
    }

    /** Whether the word (lower case) is a form of address before a name, no post ("sheikh", "dr."). */
    public boolean isHonorific(String word) {
        return honorifics.contains(word);
    }

    /** The title with its abbreviated words spelled out ("Sen." → "Senator", "Lt. Gov." → "Lieutenant Governor"). */
    public String spelledOutTitle(String title) {
        return Arrays.stream(title.split(" ")).map(w -> titleAbbreviations.getOrDefault(w, w))
                .collect(Collectors.joining(" "));
    }

    public boolean isEventNoun(String word) {
        return eventNouns.contains(word);
    }

    public boolean isGroupNoun(String word) {
        return groupNouns.contains(word);
    }

    /** Words of concern or dispute, after which "over" introduces what it is about ("concerns over X"). */
    public boolean isDisputeWord(String lemma) {
        return disputeWords.contains(lemma);
    }

    /** Adjectives that qualify rather than name ("potential threats"): left out of topic labels. */
    public boolean isHedge(String lemma) {
        return hedges.contains(lemma);
    }

    /** A role in a sports side ("coach", "captain"), by lemma. */
    public boolean isTeamRole(String lemma) {
        return teamRoles.contains(lemma);
    }

    /** A Wikipedia title qualifier that says what a person does ("Madonna_(entertainer)"). */
    public boolean isPersonQualifier(String qualifier) {
        return personQualifiers.contains(qualifier);
    }

    /** A verb of winning a match ("beat", "edge"), by lemma. */
    public boolean isMatchVerb(String lemma) {
        return matchVerbs.contains(lemma);
    }

    /** Nouns too general to name a topic on their own ("way", "issue", "part"). */
    public boolean isVagueNoun(String lemma) {
        return vagueNouns.contains(lemma);
    }
}
