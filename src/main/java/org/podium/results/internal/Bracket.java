package org.podium.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.podium.results.Entry;

/**
 * The final standing of a combat sport's bracket (judo, wrestling, taekwondo, boxing) from its
 * bouts' wins and losses: each competitor is placed by the furthest bout they fought and its
 * outcome, and those who went out at the same point share the place, as these sports publish it.
 * Judo: final winner 1, loser 2, bronze contest winners 3 (two bronzes), losers 5, repechage
 * losers 7, round-of-16 losers 9, round-of-32 losers 17. Boxing, without repechage or bronze
 * bouts: both semifinal losers 3, quarterfinal losers 5. While the bracket is under way the
 * standing is provisional: a semifinal winner waiting for the final is ahead of its loser.
 */
final class Bracket {

    static final Set<String> DISCIPLINES = Set.of("JUD", "WRE", "TKW", "BOX");

    /** A competitor's place: {@code reached} is the phase code of the furthest bout. */
    record Place(int place, boolean shared, String competitorCode, String competitorName, String noc, String reached, boolean won) {
    }

    /** A bout: its phase code (characters 23 to 26 of the unit code) and its two lines with W or L. */
    record Bout(String phase, List<Entry> lines) {
    }

    private Bracket() {
    }

    /** How far a phase goes: the final furthest, then bronze bouts, semifinals, repechage, earlier rounds. */
    static int depth(String phase) {
        return switch (phase) {
            case "FNL-" -> 100;
            case "REPF", "FNLB" -> 90;
            case "SFNL" -> 80;
            case "QFNL" -> 60;
            case "8FNL", "R16-" -> 50;
            case "R32-" -> 40;
            case "R64-" -> 30;
            default -> phase.startsWith("REP") && Character.isDigit(phase.charAt(3)) ? 70 + (phase.charAt(3) - '0') : 0;
        };
    }

    static List<Place> standing(List<Bout> bouts) {
        record Furthest(Entry line, String phase, boolean won) {
        }
        var furthest = new LinkedHashMap<String, Furthest>();
        for (var bout : bouts) {
            for (var line : bout.lines()) {
                if (!"W".equals(line.wlt()) && !"L".equals(line.wlt())) {
                    continue;
                }
                var here = new Furthest(line, bout.phase(), "W".equals(line.wlt()));
                furthest.merge(line.competitorCode(), here, (a, b) -> depth(b.phase()) > depth(a.phase()) ? b : a);
            }
        }
        Comparator<Furthest> better = Comparator.comparingInt((Furthest f) -> -depth(f.phase())).thenComparing(f -> !f.won());
        var sorted = new ArrayList<>(furthest.values());
        sorted.sort(better.thenComparing(f -> f.line().competitorName()));
        var places = new ArrayList<Place>(sorted.size());
        for (var f : sorted) {
            var place = 1 + (int) sorted.stream().filter(o -> better.compare(o, f) < 0).count();
            var shared = sorted.stream().filter(o -> better.compare(o, f) == 0).count() > 1;
            places.add(new Place(place, shared, f.line().competitorCode(), f.line().competitorName(), f.line().noc(), f.phase(), f.won()));
        }
        return places;
    }

    /** The bouts of an event from its units' current results, by unit code. */
    static List<Bout> bouts(Map<String, List<Entry>> results) {
        return results.entrySet().stream().filter(e -> e.getKey().length() >= 26)
                .map(e -> new Bout(e.getKey().substring(22, 26), e.getValue())).toList();
    }
}
