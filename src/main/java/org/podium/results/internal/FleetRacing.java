package org.podium.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

/** Sailing fleet racing: an opening series and a medal race. */
final class FleetRacing {

    private FleetRacing() {
    }

    /**
     * Sailing fleet racing: the opening series' points with the worst race discarded, plus the medal
     * race's points as scored (double points, already doubled in the results); lowest total first, a
     * tie going to the better medal race. Only medal race sailors can medal.
     */
    static EventOutcome decide(String eventCode, List<Unit> deciding, List<Unit> eventUnits,
                                            Map<String, List<Entry>> results) {
        var medalRace = deciding.stream().filter(u -> u.medal() == 1).findFirst();
        if (medalRace.isEmpty() || !results.containsKey(medalRace.get().code())) {
            return MedalAwards.incomplete(eventCode, "the medal race has no result yet");
        }
        var series = new java.util.HashMap<String, List<java.math.BigDecimal>>();
        for (var race : eventUnits) {
            if (race.code().equals(medalRace.get().code()) || !results.containsKey(race.code())) {
                continue;
            }
            for (var e : results.get(race.code())) {
                RawValue.parse(e.value(), "POINTS").ifPresent(points ->
                        series.computeIfAbsent(e.competitorCode(), k -> new ArrayList<>()).add(points));
            }
        }
        record Sailor(Entry line, java.math.BigDecimal total, java.math.BigDecimal medalRace) {}
        var sailors = new ArrayList<Sailor>();
        for (var e : results.get(medalRace.get().code())) {
            var mr = RawValue.parse(e.value(), "POINTS");
            var own = series.get(e.competitorCode());
            if (mr.isEmpty() || own == null || own.isEmpty()) {
                continue;
            }
            var net = own.stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                    .subtract(own.stream().max(java.math.BigDecimal::compareTo).orElseThrow());
            sailors.add(new Sailor(e, net.add(mr.get()), mr.get()));
        }
        var order = java.util.Comparator.comparing(Sailor::total).thenComparing(Sailor::medalRace);
        sailors.sort(order);
        var medallists = new ArrayList<Medallist>();
        for (var i = 0; i < Math.min(3, sailors.size()); i++) {
            var s = sailors.get(i);
            var place = 1 + (int) sailors.stream().filter(o -> order.compare(o, s) < 0).count();
            if (place <= 3) {
                medallists.add(new Medallist(eventCode, Medal.values()[place - 1], s.line().competitorCode(),
                        s.line().competitorName(), s.line().noc(), medalRace.get().code()));
            }
        }
        return new EventOutcome(eventCode, medallists, null);
    }
}
