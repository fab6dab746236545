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
import org.podium.results.ResultMessage.Performance;
import org.podium.results.ResultRefused;
import org.podium.results.ResultStatus;

/** Judged sports scored from the judges' marks, extremes dropped, through the live input's validation and ranking. */
class JudgedScoreTests {

    private static final String PLATFORM = "DIVM10M---------------FNL-000100--";
    private static final String HORIZONTAL_BAR = "GARMHB----------------FNL-000100--";
    private static final String VAULT = "GARWVT----------------FNL-000100--";

    private static Unit unit(String code) {
        return new Unit(code, code.substring(0, 22).replace("-", ""), "event", code.substring(0, 3), "Final", "M",
                Instant.parse("2024-08-05T19:00:00Z"), null, LocalDate.of(2024, 8, 5), "RUNNING", 1, null, null, null, null, null);
    }

    private static ResultMessage.Line judged(String code, String value, Performance... performances) {
        return new ResultMessage.Line(code, code, "Person", "FRA", value, "POINTS", null, null, null, List.of(performances));
    }

    private static Performance dive(String difficulty, String... awards) {
        return new Performance(difficulty, List.of(awards), null);
    }

    private static Performance routine(String d, String penalty, String... deductions) {
        return new Performance(d, List.of(deductions), penalty);
    }

    private static List<Entry> rank(String unitCode, ResultMessage.Line... lines) {
        return LiveResults.entries(unit(unitCode), new ResultMessage(ResultStatus.LIVE, List.of(lines), null), null);
    }

    @Test
    void aDiveKeepsTheMiddleThreeOfSevenAwardsTimesItsDifficulty() {
        var entries = rank(PLATFORM,
                // 8.0 8.0 | 8.5 8.5 8.5 | 9.0 9.0 -> 25.5 x 3.6 = 91.80; + 3 x 9.5 x 3.2 = 91.20
                judged("A", null, dive("3.6", "8.5", "8.0", "9.0", "8.5", "8.0", "9.0", "8.5"),
                        dive("3.2", "9.5", "9.5", "9.5", "10", "0", "9.5", "9.5")),
                // five judges: the highest and the lowest dropped: 3 x 10 x 3.0 = 90 + 9 x 3 x 3.4 = 91.8
                judged("B", "181.80", dive("3.0", "10", "10", "10", "2", "10"), dive("3.4", "9", "9", "9", "9", "9")),
                judged("C", null, dive("3.0", "7", "7", "7", "7", "7", "7", "7")));

        assertThat(entries).extracting(e -> e.competitorCode() + " " + e.value() + " " + e.rank() + (e.rankEqual() ? "=" : ""))
                .containsExactly("A 183.00 1", "B 181.80 2", "C 63.00 3");
        assertThat(entries.getFirst().attempts()).containsExactly("3.6:8.5/8.0/9.0/8.5/8.0/9.0/8.5", "3.2:9.5/9.5/9.5/10/0/9.5/9.5");
    }

    @Test
    void equalDivingTotalsShareThePlace() {
        var entries = rank(PLATFORM,
                judged("A", null, dive("2.0", "8", "8", "8", "8", "8")),
                judged("B", null, dive("3.0", "6", "5", "5.5", "5.5", "5")),
                judged("C", null, dive("1.6", "10", "10", "10", "10", "10")));

        // A: 24 x 2.0 = 48; B: 16 x 3.0 = 48; C: 30 x 1.6 = 48.
        assertThat(entries).extracting(e -> e.value() + " " + e.rank() + (e.rankEqual() ? "=" : ""))
                .containsExactly("48.00 1=", "48.00 1=", "48.00 1=");
    }

    @Test
    void aGymnastsLevelTotalGoesToTheHigherExecutionThenDifficulty() {
        var entries = rank(HORIZONTAL_BAR,
                // E: 10 - (0.4 + 0.5 + 0.5) / 3 = 10 - 0.466 (truncated) = 9.534; 5.9 + 9.534 - 0.1 = 15.334
                judged("A", null, routine("5.9", "0.1", "0.5", "0.4", "0.6", "0.3", "0.5")),
                // E 8.834 (deductions 1.2 1.1 1.2 1.1 1.2 -> middle 1.1 1.2 1.2), D 6.5: 15.334, lower E
                judged("B", null, routine("6.5", null, "1.2", "1.1", "1.2", "1.1", "1.2")),
                // Same D and E as A, no penalty: ahead.
                judged("C", null, routine("5.9", null, "0.5", "0.4", "0.6", "0.3", "0.5")),
                // Same total and E as A: shares the place.
                judged("D", null, routine("5.9", "0.1", "0.3", "0.5", "0.4", "0.5", "0.6")));

        assertThat(entries).extracting(e -> e.competitorCode() + " " + e.value() + " " + e.rank() + (e.rankEqual() ? "=" : ""))
                .containsExactly("A 15.334 2=", "B 15.334 4", "C 15.434 1", "D 15.334 2=");
        assertThat(entries.getFirst().attempts()).containsExactly("D5.9:0.5/0.4/0.6/0.3/0.5:P0.1");
    }

    @Test
    void twoVaultsScoreTheirAverage() {
        var entries = rank(VAULT, judged("A", null,
                routine("5.6", null, "0.6", "0.6", "0.7", "0.5", "0.6"),     // 5.6 + 9.4 = 15.000
                routine("5.4", "0.1", "0.7", "0.8", "0.8", "0.8", "0.9")));  // 5.4 + 9.2 - 0.1 = 14.500

        assertThat(entries.getFirst().value()).isEqualTo("14.750");
    }

    @Test
    void refusesMarksThatAreNotThoseOfTheSportNamingTheField() {
        assertRefused(PLATFORM, judged("A", null, dive("3.6", "8", "8", "8", "8", "8", "8")), "entries[0].judging[0].marks", "7 or 5 awards");
        assertRefused(PLATFORM, judged("A", null, dive("3.6", "8.3", "8", "8", "8", "8")), "entries[0].judging[0].marks", "half points");
        assertRefused(PLATFORM, judged("A", null, dive("3.65", "8", "8", "8", "8", "8")), "entries[0].judging[0].difficulty", "tenths");
        assertRefused(PLATFORM, judged("A", "99.00", dive("3.0", "8", "8", "8", "8", "8")), "entries[0].value", "72.00");
        assertRefused(HORIZONTAL_BAR, judged("A", null, routine("5.9", "-0.1", "0.5", "0.4", "0.6", "0.3")), "entries[0].judging[0].penalty", "not negative");
        assertRefused(HORIZONTAL_BAR, judged("A", null, routine("5.9", null, "0.5", "0.4", "0.6")), "entries[0].judging[0].marks", "4 to 7");
        assertRefused("ATHM100M--------------FNL-000100--", judged("A", null, dive("3.0", "8", "8", "8", "8", "8")),
                "entries[0].judging", "diving and artistic gymnastics");
    }

    private static void assertRefused(String unitCode, ResultMessage.Line line, String field, String reason) {
        assertThatThrownBy(() -> rank(unitCode, line)).isInstanceOfSatisfying(ResultRefused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(reason);
        });
    }
}
