package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

/**
 * Decathlon and heptathlon: each discipline's mark becomes points by World Athletics' combined
 * events formulae (track: A * (B - T)^C with T in seconds; jumps: A * (M - B)^C with M in
 * centimetres; throws: the same with M in metres), rounded down, and the total decides. An athlete
 * who did not start a discipline has no total; a mark-less attempt (DNF, NM) scores 0.
 */
final class CombinedEvents {

    /** One discipline of a combined event, keyed by the phase part of its unit codes. */
    record Table(double a, double b, double c, Kind kind) {}

    enum Kind { TRACK, JUMP, THROW }

    static final Map<String, Table> DECATHLON = Map.of(
            "100-", new Table(25.4347, 18, 1.81, Kind.TRACK),
            "LJ--", new Table(0.14354, 220, 1.4, Kind.JUMP),
            "SP--", new Table(51.39, 1.5, 1.05, Kind.THROW),
            "HJ--", new Table(0.8465, 75, 1.42, Kind.JUMP),
            "400-", new Table(1.53775, 82, 1.81, Kind.TRACK),
            "110H", new Table(5.74352, 28.5, 1.92, Kind.TRACK),
            "DT--", new Table(12.91, 4, 1.1, Kind.THROW),
            "PV--", new Table(0.2797, 100, 1.35, Kind.JUMP),
            "JT--", new Table(10.14, 7, 1.08, Kind.THROW),
            "1500", new Table(0.03768, 480, 1.85, Kind.TRACK));

    static final Map<String, Table> HEPTATHLON = Map.of(
            "100H", new Table(9.23076, 26.7, 1.835, Kind.TRACK),
            "HJ--", new Table(1.84523, 75, 1.348, Kind.JUMP),
            "SP--", new Table(56.0211, 1.5, 1.05, Kind.THROW),
            "200-", new Table(4.99087, 42.5, 1.81, Kind.TRACK),
            "LJ--", new Table(0.188807, 210, 1.41, Kind.JUMP),
            "JT--", new Table(15.9803, 3.8, 1.04, Kind.THROW),
            "800-", new Table(0.11193, 254, 1.88, Kind.TRACK));

    private CombinedEvents() {
    }

    static Optional<Map<String, Table>> tablesFor(String eventName) {
        if (eventName.contains("Decathlon")) {
            return Optional.of(DECATHLON);
        }
        return eventName.contains("Heptathlon") ? Optional.of(HEPTATHLON) : Optional.empty();
    }

    static int points(Table table, String resultType, String value) {
        var mark = RawValue.parse(value, resultType).map(BigDecimal::doubleValue).orElse(Double.NaN);
        if (Double.isNaN(mark)) {
            return 0;
        }
        var difference = switch (table.kind()) {
            case TRACK -> table.b() - mark;
            case JUMP -> mark * 100 - table.b();
            case THROW -> mark - table.b();
        };
        return difference <= 0 ? 0 : (int) Math.floor(table.a() * Math.pow(difference, table.c()));
    }

    /** The athletes who took part in every discipline, with their points totals and their lines. */
    record Standing(Map<String, Integer> totals, Map<String, Entry> athletes, String lastUnit) {}

    static Standing standing(Map<String, Table> tables, Map<String, List<Entry>> units) {
        var totals = new HashMap<String, Integer>();
        var started = new HashMap<String, Set<String>>();
        var athletes = new HashMap<String, Entry>();
        var lastUnit = "";
        for (var unit : units.entrySet()) {
            if (unit.getKey().length() != 34) {
                continue;
            }
            var discipline = unit.getKey().substring(22, 26);
            var table = tables.get(discipline);
            if (table == null) {
                continue;
            }
            if (discipline.equals("1500") || discipline.equals("800-")) {
                lastUnit = unit.getKey();
            }
            for (var e : unit.getValue()) {
                if ("DNS".equals(e.irm())) {
                    continue;
                }
                athletes.putIfAbsent(e.competitorCode(), e);
                started.computeIfAbsent(e.competitorCode(), k -> new HashSet<>()).add(discipline);
                var score = e.irm() == null && e.value() != null ? points(table, e.resultType(), e.value()) : 0;
                totals.merge(e.competitorCode(), score, Integer::sum);
            }
        }
        totals.keySet().removeIf(athlete -> started.get(athlete).size() != tables.size());
        return new Standing(totals, athletes, lastUnit);
    }

    /** Totals per athlete from every unit of the event (heats and groups included), and the medals. */
    static EventOutcome decide(String eventCode, Map<String, Table> tables, Map<String, List<Entry>> units) {
        var standing = standing(tables, units);
        var athletes = standing.athletes();
        var lastUnit = standing.lastUnit();
        var complete = standing.totals().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (complete.size() < 3) {
            return new EventOutcome(eventCode, List.of(), "not every discipline of the combined event has results yet");
        }
        var medallists = new ArrayList<Medallist>();
        for (var t : complete) {
            var place = 1 + (int) complete.stream().filter(o -> o.getValue() > t.getValue()).count();
            if (place > 3) {
                break;
            }
            var athlete = athletes.get(t.getKey());
            medallists.add(new Medallist(eventCode, Medal.values()[place - 1], athlete.competitorCode(),
                    athlete.competitorName(), athlete.noc(), lastUnit));
        }
        return new EventOutcome(eventCode, medallists, null);
    }
}
