package org.podium.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClockSettingTests {

    private static final Instant REAL = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant OPENING = Instant.parse("2024-07-26T07:00:00Z");

    @Test
    void realTimeFollowsTheWallClock() {
        var setting = ClockSetting.real(REAL);

        assertThat(setting.gamesTimeAt(REAL.plusSeconds(90))).isEqualTo(REAL.plusSeconds(90));
    }

    @Test
    void simulatedTimeRunsFromItsStartAtItsSpeed() {
        var setting = ClockSetting.simulated(OPENING, 60, REAL);

        assertThat(setting.gamesTimeAt(REAL)).isEqualTo(OPENING);
        assertThat(setting.gamesTimeAt(REAL.plus(Duration.ofMinutes(1)))).isEqualTo(OPENING.plus(Duration.ofHours(1)));
    }

    @Test
    void refusesASpeedOfZeroOrBeyondTheLimit() {
        assertThatThrownBy(() -> ClockSetting.simulated(OPENING, 0, REAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockSetting.simulated(OPENING, 1e6, REAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockSetting.simulated(OPENING, Double.NaN, REAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitIsLiveBetweenItsStartAndEnd() {
        var unit = new Unit("SWMM100MBA------------HEAT000100--", "SWMM100MBA", "Men's 100m Backstroke", "SWM", "Heat 1",
                "M", OPENING, OPENING.plusSeconds(600), java.time.LocalDate.of(2024, 7, 26), "SCHEDULED", 0, "DEF",
                "paris-la-defense-arena", "Paris La Defense Arena", null, null);

        assertThat(unit.liveAt(OPENING.minusSeconds(1))).isFalse();
        assertThat(unit.liveAt(OPENING)).isTrue();
        assertThat(unit.liveAt(OPENING.plusSeconds(600))).isFalse();
    }

    @Test
    void aUnitTheClockHasNotReachedIsScheduledWhateverThePublishedStatusSays() {
        // The Paris programme was published after the Games: every unit carries FINISHED.
        var unit = new Unit("ATHM100M--------------FNL-000100--", "ATHM100M", "Men's 100m", "ATH", "Men's 100m Final",
                "M", OPENING, OPENING.plusSeconds(600), java.time.LocalDate.of(2024, 7, 26), "FINISHED", 1, "STA",
                "stade-de-france", "Stade de France", null, null);
        var cancelled = new Unit("ATHM100M--------------HEAT000100--", "ATHM100M", "Men's 100m", "ATH", "Heat 1",
                "M", OPENING, OPENING.plusSeconds(600), java.time.LocalDate.of(2024, 7, 26), "CANCELLED", 0, "STA",
                "stade-de-france", "Stade de France", null, null);

        assertThat(unit.stateAt(OPENING.minusSeconds(1))).isEqualTo("SCHEDULED");
        assertThat(unit.stateAt(OPENING.plusSeconds(1))).isEqualTo("RUNNING");
        assertThat(unit.stateAt(OPENING.plusSeconds(600))).isEqualTo("FINISHED");
        assertThat(cancelled.stateAt(OPENING.minusSeconds(1))).isEqualTo("CANCELLED");
    }
}
