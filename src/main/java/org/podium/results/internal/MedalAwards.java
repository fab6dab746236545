package org.podium.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.Medallist;

/**
 * Decides an event's medallists from its deciding units, as the programme flags them (1: the unit
 * that decides gold and silver, 3: a unit that decides a bronze).
 * <ul>
 * <li>Head-to-head finals: the winner gold, the loser silver; each bronze unit's winner a bronze
 * (two bronze units in judo, wrestling and taekwondo give two bronzes). Where semifinals are the
 * bronze units (boxing has no bronze bout), both semifinal losers get bronze.</li>
 * <li>Ranked finals: computed ranks 1, 2 and 3 (from the bronze unit's winner when there is one).
 * Shared places share medals: two equal seconds are two silvers and no bronze.</li>
 * <li>Golf stroke play: the lowest total over the four rounds. (Combined events: {@link CombinedEvents}.)</li>
 * <li>Show jumping: riders level on penalties for a medal are put in order by the jump-off unit
 * ({@link JumpOff}); without it, the event is incomplete.</li>
 * <li>Sailing: fleet racing by {@link FleetRacing}, kite by its final series ({@link KiteFinalSeries}),
 * windsurfing by its final race's order.</li>
 * <li>An event whose deciding unit has no result or no computable rank is reported incomplete,
 * with what is missing, and awarded nothing: no podium is invented. (Gymnastics all-around and
 * team finals: {@link ApparatusTotal}, from their rotations where the data has them.)</li>
 * </ul>
 */
final class MedalAwards {


    private MedalAwards() {
    }

    static EventOutcome decide(String eventCode, String discipline, String eventName, List<Unit> decidingUnits,
                               List<Unit> eventUnits, Map<String, List<Entry>> results) {
        if ("GLF".equals(discipline)) {
            return StrokePlay.decide(eventCode, eventUnits, results);
        }
        if ("SAL".equals(discipline)) {
            if (eventName.contains("Kite")) {
                return KiteFinalSeries.decide(eventCode, eventUnits, results);
            }
            if (!eventName.contains("Windsurfing")) {
                return FleetRacing.decide(eventCode, decidingUnits, eventUnits, results);
            }
            // Windsurfing's quarterfinal, semifinal and final are single races: the final's order is the podium.
        }
        var goldUnit = decidingUnits.stream().filter(u -> u.medal() == 1).findFirst();
        if (goldUnit.isEmpty()) {
            return incomplete(eventCode, "no gold medal unit in the programme");
        }
        if (eventName.contains("Boulder & Lead") || ("SWA".equals(discipline) && eventName.contains("Team"))) {
            return PhaseTotal.decide(eventCode, goldUnit.get(), eventUnits, results);
        }
        var finalResult = results.get(goldUnit.get().code());
        if (finalResult == null || finalResult.isEmpty()) {
            // A bronze medal bout or final that is over awards its medals before the gold medal unit,
            // as the official medal table does: the event is then partly decided.
            var bronzes = new ArrayList<Medallist>();
            decidingUnits.stream().filter(u -> u.medal() == 3 && results.containsKey(u.code()))
                    .forEach(b -> addBronze(bronzes, eventCode, b, results.get(b.code())));
            return bronzes.isEmpty() ? incomplete(eventCode, "no result for " + goldUnit.get().code())
                    : new EventOutcome(eventCode, bronzes, PARTLY_DECIDED + goldUnit.get().code() + " has no result yet");
        }
        var bronzeUnits = decidingUnits.stream().filter(u -> u.medal() == 3).toList();
        for (var bronze : bronzeUnits) {
            if (!results.containsKey(bronze.code())) {
                return incomplete(eventCode, "no result for " + bronze.code());
            }
        }
        var medallists = new ArrayList<Medallist>();
        if (headToHead(finalResult)) {
            add(medallists, eventCode, Medal.GOLD, goldUnit.get().code(), finalResult, e -> "W".equals(e.wlt()));
            add(medallists, eventCode, Medal.SILVER, goldUnit.get().code(), finalResult, e -> "L".equals(e.wlt()));
            // A bronze medal bout gives its winner the bronze; where the semifinals themselves decide
            // bronze (boxing: no bronze bout), both semifinal losers get it.
            bronzeUnits.forEach(b -> add(medallists, eventCode, Medal.BRONZE, b.code(), results.get(b.code()),
                    e -> semifinal(b) ? "L".equals(e.wlt()) : "W".equals(e.wlt())));
            return withBronze(eventCode, goldUnit.get().code(), medallists);
        }
        if (finalResult.stream().filter(e -> e.rank() != null).count() < 2) {
            return incomplete(eventCode, "the deciding unit " + goldUnit.get().code() + " carries no computable rank");
        }
        if (JumpOff.applies(discipline, eventName)) {
            return JumpOff.decide(eventCode, goldUnit.get(), finalResult, eventUnits, results);
        }
        var unsettled = awaitingTieBreak(finalResult);
        if (unsettled != null) {
            return incomplete(eventCode, unsettled);
        }
        add(medallists, eventCode, Medal.GOLD, goldUnit.get().code(), finalResult, e -> Integer.valueOf(1).equals(e.rank()));
        add(medallists, eventCode, Medal.SILVER, goldUnit.get().code(), finalResult, e -> Integer.valueOf(2).equals(e.rank()));
        if (bronzeUnits.isEmpty()) {
            add(medallists, eventCode, Medal.BRONZE, goldUnit.get().code(), finalResult, e -> Integer.valueOf(3).equals(e.rank()));
        } else {
            bronzeUnits.forEach(b -> add(medallists, eventCode, Medal.BRONZE, b.code(), results.get(b.code()),
                    e -> "W".equals(e.wlt()) || Integer.valueOf(1).equals(e.rank())));
        }
        return withBronze(eventCode, goldUnit.get().code(), medallists);
    }

