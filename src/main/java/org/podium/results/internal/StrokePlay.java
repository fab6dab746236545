package org.podium.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

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
        var ranked = totals.entrySet().stream().filter(t -> counted.get(t.getKey()) == played.size())
                .sorted(Map.Entry.comparingByValue()).toList();
        var medallists = new ArrayList<Medallist>();
        var last = played.getLast().code();
        for (var i = 0; i < ranked.size(); i++) {
            var total = ranked.get(i).getValue();
            var place = 1 + (int) ranked.stream().filter(t -> t.getValue() < total).count();
            if (place > 3) {
                break;
            }
            var tied = ranked.stream().filter(t -> t.getValue().equals(total)).count() > 1;
            if (tied) {
                return MedalAwards.incomplete(eventCode, "a tie on a medal place is settled by a play-off not in the results");
            }
            var player = players.get(ranked.get(i).getKey());
            medallists.add(new Medallist(eventCode, Medal.values()[place - 1], player.competitorCode(),
                    player.competitorName(), player.noc(), last));
        }
        return new EventOutcome(eventCode, medallists, null);
    }
}
