package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The curated gazetteer of North America's major professional sports sides (resource
 * {@code gazetteer/sports-teams.yaml}): which side a full name, a nickname or a place standing for its team means,
 * given the leagues an article reports on. A nickname alone is a common word or another body as often as a side
 * ("Senators", "Heat", "Cardinals"), so it names one only in an article about that side's sport.
 */
public final class SportsTeams {
    /** A side: its Wikipedia title, its league, and the places and nicknames it has gone by. */
    public record Team(String dbpedia, String league, List<String> places, List<String> nicknames) {
        /** The side's name as its article is titled, without a "(baseball)" qualifier. */
        public String label() {
            return LinkConfidence.nameOfTitle(dbpedia);
        }
    }

    /** A league: words that, anywhere in an article, say it reports the league's sport, and posts that say it too. */
    record League(String name, List<String> words, List<String> roles) {}

    /** A sport played between nations: the end of the Wikipedia title of a nation's side, and words that say it. */
    record Sport(String team, List<String> words) {}

    record Source(List<League> leagues, List<Sport> sports, List<Team> teams) {}

    /** A side's name found in a text; {@code teams} are the sides it may name, one for a full name. */
    public record Match(int begin, int end, boolean fullName, List<Team> teams) {}

    private static final String RESOURCE = "/gazetteer/sports-teams.yaml";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private final Map<String, List<Team>> byFullName = new HashMap<>();
    private final Map<String, List<Team>> byNickname = new HashMap<>();
    private final Map<String, List<Team>> byPlace = new HashMap<>();
    private final Map<String, String> leagueByTitle = new HashMap<>();
    private final Map<String, String> leagueByRole = new HashMap<>();
    private final Map<String, Pattern> leagueWords = new LinkedHashMap<>();
    /** The title ending of a nation's side in each sport ("cricket_team"), with the words that say the sport. */
    private final Map<String, Pattern> sportWords = new LinkedHashMap<>();
    private final Pattern names;

    private SportsTeams(Source source) {
        for (League league : source.leagues()) {
            leagueWords.put(league.name(), wordsPattern(league.words()));
            // a league's one-word terms are posts too ("Dolphins quarterback")
            Stream.concat(league.roles().stream(), league.words().stream().filter(w -> w.matches("\\p{Ll}+")))
                    .forEach(role -> leagueByRole.put(role, league.name()));
        }
        source.sports().forEach(sport -> sportWords.put(sport.team(), wordsPattern(sport.words())));
        for (Team team : source.teams()) {
            leagueByTitle.put(team.dbpedia(), team.league());
            for (String nickname : team.nicknames()) {
                byNickname.computeIfAbsent(Gazetteer.key(nickname), k -> new ArrayList<>()).add(team);
                team.places().forEach(place -> byFullName.computeIfAbsent(Gazetteer.key(place + " " + nickname),
                        k -> new ArrayList<>()).add(team));
            }
            team.places().forEach(place -> byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(team));
        }
        List<String> all = new ArrayList<>(byFullName.keySet());
        all.addAll(byNickname.keySet());
        names = Pattern.compile(BEFORE + "(?:" + all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Gazetteer::surfacePattern).collect(Collectors.joining("|")) + ")" + AFTER);
    }

    public static SportsTeams load() {
        return new SportsTeams(ResourceYaml.read(RESOURCE, Source.class, "sports gazetteer"));
    }

    /** Every full name and nickname of a side in the text, longest first and without overlaps. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            String name = Gazetteer.key(m.group());
            List<Team> full = byFullName.get(name);
            matches.add(full != null ? new Match(m.start(), m.end(), true, full)
                    : new Match(m.start(), m.end(), false, byNickname.get(name)));
        }
        return matches;
    }

    /**
     * The leagues an article reports on: those whose words it uses, whose sides it names in full (among the matches
     * {@link #find} gave for it), or whose sides are among the titles its other names link to.
     */
    public Set<String> leaguesIn(String text, List<Match> matches, Collection<String> linkedTitles) {
        Set<String> leagues = new HashSet<>();
        leagueWords.forEach((league, words) -> {
            if (words.matcher(text).find()) {
                leagues.add(league);
            }
        });
        matches.stream().filter(Match::fullName).forEach(match -> leagues.add(match.teams().getFirst().league()));
        linkedTitles.stream().map(leagueByTitle::get).filter(Objects::nonNull).forEach(leagues::add);
        return leagues;
    }

    /** The league a post says its holder plays or works in when a side's name modifies it ("Giants manager"). */
    public Optional<String> leagueOfRole(String lemma) {
        return Optional.ofNullable(leagueByRole.get(lemma));
    }

    /**
     * The side a match names: a full name's side; for a nickname, its one side in the given leagues, or the one of
     * those whose place the text also names ("Dallas" for "the Cowboys"); else empty.
     */
    public Optional<Team> sideOf(Match match, Set<String> leagues, String text) {
        if (match.fullName()) {
            return Optional.of(match.teams().getFirst());
        }
        List<Team> inLeagues = match.teams().stream().filter(team -> leagues.contains(team.league())).toList();
        if (inLeagues.size() > 1) {
            inLeagues = inLeagues.stream().filter(team -> team.places().stream().anyMatch(place -> Pattern
                    .compile(BEFORE + Pattern.quote(place) + AFTER).matcher(text).find())).toList();
        }
        return inLeagues.size() == 1 ? Optional.of(inLeagues.getFirst()) : Optional.empty();
    }

    /** The one side named after a place in the given leagues ("Boston" in baseball: the Red Sox), if one. */
    public Optional<Team> sideOfPlace(String place, Set<String> leagues) {
        List<Team> sides = byPlace.getOrDefault(place, List.of()).stream()
                .filter(team -> leagues.contains(team.league())).toList();
        return sides.size() == 1 ? Optional.of(sides.getFirst()) : Optional.empty();
    }

    /**
     * The titles Wikipedia may give the nation's side in each sport the text reports: "Italy_national_football_team",
     * "England_cricket_team", "Canada_men's_national_ice_hockey_team".
     */
    public List<String> nationalSideTitles(String nation, String text) {
        String prefix = nation.replace(' ', '_') + "_";
        return sportWords.entrySet().stream().filter(sport -> sport.getValue().matcher(text).find()).map(Map.Entry::getKey)
                .flatMap(team -> Stream.of(prefix + "national_" + team, prefix + team, prefix + "men's_national_" + team))
                .toList();
    }

    /** Whether a side is named after the place. */
    public boolean isPlaceOfSide(String place) {
        return byPlace.containsKey(place);
    }

    /** Any of the words as whole words, a plural allowed. */
    private static Pattern wordsPattern(List<String> words) {
        return Pattern.compile(BEFORE + "(?:" + words.stream().map(SportsTeams::wordPattern)
                .collect(Collectors.joining("|")) + ")(?:e?s)?" + AFTER);
    }

    /** A league word as written, or with a capital when written in lower case (it may open a sentence). */
    private static String wordPattern(String word) {
        char first = word.charAt(0);
        return Character.isLowerCase(first)
                ? "[" + first + Character.toUpperCase(first) + "]" + Gazetteer.surfacePattern(word.substring(1))
                : Gazetteer.surfacePattern(word);
    }
}
