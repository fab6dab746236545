package org.podium.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

/**
 * Formula Kite's medal series (Paris 2024): after the opening series, seeds 3 to 10 race two
 * semifinals and each semifinal's first to three race wins joins the final. In the four-rider final
 * the opening series' first seed starts with two wins and the second with one (they skipped the
 * semifinals); the first to three wins takes gold, and the others are placed by their wins, then
 * by their seed. Races sailed after the gold was decided change nothing. The order after the winner
 * follows World Sailing's own statement of the Paris format ("the first to three wins gets the gold
 * and the remaining medals are awarded based on the number of race wins and seeding", 8 Aug 2024).
 */
final class KiteFinalSeries {

    static final int WINS_FOR_GOLD = 3;

    private KiteFinalSeries() {
    }

    static EventOutcome decide(String eventCode, List<Unit> eventUnits, Map<String, List<Entry>> results) {
        var finals = racesOf(eventUnits, "FNL-", results);
        if (finals.isEmpty()) {
            return MedalAwards.incomplete(eventCode, "the final series has no result yet");
        }
        var seeds = FleetRacing.standing(FleetRacing.scores(racesOf(eventUnits, "PREL", results).stream().map(results::get).toList()));
        var semifinalists = new HashSet<String>();
        racesOf(eventUnits, "SFNL", results).forEach(race -> results.get(race).forEach(e -> semifinalists.add(e.competitorCode())));

        var riders = new LinkedHashMap<String, Entry>();
        finals.forEach(race -> results.get(race).forEach(e -> riders.putIfAbsent(e.competitorCode(), e)));
        var bySeed = Comparator.comparingInt((String rider) -> seeds.indexOf(rider) < 0 ? Integer.MAX_VALUE : seeds.indexOf(rider));
        var direct = riders.keySet().stream().filter(r -> !semifinalists.contains(r)).sorted(bySeed).toList();
        var wins = new HashMap<String, Integer>();
        riders.keySet().forEach(r -> wins.put(r, 0));
        for (var i = 0; i < Math.min(2, direct.size()); i++) {
            wins.put(direct.get(i), 2 - i);
        }
        String champion = null;
        String decidingRace = null;
        for (var race : finals) {
            var winner = winner(results.get(race));
            if (winner != null && wins.merge(winner, 1, Integer::sum) >= WINS_FOR_GOLD) {
                champion = winner;
                decidingRace = race;
                break;
            }
        }
        if (champion == null || decidingRace == null) {
            return MedalAwards.incomplete(eventCode, "the final series is not over: nobody has " + WINS_FOR_GOLD + " wins yet");
        }
        var gold = champion;
        var others = riders.keySet().stream().filter(r -> !r.equals(gold))
                .sorted(Comparator.comparing((String r) -> -wins.get(r)).thenComparing(bySeed)).toList();
        var podium = new ArrayList<String>();
        podium.add(gold);
        podium.addAll(others.subList(0, Math.min(2, others.size())));
        var medallists = new ArrayList<Medallist>();
        for (var place = 0; place < podium.size(); place++) {
            var rider = riders.get(podium.get(place));
            medallists.add(new Medallist(eventCode, Medal.values()[place], rider.competitorCode(), rider.competitorName(),
                    rider.noc(), decidingRace));
        }
        return new EventOutcome(eventCode, medallists, null);
    }

    /** The race's winner: the one lowest score (1 point), or nobody when the race has no single winner. */
    private static @Nullable String winner(List<Entry> race) {
        var scored = race.stream().filter(e -> RawValue.parse(e.value(), "POINTS").isPresent())
                .sorted(Comparator.comparing((Entry e) -> RawValue.parse(e.value(), "POINTS").orElseThrow())).toList();
        if (scored.isEmpty()) {
            return null;
        }
        var best = RawValue.parse(scored.getFirst().value(), "POINTS").orElseThrow();
        var second = scored.size() > 1 ? RawValue.parse(scored.get(1).value(), "POINTS").orElseThrow() : null;
        return second != null && second.compareTo(best) == 0 ? null : scored.getFirst().competitorCode();
    }

    /** The codes of the event's resulted races in one phase, in the order they were sailed. */
    private static List<String> racesOf(List<Unit> eventUnits, String phase, Map<String, List<Entry>> results) {
        return eventUnits.stream().map(Unit::code)
                .filter(code -> code.length() >= 26 && code.substring(22, 26).equals(phase) && results.containsKey(code))
                .sorted().toList();
    }
}
