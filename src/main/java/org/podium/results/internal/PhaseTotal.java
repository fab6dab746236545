package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

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
        var totals = new HashMap<String, BigDecimal>();
        var scored = new HashMap<String, Integer>();
        var athletes = new HashMap<String, Entry>();
        for (var part : parts) {
            for (var e : results.get(part.code())) {
                var points = e.irm() == null ? RawValue.parse(e.value(), "POINTS") : java.util.Optional.<BigDecimal>empty();
                if (points.isPresent()) {
                    totals.merge(e.competitorCode(), points.get(), BigDecimal::add);
                    scored.merge(e.competitorCode(), 1, Integer::sum);
                    athletes.putIfAbsent(e.competitorCode(), e);
                }
            }
        }
        var ranked = totals.entrySet().stream().filter(t -> scored.get(t.getKey()) == parts.size())
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).toList();
        var medallists = new ArrayList<Medallist>();
        for (var t : ranked) {
            var place = 1 + (int) ranked.stream().filter(o -> o.getValue().compareTo(t.getValue()) > 0).count();
            if (place > 3) {
                break;
            }
            if (ranked.stream().filter(o -> o.getValue().compareTo(t.getValue()) == 0).count() > 1) {
                return MedalAwards.incomplete(eventCode, "a tie on a medal place is settled by rules not in the results");
            }
            var athlete = athletes.get(t.getKey());
            medallists.add(new Medallist(eventCode, Medal.values()[place - 1], athlete.competitorCode(),
                    athlete.competitorName(), athlete.noc(), goldUnit.code()));
        }
        return new EventOutcome(eventCode, medallists, null);
    }
}
