package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;

/**
 * A final made of several units whose points add up, highest first: climbing's boulder and lead
 * final (boulder plus lead points), the artistic swimming team final (technical, free and
 * acrobatic routines). Only those with a score in every unit of the final rank;
 * a tie on a medal place goes to rules the results do not carry, so the event is then incomplete.
 */
final class PhaseTotal {

    private PhaseTotal() {
    }

    static EventOutcome decide(String eventCode, Unit goldUnit, List<Unit> eventUnits, Map<String, List<Entry>> results) {
        var phase = goldUnit.code().substring(0, 26);
        var parts = eventUnits.stream().filter(u -> u.code().startsWith(phase)).toList();
        if (parts.stream().anyMatch(u -> !results.containsKey(u.code()))) {
            return MedalAwards.incomplete(eventCode, "not every part of the final has a result yet");
        }
        var partResults = new java.util.LinkedHashMap<String, List<Entry>>();
        parts.forEach(part -> partResults.put(part.code(), results.get(part.code())));
        return podiumOfTotals(eventCode, goldUnit.code(), partResults);
    }

    /**
     * The podium of the points totals over the given parts (highest first), counting only those
     * scored in every part; a tie on a medal place leaves the event incomplete.
     */
    static EventOutcome podiumOfTotals(String eventCode, String goldUnit, Map<String, List<Entry>> parts) {
        var totals = new HashMap<String, BigDecimal>();
        var scored = new HashMap<String, Integer>();
        var athletes = new HashMap<String, Entry>();
        for (var part : parts.values()) {
            for (var e : part) {
                var points = e.irm() == null ? RawValue.parse(e.value(), "POINTS") : java.util.Optional.<BigDecimal>empty();
                if (points.isPresent()) {
                    totals.merge(e.competitorCode(), points.get(), BigDecimal::add);
                    scored.merge(e.competitorCode(), 1, Integer::sum);
                    athletes.putIfAbsent(e.competitorCode(), e);
                }
            }
        }
        var complete = totals.keySet().stream().filter(a -> scored.get(a) == parts.size()).map(athletes::get).toList();
        return MedalAwards.untiedPodium(eventCode, goldUnit, complete,
                Comparator.comparing((Entry e) -> totals.get(e.competitorCode())).reversed(),
                "a tie on a medal place is settled by rules not in the results");
    }
}