    /**
     * A podium without a bronze is complete only when a shared place took it (two silvers, or
     * more golds); otherwise the bronze is decided in a unit the programme does not schedule
     * (climbing speed's small final, a sprint's bronze races): incomplete, nothing half-awarded.
     */
    private static EventOutcome withBronze(String eventCode, String goldUnit, List<Medallist> medallists) {
        var bronze = medallists.stream().anyMatch(m -> m.medal() == Medal.BRONZE);
        var shared = medallists.stream().filter(m -> m.medal() != Medal.BRONZE).count() >= 3;
        if (bronze || shared || medallists.isEmpty()) {
            return new EventOutcome(eventCode, medallists, null);
        }
        return incomplete(eventCode, "no bronze in " + goldUnit + ": the bronze is decided in a unit the programme does not schedule");
    }

    /**
     * A tie on a medal place that no official rank settles (live input carries values, not ranks):
     * the medal is not shared on Podium's say-so. The event waits for the tie-break (a photo
     * finish, a countback the data lacks), which an administrator records by deciding the medals
     * (audited). Where official ranks are equal (a swimming dead heat), the medal is shared.
     */
    static @org.jspecify.annotations.Nullable String awaitingTieBreak(List<Entry> result) {
        var tied = result.stream().filter(e -> e.rank() != null && e.rank() <= 3 && e.rankEqual() && e.feedRank() == null).toList();
        if (tied.isEmpty()) {
            return null;
        }
        var place = tied.getFirst().rank();
        var level = tied.stream().filter(e -> place.equals(e.rank())).map(e -> e.competitorName() + " (" + e.value() + ")").toList();
        return AWAITING_TIE_BREAK + String.join(", ", level) + " are level for place " + place
                + " with no official rank: an administrator decides the medals once the tie is broken";
    }

    static final String AWAITING_TIE_BREAK = "awaiting tie-break: ";

    /** How an event reads when its bronze medals are awarded and its gold medal unit is still to come. */
    static final String PARTLY_DECIDED = "partly decided: bronze awarded, the gold medal unit ";

    /** A bronze unit's medallists: a bout's winner (both losers of a semifinal where no bronze bout is held), a race's first. */
    private static void addBronze(List<Medallist> medallists, String eventCode, Unit bronze, List<Entry> entries) {
        if (headToHead(entries)) {
            add(medallists, eventCode, Medal.BRONZE, bronze.code(), entries, e -> semifinal(bronze) ? "L".equals(e.wlt()) : "W".equals(e.wlt()));
        } else {
            add(medallists, eventCode, Medal.BRONZE, bronze.code(), entries, e -> Integer.valueOf(1).equals(e.rank()));
        }
    }

    private static boolean semifinal(Unit unit) {
        return unit.code().length() == 34 && unit.code().substring(22, 26).equals("SFNL");
    }

    private static boolean headToHead(List<Entry> entries) {
        return entries.stream().anyMatch(e -> "W".equals(e.wlt()));
    }

    private static void add(List<Medallist> medallists, String event, Medal medal, String unit, List<Entry> entries,
                            java.util.function.Predicate<Entry> wins) {
        entries.stream().filter(wins).forEach(e ->
                medallists.add(new Medallist(event, medal, e.competitorCode(), e.competitorName(), e.noc(), unit)));
    }

    /**
     * Gold, silver and bronze to the first three in the given order (best first), for standings a
     * tie-break list does not settle: a tie on a medal place leaves the event incomplete for the reason
     * given (a play-off, a rule the results do not carry), rather than sharing a medal.
     */
    static EventOutcome untiedPodium(String eventCode, String unitCode, List<Entry> standing,
                                     java.util.Comparator<Entry> order, String tieReason) {
        var sorted = new ArrayList<>(standing);
        sorted.sort(order);
        var medallists = new ArrayList<Medallist>();
        for (var e : sorted) {
            var place = 1 + (int) sorted.stream().filter(o -> order.compare(o, e) < 0).count();
            if (place > 3) {
                break;
            }
            if (sorted.stream().filter(o -> order.compare(o, e) == 0).count() > 1) {
                return incomplete(eventCode, tieReason);
            }
            medallists.add(new Medallist(eventCode, Medal.values()[place - 1], e.competitorCode(), e.competitorName(), e.noc(), unitCode));
        }
        return new EventOutcome(eventCode, medallists, null);
    }

    static EventOutcome incomplete(String eventCode, String reason) {
        return new EventOutcome(eventCode, List.of(), reason);
    }
}
