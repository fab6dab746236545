package org.podium.results.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;

/** Golf stroke play over several rounds. */
final class StrokePlay {

    private StrokePlay() {
    }

    /**
     * Golf stroke play: the total of the rounds' strokes over every round played, lowest first;
     * a player missing a round (withdrawn) is not ranked. A tie on a medal place is settled by a
     * play-off the results do not carry, so the event is then reported incomplete.
     */
    static EventOutcome decide(String eventCode, List<Unit> rounds, Map<String, List<Entry>> results) {
        var played = rounds.stream().filter(r -> results.containsKey(r.code())).toList();
        if (played.size() < rounds.size() || played.isEmpty()) {
            return MedalAwards.incomplete(eventCode, "not every round has a result yet");
        }
        var totals = new java.util.LinkedHashMap<String, Long>();
        var counted = new java.util.HashMap<String, Integer>();
        var players = new java.util.HashMap<String, Entry>();
        for (var round : played) {
            for (var e : results.get(round.code())) {
                var strokes = e.irm() == null ? RawValue.parse(e.value(), "STROKES") : java.util.Optional.<java.math.BigDecimal>empty();
                if (strokes.isPresent()) {
                    totals.merge(e.competitorCode(), strokes.get().longValueExact(), Long::sum);
                    counted.merge(e.competitorCode(), 1, Integer::sum);
                    players.putIfAbsent(e.competitorCode(), e);
                }
            }
        }
        var complete = totals.keySet().stream().filter(p -> counted.get(p) == played.size()).map(players::get).toList();
        return MedalAwards.untiedPodium(eventCode, played.getLast().code(), complete,
                Comparator.comparing((Entry e) -> totals.get(e.competitorCode())),
                "a tie on a medal place is settled by a play-off not in the results");
    }
}
