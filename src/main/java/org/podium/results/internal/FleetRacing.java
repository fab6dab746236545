package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

/** Sailing fleet racing: an opening series and a medal race; the opening series' standing also seeds the kite final ({@link KiteFinalSeries}). */
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
        var series = scores(eventUnits.stream()
                .filter(race -> !race.code().equals(medalRace.get().code()) && results.containsKey(race.code()))
                .map(race -> results.get(race.code())).toList());
        record Sailor(Entry line, BigDecimal total, BigDecimal medalRace) {}
        var sailors = new ArrayList<Sailor>();
        for (var e : results.get(medalRace.get().code())) {
            var mr = RawValue.parse(e.value(), "POINTS");
            var own = series.get(e.competitorCode());
            if (mr.isEmpty() || own == null || own.isEmpty()) {
                continue;
            }
            sailors.add(new Sailor(e, net(own).add(mr.get()), mr.get()));
        }
        var order = Comparator.comparing(Sailor::total).thenComparing(Sailor::medalRace);
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

    /** Each sailor's race scores in an opening series (IRM scores such as DNF or BFD count as points). */
    static Map<String, List<BigDecimal>> scores(List<List<Entry>> races) {
        var series = new HashMap<String, List<BigDecimal>>();
        for (var race : races) {
            for (var e : race) {
                RawValue.parse(e.value(), "POINTS").ifPresent(points ->
                        series.computeIfAbsent(e.competitorCode(), k -> new ArrayList<>()).add(points));
            }
        }
        return series;
    }

    /** Net points: the total with the worst race discarded. */
    static BigDecimal net(List<BigDecimal> scores) {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).subtract(scores.stream().max(BigDecimal::compareTo).orElseThrow());
    }

    /**
     * The series' order, best first: lowest net points; a tie goes to the better kept scores compared
     * best to best (Racing Rules of Sailing A8.1).
     */
    static List<String> standing(Map<String, List<BigDecimal>> series) {
        Comparator<List<BigDecimal>> kept = (a, b) -> {
            var x = a.stream().sorted().toList().subList(0, a.size() - 1);
            var y = b.stream().sorted().toList().subList(0, b.size() - 1);
            for (var i = 0; i < Math.min(x.size(), y.size()); i++) {
                var c = x.get(i).compareTo(y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        return series.entrySet().stream()
                .sorted(Map.Entry.<String, List<BigDecimal>>comparingByValue(Comparator.comparing(FleetRacing::net))
                        .thenComparing(Map.Entry.comparingByValue(kept)))
                .map(Map.Entry::getKey).toList();
    }
}
