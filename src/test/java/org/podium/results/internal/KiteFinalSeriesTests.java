package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.Medallist;

class KiteFinalSeriesTests {

    private static final String EVENT = "SALMFORMKITE";

    private static Unit unit(String phaseAndUnit) {
        var code = "SALMFORMKITE----------" + phaseAndUnit;
        return new Unit(code, EVENT, "Men's Kite", "SAL", "phase", "M", Instant.parse("2024-08-08T10:00:00Z"), null,
                LocalDate.of(2024, 8, 8), "FINISHED", 0, null, null, null, null, null);
    }

    /** A race's lines, riders in finishing order (1 point for the winner, 2 for the second...). */
    private static List<Entry> race(String... riders) {
        var lines = new java.util.ArrayList<Entry>();
        for (var i = 0; i < riders.length; i++) {
            lines.add(new Entry(riders[i], riders[i], "Person", "FRA", String.valueOf(i + 1), "POINTS", null, null, i + 1, false, i + 1));
        }
        return lines;
    }

    /** Opening series where A is the first seed, B second, then C, D, E, F. */
    private final Map<String, List<Entry>> results = new HashMap<>(Map.of(
            unit("PREL000100--").code(), race("A", "B", "C", "D", "E", "F"),
            unit("PREL000200--").code(), race("A", "B", "D", "C", "E", "F"),
            unit("PREL000300--").code(), race("B", "A", "C", "D", "F", "E"),
            unit("SFNL00010001").code(), race("C", "E"),
            unit("SFNL00020001").code(), race("D", "F")));

    private List<Unit> units() {
        return results.keySet().stream().map(code -> unit(code.substring(22))).toList();
    }

    private List<String> podium(Map<String, List<Entry>> given) {
        var outcome = KiteFinalSeries.decide(EVENT, units(), given);
        assertThat(outcome.complete()).as(outcome.incompleteBecause()).isTrue();
        return outcome.medallists().stream().map(m -> m.medal() + " " + m.competitorName()).toList();
    }

    @Test
    void theFirstSeedNeedsOneRaceWinFromItsTwoCarriedWins() {
        results.put(unit("FNL-000100--").code(), race("A", "C", "B", "D"));

        assertThat(podium(results)).containsExactly("GOLD A", "SILVER B", "BRONZE C");
    }

    @Test
    void aSemifinalWinnerNeedsThreeRaceWinsAndTheOthersArePlacedByWinsThenSeed() {
        results.put(unit("FNL-000100--").code(), race("D", "A", "B", "C"));
        results.put(unit("FNL-000200--").code(), race("B", "D", "A", "C"));
        results.put(unit("FNL-000300--").code(), race("D", "A", "C", "B"));
        results.put(unit("FNL-000400--").code(), race("D", "C", "B", "A"));

        // D: 3 wins. A carried 2, B carried 1 + won race 2 = 2: level, A is the better seed. C has none.
        assertThat(podium(results)).containsExactly("GOLD D", "SILVER A", "BRONZE B");
        assertThat(KiteFinalSeries.decide(EVENT, units(), results).medallists()).extracting(Medallist::unitCode)
                .containsOnly(unit("FNL-000400--").code());
    }

    @Test
    void isIncompleteUntilSomeoneHasThreeWins() {
        results.put(unit("FNL-000100--").code(), race("D", "A", "B", "C"));

        var outcome = KiteFinalSeries.decide(EVENT, units(), results);

        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.medallists()).isEmpty();
        assertThat(outcome.incompleteBecause()).contains("nobody has 3 wins");
    }

    @Test
    void aDeadHeatForFirstIsNoRaceWin() {
        var tie = race("A", "C", "B", "D");
        tie.set(1, new Entry("C", "C", "Person", "FRA", "1", "POINTS", null, null, 1, true, 1));
        results.put(unit("FNL-000100--").code(), tie);

        assertThat(KiteFinalSeries.decide(EVENT, units(), results).complete()).isFalse();
    }

    @Test
    void seedsTiedOnNetPointsAreSeparatedByTheirBestScores() {
        var series = Map.of("Y", points(2, 2, 1, 2), "X", points(1, 3, 1, 3), "Z", points(1, 1, 1, 9));

        // X and Y: 5 net once the worst race is discarded; X's kept scores 1, 1, 3 beat Y's 1, 2, 2.
        assertThat(FleetRacing.net(series.get("X"))).isEqualByComparingTo("5");
        assertThat(FleetRacing.net(series.get("Y"))).isEqualByComparingTo("5");
        assertThat(FleetRacing.standing(series)).containsExactly("Z", "X", "Y");
    }

    private static List<java.math.BigDecimal> points(int... scores) {
        return java.util.Arrays.stream(scores).mapToObj(java.math.BigDecimal::valueOf).toList();
    }
}
