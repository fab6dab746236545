package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;

/**
 * Eventing: penalties of dressage, cross-country and jumping add up, lowest first.
 * <ul>
 * <li>Individual: the riders of the individual jumping final, over all four tests (dressage,
 * cross-country, the jumping qualifier, the final); level riders go to the better cross-country.</li>
 * <li>Team: the team's three tests plus {@value #SUBSTITUTION_PENALTY} penalties for each rider
 * substituted before the jumping (FEI). The team results do not say who rode, so a substitution
 * is read from the individual event's tests: a rider of the nation who jumped without having
 * ridden the dressage. (Paris: Japan 95.8 + 20 = 115.8, bronze behind France.)</li>
 * </ul>
 * Still level on a medal place, the event is incomplete: the remaining tie-breaks are not in the
 * results.
 */
final class Eventing {

    static final int SUBSTITUTION_PENALTY = 20;
    private static final String TIE = "a tie on a medal place is settled by rules not in the results";

    private Eventing() {
    }

    static boolean applies(String discipline, String eventName) {
        return "EQU".equals(discipline) && eventName.contains("Eventing");
    }

    static EventOutcome individual(String eventCode, List<Unit> eventUnits, Map<String, List<Entry>> results) {
        // Two jumping rounds: the qualifier (the team final, every rider) and the individual final (the
        // best 25). The programme's link codes of the two are swapped against the results' codes, so the
        // final is told by its smaller field, once both have results.
        var jumping = eventUnits.stream().map(Unit::code).filter(code -> phase(code).equals("JUMP") && results.containsKey(code))
                .sorted(Comparator.comparingInt((String code) -> results.get(code).size())).toList();
        if (jumping.size() < 2) {
            return MedalAwards.incomplete(eventCode, "the individual jumping final has no result yet");
        }
        var finalUnit = jumping.getFirst();
        var finalists = results.get(finalUnit);
        var totals = new HashMap<String, BigDecimal>();
        var crossCountry = new HashMap<String, BigDecimal>();
        for (var unit : eventUnits) {
            for (var e : results.getOrDefault(unit.code(), List.of())) {
                penalties(e).ifPresent(p -> {
                    totals.merge(e.competitorCode(), p, BigDecimal::add);
                    if (phase(unit.code()).equals("XC--")) {
                        crossCountry.put(e.competitorCode(), p);
                    }
                });
            }
        }
        var riders = finalists.stream().filter(e -> penalties(e).isPresent()).toList();
        Comparator<Entry> order = Comparator.comparing((Entry e) -> totals.get(e.competitorCode()))
                .thenComparing(e -> crossCountry.getOrDefault(e.competitorCode(), BigDecimal.ZERO));
        return MedalAwards.untiedPodium(eventCode, finalUnit, riders, order, TIE);
    }

    static EventOutcome team(String eventCode, Unit finalUnit, List<Unit> eventUnits, Map<String, List<Entry>> results,
                             Map<String, List<Entry>> individualTests) {
        var teams = results.get(finalUnit.code());
        if (teams == null || teams.isEmpty()) {
            return MedalAwards.incomplete(eventCode, "the team jumping final has no result yet");
        }
        var totals = new HashMap<String, BigDecimal>();
        for (var unit : eventUnits) {
            for (var e : results.getOrDefault(unit.code(), List.of())) {
                penalties(e).ifPresent(p -> totals.merge(e.competitorCode(), p, BigDecimal::add));
            }
        }
        var substitutions = substitutions(individualTests);
        totals.replaceAll((team, total) -> total.add(BigDecimal.valueOf(
                (long) SUBSTITUTION_PENALTY * substitutions.getOrDefault(nocOf(teams, team), 0))));
        var ranked = teams.stream().filter(e -> penalties(e).isPresent()).toList();
        return MedalAwards.untiedPodium(eventCode, finalUnit.code(), ranked, Comparator.comparing((Entry e) -> totals.get(e.competitorCode())), TIE);
    }

    /** Riders substituted per nation: those who jumped in the individual tests without having ridden the dressage. */
    static Map<String, Integer> substitutions(Map<String, List<Entry>> individualTests) {
        var dressage = new HashSet<String>();
        var jumped = new HashMap<String, Set<String>>();
        individualTests.forEach((unit, entries) -> {
            for (var e : entries) {
                if (phase(unit).equals("DRSS")) {
                    dressage.add(e.competitorCode());
                } else if (phase(unit).equals("JUMP")) {
                    jumped.computeIfAbsent(e.noc(), n -> new HashSet<>()).add(e.competitorCode());
                }
            }
        });
        var count = new HashMap<String, Integer>();
        jumped.forEach((noc, riders) -> {
            var substitutes = (int) riders.stream().filter(r -> !dressage.contains(r)).count();
            if (substitutes > 0) {
                count.put(noc, substitutes);
            }
        });
        return count;
    }

    private static java.util.Optional<BigDecimal> penalties(Entry e) {
        return e.irm() == null ? RawValue.parse(e.value(), "POINTS") : java.util.Optional.empty();
    }

    private static String nocOf(List<Entry> teams, String team) {
        return teams.stream().filter(e -> e.competitorCode().equals(team)).map(Entry::noc).findFirst().orElse("");
    }

    private static String phase(String unitCode) {
        return unitCode.length() >= 26 ? unitCode.substring(22, 26) : "";
    }
}
