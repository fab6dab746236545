package org.podium.games.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.games.internal.SessionDerivation.Slot;

class SessionDerivationTests {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 28);

    private static Slot unit(String code, String site, String start, String end) {
        return new Slot(code, site, DAY, Instant.parse("2024-07-28T" + start + ":00Z"),
                end == null ? null : Instant.parse("2024-07-28T" + end + ":00Z"));
    }

    @Test
    void splitsAVenueDayAtAPauseOfAnHourOrMore() {
        var sessions = SessionDerivation.derive(List.of(
                unit("A", "AQC", "07:00", "07:30"),
                unit("B", "AQC", "07:40", "09:00"),
                unit("C", "AQC", "10:00", "11:00"),
                unit("D", "AQC", "18:00", "19:00")));

        assertThat(sessions).extracting(SessionDerivation.Derived::code)
                .containsExactly("AQC-20240728-1", "AQC-20240728-2", "AQC-20240728-3");
        assertThat(sessions.get(0).units()).containsExactly("A", "B");
        assertThat(sessions.get(1).units()).containsExactly("C");
    }

    @Test
    void keepsUnitsTogetherWhileAnOverlappingUnitIsStillRunning() {
        // B ends at 12:00, so C starting at 12:30 joins although A ended long before.
        var sessions = SessionDerivation.derive(List.of(
                unit("A", "RGA", "09:00", "09:30"),
                unit("B", "RGA", "09:15", "12:00"),
                unit("C", "RGA", "12:30", "13:00")));

        assertThat(sessions).hasSize(1);
        assertThat(sessions.getFirst().end()).isEqualTo(Instant.parse("2024-07-28T13:00:00Z"));
    }

    @Test
    void separatesSitesAndLeavesUnitsWithoutASiteOut() {
        var sessions = SessionDerivation.derive(List.of(
                unit("A", "LC1", "09:00", "10:00"),
                unit("B", "LC2", "09:00", "10:00"),
                new Slot("CEREMONY", null, DAY, Instant.parse("2024-07-28T18:00:00Z"), null)));

        assertThat(sessions).extracting(SessionDerivation.Derived::site).containsExactly("LC1", "LC2");
        assertThat(SessionDerivation.sessionOfUnit(sessions)).doesNotContainKey("CEREMONY");
    }

    @Test
    void derivesTheSameSessionsWhateverTheInputOrder() {
        var units = List.of(unit("A", "AQC", "07:00", "07:30"), unit("B", "AQC", "12:00", "13:00"),
                unit("C", "BCY", "08:00", null));
        var reversed = units.reversed();

        assertThat(SessionDerivation.derive(reversed)).isEqualTo(SessionDerivation.derive(units));
    }
}
