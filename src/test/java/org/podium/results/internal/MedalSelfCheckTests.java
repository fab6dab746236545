package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.podium.games.Programme;
import org.podium.results.Medallist;
import org.podium.results.Results;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The medals Podium decides, event by event over the whole real feed, against the podium the
 * feed's own official ranks give in the unit its official codes name as deciding: the final
 * unit named gold ("Final A", "For Gold", "Gold Medal Match", a lone "Final"), its ranks 1-3,
 * or its ranks 1-2 and the winner of each unit named bronze; a phase with a single final unit.
 * Where the codes name no such unit (rounds, series, combined events, brackets without a bronze
 * bout), the check cannot decide and says why. Prints the counts; fails on any difference.
 */
@PodiumIntegrationTest
class MedalSelfCheckTests {

    private static final Pattern GOLD = Pattern.compile("(?i)for gold|gold medal|final a$|^final$|^big final$");
    private static final Pattern BRONZE = Pattern.compile("(?i)for bronze|bronze medal");

    /**
     * Differences the check cannot settle, each with its reason: the check reads one unit's ranks,
     * and for these the official podium is not one unit's ranks.
     */
    private static final Map<String, String> LISTED = Map.of(
            "EQUOJUMPINDV", "the feed ranks the three riders clear in the final 1, 1, 1; the jump-off, a unit of its own,"
                    + " separates them: Podium decides KUKUK, GUERDAT, van der VLEUTEN from it, as awarded in Paris");
    /** Sailing's final unit is the medal race: its ranks are that race's order, the series standing gives the medals. */
    private static final String SAILING = "SAL";

    @Autowired ResultsImporter importer;
    @Autowired Results results;
    @Autowired Programme programme;

    @Test
    void everyMedalEventTheFeedCanDecideHasTheFeedsOfficialPodium() throws Exception {
        importer.importFeedIfChanged("classpath:results-feed/");
        var feed = importer.readFeed("classpath:results-feed/");
        var stages = stages();
        var equal = 0;
        var different = new TreeMap<String, String>();
        var undecided = new TreeMap<String, Integer>();
        for (var event : programme.events(null)) {
            if (!event.medal()) {
                continue;
            }
            if (event.disciplineCode().equals(SAILING)) {
                undecided.merge("sailing: the final unit is the medal race, whose ranks are the race's (the series decides)", 1,
                        Integer::sum);
                continue;
            }
            var prefix = (event.code() + "-".repeat(22)).substring(0, 22);
            var finals = feed.keySet().stream().filter(u -> u.startsWith(prefix + "FNL-")).sorted().toList();
            var bronzes = feed.keySet().stream().filter(u -> u.startsWith(prefix)
                    && (BRONZE.matcher(stages.getOrDefault(u, "")).find() || u.startsWith(prefix + "REPF"))).sorted().toList();
            // Boxing holds no bronze bout: both semifinal losers take bronze. Elsewhere a bracket without
            // its bronze unit in the feed (badminton women's singles: the bronze match was a walkover) is undecidable.
            var semifinals = event.disciplineCode().equals("BOX")
                    ? feed.keySet().stream().filter(u -> u.startsWith(prefix + "SFNL")).sorted().toList() : List.<String>of();
            var expected = expected(finals, bronzes, semifinals, feed, stages);
            if (expected.reason() != null) {
                undecided.merge(expected.reason(), 1, Integer::sum);
                continue;
            }
            var decided = results.outcome(event.code()).medallists().stream()
                    .map(m -> m.medal() + " " + m.competitorCode()).sorted().toList();
            if (decided.equals(expected.podium())) {
                equal++;
            } else if (LISTED.containsKey(event.code())) {
                undecided.merge("listed: " + event.code() + ": " + LISTED.get(event.code()), 1, Integer::sum);
            } else {
                different.put(event.code(), "Podium " + decided + ", feed " + expected.podium() + " ("
                        + results.outcome(event.code()).incompleteBecause() + ")");
            }
        }
        var table = results.medalTable();
        System.out.println("Medal table after the import, top 15:");
        table.stream().limit(15).forEach(row -> System.out.println("  " + row));
        System.out.printf("Medal self-check on the whole feed: %d events the official codes decide, %d equal, %d different%n",
                equal + different.size(), equal, different.size());
        different.forEach((event, why) -> System.out.println("  different " + event + ": " + why));
        undecided.forEach((reason, count) -> System.out.println("  not decidable by the codes (" + count + "): " + reason));
        assertThat(different).as("events whose medals differ from the feed's official podium").isEmpty();
    }

