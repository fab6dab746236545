package org.podium.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.podium.workforce.internal.roster.Shift;
import org.podium.workforce.internal.roster.Volunteer;

/** A no-show's replacements keep every hard rule, fewest hours first. */
class ReplacementTests {

    private static final LocalDate DAY = LocalDate.of(2024, 8, 1);

    private static Volunteer volunteer(long id, Set<String> skills, Set<LocalDate> days) {
        return new Volunteer(id, "V" + id, 30, skills, Set.of("fr", "en"), days, "bercy-arena", "SPECTATOR", 0);
    }

    private static Shift shift(long id, LocalDate day, int from, int to, Volunteer holder) {
        var shift = new Shift(id, "bercy-arena", "SPECTATOR", day.atTime(from, 0), to == 24 ? day.plusDays(1).atStartOfDay() : day.atTime(to, 0),
                "fr", 18, List.of());
        shift.setVolunteer(holder);
        return shift;
    }

    @Test
    void suggestsOnlyThoseWhoCanLawfullyTakeTheShift() {
        var days = Set.of(DAY.minusDays(1), DAY);
        var absent = volunteer(1, Set.of("SPECTATOR"), days);
        var sameDayMorning = volunteer(2, Set.of("SPECTATOR"), days);   // 07-13 then 13-19: 12 h in a day
        var lateYesterday = volunteer(3, Set.of("SPECTATOR"), days);    // until 23:00 yesterday: 14 h rest, fine
        var notAvailable = volunteer(4, Set.of("SPECTATOR"), Set.of(DAY.minusDays(1)));
        var otherSkill = volunteer(5, Set.of("MEDICAL"), days);
        var free = volunteer(6, Set.of("SPECTATOR"), days);
        var shortRest = volunteer(7, Set.of("SPECTATOR"), Set.of(DAY, DAY.plusDays(1)));  // starts 05:00 tomorrow: 10 h rest
        var shifts = new ArrayList<Shift>();
        shifts.add(shift(100, DAY, 13, 19, absent));
        shifts.add(shift(101, DAY, 7, 13, sameDayMorning));
        shifts.add(shift(102, DAY.minusDays(1), 17, 23, lateYesterday));
        shifts.add(shift(103, DAY.plusDays(1), 5, 11, shortRest));
        var missed = new Attendance.ShiftLine(100, "bercy-arena", "SPECTATOR", DAY.atTime(13, 0), DAY.atTime(19, 0), "V1", "A", null, null, true, true);

        var suggested = Attendance.replacements(missed,
                List.of(absent, sameDayMorning, lateYesterday, notAvailable, otherSkill, free, shortRest), shifts);

        assertThat(suggested).containsExactly("V6", "V3");
    }
}
