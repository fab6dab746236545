package org.podium.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

/**
 * Show jumping: riders level on penalties for a medal are not given shared medals; a jump-off
 * settles gold, and for the other medals the jump-off where one was ridden (otherwise the time of
 * the final round, which the public feed does not carry). The jump-off is a unit of the event
 * (phase code {@code JOFF}, or a name with "Jump-off"): the tied riders take its order; without it,
 * or when it ties them again, the event is reported incomplete and nothing is invented.
 */
final class JumpOff {

    private JumpOff() {
    }

    static boolean applies(String discipline, String eventName) {
        return "EQU".equals(discipline) && eventName.contains("Jumping");
    }

    /** Medallists from the final's computed ranks, or incomplete when a medal place is tied and nothing settles it. */
    static EventOutcome decide(String eventCode, Unit finalUnit, List<Entry> finalResult, List<Unit> eventUnits,
                               Map<String, List<Entry>> results) {
        var ranked = finalResult.stream().filter(e -> e.rank() != null).sorted(Comparator.comparingInt(Entry::rank)).toList();
        var tiedForAMedal = ranked.stream().anyMatch(e -> e.rank() <= 3 && e.rankEqual());
        if (!tiedForAMedal) {
            return award(eventCode, finalUnit.code(), ranked.stream().limit(3).toList());
        }
        var jumpOff = eventUnits.stream().filter(u -> u.code().length() >= 26 && u.code().substring(22, 26).equals("JOFF")
                || u.name().contains("Jump-off")).findFirst();
        var jumpOffResult = jumpOff.map(u -> results.get(u.code())).orElse(null);
        if (jumpOffResult == null || jumpOffResult.isEmpty()) {
            return MedalAwards.incomplete(eventCode, "riders are level on penalties for a medal; the jump-off (or the final's"
                    + " times) that separates them is not in the results");
        }
        // The final's order, with each group of riders level on penalties put in jump-off order.
        var order = new ArrayList<Entry>();
        var i = 0;
        while (i < ranked.size() && order.size() < 3) {
            var rank = ranked.get(i).rank();
            var group = ranked.stream().filter(e -> rank.equals(e.rank())).toList();
            if (group.size() > 1) {
                var settled = settle(group, jumpOffResult);
                if (settled.isEmpty()) {
                    return MedalAwards.incomplete(eventCode, "the jump-off leaves riders level for a medal");
                }
                order.addAll(settled.get());
            } else {
                order.add(group.getFirst());
            }
            i += group.size();
        }
        return award(eventCode, jumpOff.get().code(), order.stream().limit(3).toList());
    }

    private static Optional<List<Entry>> settle(List<Entry> group, List<Entry> jumpOff) {
        var byRank = new ArrayList<Entry>(group);
        for (var rider : group) {
            var line = jumpOff.stream().filter(j -> j.competitorCode().equals(rider.competitorCode())).findFirst();
            if (line.isEmpty() || line.get().rank() == null) {
                return Optional.empty();
            }
        }
        byRank.sort(Comparator.comparingInt(r -> rankIn(jumpOff, r)));
        for (var k = 1; k < byRank.size(); k++) {
            if (rankIn(jumpOff, byRank.get(k)) == rankIn(jumpOff, byRank.get(k - 1)) && k < 3) {
                return Optional.empty();
            }
        }
        return Optional.of(byRank);
    }

    private static int rankIn(List<Entry> jumpOff, Entry rider) {
        return jumpOff.stream().filter(j -> j.competitorCode().equals(rider.competitorCode())).findFirst().orElseThrow().rank();
    }

    private static EventOutcome award(String eventCode, String unitCode, List<Entry> podium) {
        var medals = List.of(Medal.GOLD, Medal.SILVER, Medal.BRONZE);
        var medallists = new ArrayList<Medallist>();
        for (var k = 0; k < podium.size(); k++) {
            var e = podium.get(k);
            medallists.add(new Medallist(eventCode, medals.get(k), e.competitorCode(), e.competitorName(), e.noc(), unitCode));
        }
        return new EventOutcome(eventCode, medallists, null);
    }
}