    private record Expected(List<String> podium, String reason) {
    }

    /**
     * The podium the official codes give: the unit named for gold (or a lone FNL-000100); bronze from
     * the units named for bronze or coded REPF (judo's "Contest for Bronze Medal A/B", wrestling's and
     * taekwondo's repechage finals); in boxing, which holds no bronze bout, both semifinal losers.
     */
    private static Expected expected(List<String> finals, List<String> bronzes, List<String> semifinals,
                                     Map<String, List<FeedLine>> feed, Map<String, String> stages) {
        if (finals.isEmpty()) {
            return new Expected(List.of(), "no final unit (FNL) in the feed");
        }
        var gold = finals.stream().filter(u -> GOLD.matcher(stages.getOrDefault(u, "")).find()).findFirst()
                .orElse(finals.size() == 1 && finals.getFirst().endsWith("FNL-000100--") ? finals.getFirst() : null);
        if (gold == null) {
            return new Expected(List.of(), "no final unit named for gold (rounds, series, places, or the feed lacks FNL-000100)");
        }
        var podium = new ArrayList<String>();
        var lines = feed.get(gold);
        if (lines.stream().noneMatch(l -> l.feedRank() != null) && lines.stream().anyMatch(l -> "W".equals(l.wlt()))) {
            // A match or a bout: its winner takes gold, its loser silver, each bronze match's winner bronze.
            lines.forEach(l -> podium.add(("W".equals(l.wlt()) ? "GOLD " : "SILVER ") + l.competitorCode()));
            for (var bronze : bronzes) {
                feed.get(bronze).stream().filter(l -> "W".equals(l.wlt())).forEach(l -> podium.add("BRONZE " + l.competitorCode()));
            }
            if (bronzes.isEmpty()) {
                for (var semifinal : semifinals) {
                    feed.get(semifinal).stream().filter(l -> "L".equals(l.wlt())).forEach(l -> podium.add("BRONZE " + l.competitorCode()));
                }
            }
            return podium.size() >= 3 ? new Expected(podium.stream().sorted().toList(), null)
                    : new Expected(List.of(), "a gold match and no bronze unit in the feed (a walkover)");
        }
        bronzes = bronzes.stream().filter(finals::contains).toList();
        for (var line : lines) {
            var rank = line.feedRank();
            if (rank == null || rank > 3 || (rank == 3 && !bronzes.isEmpty())) {
                continue;
            }
            podium.add(List.of("GOLD", "SILVER", "BRONZE").get(rank - 1) + " " + line.competitorCode());
        }
        for (var bronze : bronzes) {
            feed.get(bronze).stream().filter(l -> l.feedRank() != null).min(java.util.Comparator.comparing(FeedLine::feedRank))
                    .ifPresent(l -> podium.add("BRONZE " + l.competitorCode()));
        }
        if (podium.stream().noneMatch(p -> p.startsWith("GOLD"))) {
            return new Expected(List.of(), "the gold unit carries no rank 1 (results by win and loss only)");
        }
        if (podium.stream().noneMatch(p -> p.startsWith("BRONZE")) && podium.size() < 3) {
            return new Expected(List.of(), "no bronze in the gold unit and no unit named for bronze (a small final, bronze races)");
        }
        return new Expected(podium.stream().sorted().toList(), null);
    }

    /** Stage names of the feed's units, read from the feed files as they are. */
    private static Map<String, String> stages() throws Exception {
        var stages = new HashMap<String, String>();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var file : resolver.getResources("classpath:results-feed/*.csv")) {
            try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
                var header = List.of(reader.readLine().split(","));
                var code = header.indexOf("stage_code");
                var stage = header.indexOf("stage");
                for (String row; (row = reader.readLine()) != null; ) {
                    var cells = row.split(",", -1);
                    if (cells.length == header.size()) { // a row with a quoted comma is left out: stage names have none
                        stages.putIfAbsent(cells[code], cells[stage]);
                    }
                }
            }
        }
        return stages;
    }
}
