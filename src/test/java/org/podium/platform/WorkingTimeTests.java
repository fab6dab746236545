package org.podium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.platform.WorkingTime.Rule;

/** The limits of the brief (10 h a day, 48 h a week, 11 h between days), at their edges. */
class WorkingTimeTests {

    record Stint(LocalDateTime start, LocalDateTime end) implements WorkingTime.Stint {}

    static Stint on(String day, int fromHour, int toHour) {
        var date = LocalDate.parse(day);
        return new Stint(date.atTime(fromHour, 0), toHour == 24 ? date.plusDays(1).atStartOfDay() : date.atTime(toHour, 0));
    }

    @Test
    void elevenHoursBetweenDaysIsEnoughTenAndAHalfIsNot() {
        assertThat(WorkingTime.fits(List.of(on("2024-07-27", 13, 22)), on("2024-07-28", 9, 15))).isTrue();
        var early = new Stint(LocalDate.parse("2024-07-28").atTime(8, 30), LocalDate.parse("2024-07-28").atTime(14, 0));
        assertThat(WorkingTime.fits(List.of(on("2024-07-27", 13, 22)), early)).isFalse();
        assertThat(WorkingTime.breaches(List.of(on("2024-07-27", 13, 22), early)))
                .extracting(WorkingTime.Breach::rule).containsExactly(Rule.REST);
    }

    @Test
    void tenHoursADayAcrossTwoStintsAndNotOneMinuteMore() {
        var morning = on("2024-07-27", 6, 11);
        assertThat(WorkingTime.fits(List.of(morning), on("2024-07-27", 14, 19))).isTrue();
        assertThat(WorkingTime.fits(List.of(morning), on("2024-07-27", 14, 20))).isFalse();
        assertThat(WorkingTime.breaches(List.of(morning, on("2024-07-27", 14, 20))))
                .extracting(WorkingTime.Breach::rule).containsExactly(Rule.DAILY_LIMIT);
    }

    @Test
    void fortyEightHoursInAnIsoWeek() {
        // Monday 22 to Saturday 27 July 2024: six days of 8 h = 48 h; a seventh day on Sunday 28 breaks it.
        var week = new java.util.ArrayList<Stint>();
        for (var day = 22; day <= 27; day++) {
            week.add(on("2024-07-" + day, 8, 16));
        }
        assertThat(WorkingTime.breaches(week)).isEmpty();
        assertThat(WorkingTime.fits(week, on("2024-07-28", 8, 9))).isFalse();
        // Monday 29 is the next ISO week.
        assertThat(WorkingTime.fits(week, on("2024-07-29", 8, 16))).isTrue();
    }

    @Test
    void overlappingStintsAreRefused() {
        assertThat(WorkingTime.fits(List.of(on("2024-07-27", 8, 12)), on("2024-07-27", 11, 13))).isFalse();
        assertThat(WorkingTime.breaches(List.of(on("2024-07-27", 8, 12), on("2024-07-27", 11, 13))))
                .extracting(WorkingTime.Breach::rule).contains(Rule.NO_OVERLAP);
    }

    @Test
    void theIsoWeekOfTheFirstDaysOfJanuaryBelongsToTheYearBefore() {
        assertThat(WorkingTime.weekOf(LocalDate.parse("2027-01-01"))).isEqualTo(202653);
        assertThat(WorkingTime.weekOf(LocalDate.parse("2024-07-26"))).isEqualTo(202430);
    }
}
