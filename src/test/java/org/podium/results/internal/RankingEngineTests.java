package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.results.internal.RankingEngine.Line;
import org.podium.results.internal.RankingEngine.Place;

class RankingEngineTests {

    private static Line time(String value) {
        return new Line("SWM", "TIME", value, null);
    }

    @Test
    void readsTimesExactlyAtTheirGivenPrecision() {
        assertThat(RawValue.parse("59.05", "TIME")).contains(new BigDecimal("59.05"));
        assertThat(RawValue.parse("1:02.34", "TIME")).contains(new BigDecimal("62.34"));
        assertThat(RawValue.parse("2:06:26.5", "TIME")).contains(new BigDecimal("7586.5"));
        assertThat(RawValue.parse("100.28", "TIME")).contains(new BigDecimal("100.28"));
        assertThat(RawValue.parse("1:75.00", "TIME")).isEmpty();
        assertThat(RawValue.parse("fast", "TIME")).isEmpty();
        assertThat(RawValue.parse("8.34", "DISTANCE")).contains(new BigDecimal("8.34"));
    }

    @Test
    void sharesSecondPlaceOnADeadHeatAndSkipsThird() {
        // The Paris men's 100 m breaststroke final.
        var places = RankingEngine.rank(List.of(time("59.03"), time("59.05"), time("59.05"), time("59.11")));

        assertThat(places).containsExactly(new Place(1, false), new Place(2, true), new Place(2, true), new Place(4, false));
    }

    @Test
    void ranksHigherPointsFirstAndPenaltiesLowestFirst() {
        var diving = RankingEngine.rank(List.of(new Line("DIV", "POINTS", "480.50", null),
                new Line("DIV", "POINTS", "512.10", null)));
        var sailing = RankingEngine.rank(List.of(new Line("SAL", "POINTS", "12", null), new Line("SAL", "POINTS", "3", null)));
        var golf = RankingEngine.rank(List.of(new Line("GLF", "STROKES", "70", null), new Line("GLF", "STROKES", "66", null)));

        assertThat(diving).extracting(Place::rank).containsExactly(2, 1);
        assertThat(sailing).extracting(Place::rank).containsExactly(2, 1);
        assertThat(golf).extracting(Place::rank).containsExactly(2, 1);
    }

    @Test
    void ranksASailingIrmByItsPointsAndNoOtherSports() {
        var race = RankingEngine.rank(List.of(new Line("SAL", "POINTS", "1", null), new Line("SAL", "IRM_POINTS", "3.5", "DPI"),
                new Line("SAL", "POINTS", "2", null), new Line("SAL", "IRM_POINTS", "21", "BFD")));
        var judo = RankingEngine.rank(List.of(new Line("JUD", "POINTS", "10", null), new Line("JUD", "IRM_POINTS", "0", "DSQ")));

        assertThat(race).extracting(Place::rank).containsExactly(1, 3, 2, 4);
        assertThat(judo).extracting(Place::rank).containsExactly(1, null);
    }

    @Test
    void leavesInvalidResultsAndUnreadableValuesUnranked() {
        var places = RankingEngine.rank(List.of(time("10.10"), new Line("ATH", "IRM", null, "DNF"),
                new Line("ATH", "TIME", "10.05", "DQ"), time("9.98"), new Line("TEN", "SCORE", "6", null)));

        assertThat(places).extracting(Place::rank).containsExactly(2, null, null, 1, null);
    }

    @Test
    void comparesMinutesAndSecondsAsOneDuration() {
        var places = RankingEngine.rank(List.of(time("1:00.01"), time("59.99")));

        assertThat(places).extracting(Place::rank).containsExactly(2, 1);
    }
}
