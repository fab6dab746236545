package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.ResultMessage;
import org.podium.results.ResultRefused;
import org.podium.results.ResultStatus;

/** Field events sent with their series: level on the best mark, the second best decides, then the third... */
class CountbackTests {

    private static Unit unit(String code) {
        return new Unit(code, code.substring(0, 22).replace("-", ""), "event", "ATH", "Final", "M",
                Instant.parse("2024-08-06T19:00:00Z"), null, LocalDate.of(2024, 8, 6), "RUNNING", 1, null, null, null, null, null);
    }

    private static ResultMessage.Line jumper(String code, String name, String value, String... attempts) {
        return new ResultMessage.Line(code, name, "Person", "FRA", value, "DISTANCE", null, null,
                attempts.length == 0 ? null : List.of(attempts));
    }

    private static List<Entry> rank(String unitCode, ResultMessage.Line... lines) {
        return LiveResults.entries(unit(unitCode), new ResultMessage(ResultStatus.LIVE, List.of(lines), null), null);
    }

    private static final String LONG_JUMP = "ATHMLONGJUMP----------FNL-000100--";

    @Test
    void jumpersLevelOnTheirBestAreSeparatedByTheirSecondBest() {
        var entries = rank(LONG_JUMP,
                jumper("A", "ALPHA", null, "8.10", "X", "8.20", "8.05"),
                jumper("B", "BRAVO", null, "8.20", "8.15", "X", "-"),
                jumper("C", "CHARLIE", null, "7.90", "8.22"),
                jumper("D", "DELTA", null, "8.20", "8.15", "8.00"));

        assertThat(entries).extracting(e -> e.competitorCode() + " " + e.value() + " " + e.rank() + (e.rankEqual() ? "=" : ""))
                .containsExactly("A 8.20 4", "B 8.20 3", "C 8.22 1", "D 8.20 2");
        assertThat(entries.get(1).attempts()).containsExactly("8.20", "8.15", "X", "-");
    }

    private static final String HIGH_JUMP = "ATHMHIGHJUMP----------FNL-000100--";

    @Test
    void highJumpersLevelOnTheirHeightAreSeparatedByFailuresAtItThenInTheWholeSeries() {
        var entries = rank(HIGH_JUMP,
                jumper("A", "ALPHA", null, "2.20:O", "2.24:XO", "2.27:XXX"),
                jumper("B", "BRAVO", null, "2.20:XO", "2.24:O", "2.27:XXX"),
                jumper("C", "CHARLIE", "2.24", "2.20:O", "2.24:O", "2.27:XXX"),
                jumper("D", "DELTA", null, "2.20:O", "2.24:-", "2.27:XXX"),
                jumper("E", "ECHO", null, "2.20:O", "2.24:O", "2.27:XXX"));

        assertThat(entries).extracting(e -> e.competitorCode() + " " + e.value() + " " + e.rank() + (e.rankEqual() ? "=" : ""))
                .containsExactly("A 2.24 4", "B 2.24 3", "C 2.24 1=", "D 2.20 5", "E 2.24 1=");
    }

    @Test
    void identicalSeriesShareThePlace() {
        var entries = rank(LONG_JUMP, jumper("A", "ALPHA", "8.00", "8.00", "7.90"), jumper("B", "BRAVO", "8.00", "7.90", "8.00"));

        assertThat(entries).extracting(e -> e.rank() + (e.rankEqual() ? "=" : "")).containsExactly("1=", "1=");
    }

    @Test
    void aSeriesIsCheckedAgainstItsValueAndItsAttempts() {
        assertThatThrownBy(() -> rank(LONG_JUMP, jumper("A", "ALPHA", "8.30", "8.10", "8.20")))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("not the best of the attempts");
        assertThatThrownBy(() -> rank(LONG_JUMP, jumper("A", "ALPHA", null, "8.10", "O")))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("X (foul) or - (pass)");
        assertThatThrownBy(() -> rank(HIGH_JUMP, jumper("A", "ALPHA", null, "2.30", "X")))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("2.24:XO");
        assertThatThrownBy(() -> rank(HIGH_JUMP, jumper("A", "ALPHA", null, "2.24:O", "2.20:O")))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("heights rise");
        assertThatThrownBy(() -> rank(HIGH_JUMP, jumper("A", "ALPHA", null, "2.20:XXX", "2.24:O")))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("three failures");
        assertThatThrownBy(() -> rank(LONG_JUMP, jumper("A", "ALPHA", null, "1", "2", "3", "4", "5", "6", "7")))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("1 to 6");
    }
}
