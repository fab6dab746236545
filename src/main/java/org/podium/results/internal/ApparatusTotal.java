package org.podium.results.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.podium.results.Entry;
import org.podium.results.EventOutcome;

/**
 * Gymnastics finals whose standing is the total over the apparatus (the all-around, the team
 * final): decided from the data when the final's rotations are units of their own (rhythmic
 * gymnastics' individual all-around, FNL-A0000101 to 104), every rotation the qualification had
 * with a result; incomplete otherwise, saying what the data lacks. Nothing is decided from the
 * event's name alone.
 */
final class ApparatusTotal {

    private ApparatusTotal() {
    }

    static boolean applies(String discipline, String eventName) {
        return ("GAR".equals(discipline) || "GRY".equals(discipline)) && (eventName.contains("All-Around") || eventName.contains("Team"));
    }

    /**
     * @param finalParts     the stored results of every unit of the final's phase, by unit code
     * @param qualification  the stored results of every unit of the qualification's phase, by unit code
     */
    static EventOutcome decide(String eventCode, String goldUnit, Map<String, List<Entry>> finalParts,
                               Map<String, List<Entry>> qualification) {
        if (finalParts.isEmpty()) {
            return MedalAwards.incomplete(eventCode, "no result for " + goldUnit);
        }
        if (finalParts.size() == 1) {
            var only = finalParts.entrySet().iterator().next();
            var oneLineEach = only.getValue().stream().map(Entry::competitorCode).distinct().count() == only.getValue().size();
            if (oneLineEach && only.getValue().stream().allMatch(e -> e.feedRank() == null)) {
                return MedalAwards.incomplete(eventCode, only.getKey() + " carries one score per gymnast and no rank, not a score"
                        + " per apparatus: the total is not in the data");
            }
        }
        var expected = Math.max(rotations(qualification), 1);
        if (finalParts.size() < expected) {
            var have = new TreeSet<>(finalParts.keySet());
            return MedalAwards.incomplete(eventCode, "the final has " + finalParts.size() + " of its " + expected
                    + " rotations with a result (" + have + ")");
        }
        return PhaseTotal.podiumOfTotals(eventCode, goldUnit, finalParts);
    }

    /** Rotations the qualification was held in: its units numbered as rotations (QUALA0000101...), at least one. */
    private static int rotations(Map<String, List<Entry>> qualification) {
        return (int) qualification.keySet().stream().filter(code -> code.length() == 34 && code.charAt(26) == 'A').count();
    }
}
