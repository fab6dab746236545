package org.podium.workforce.internal.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

/** Each rule of the roster, broken and kept, through Timefold's ConstraintVerifier. */
class RosterConstraintsTests {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 29);
    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, Shift.class);
    private final AtomicLong ids = new AtomicLong();

    private static Volunteer volunteer(int age, Set<String> skills, Set<String> languages, Set<LocalDate> days) {
        return new Volunteer(1, "V1", age, skills, languages, days, "bercy-arena", "SPECTATOR", 0);
    }

    private static final Volunteer ANNE = volunteer(25, Set.of("SPECTATOR", "MEDICAL"), Set.of("fr", "en"),
            Set.of(DAY, DAY.plusDays(1), DAY.plusDays(2)));

    private Shift shift(String area, LocalDateTime start, LocalDateTime end, Volunteer volunteer) {
        return shift(area, start, end, null, 18, volunteer);
    }

    private Shift shift(String area, LocalDateTime start, LocalDateTime end, String language, int minimumAge, Volunteer volunteer) {
        var shift = new Shift(ids.incrementAndGet(), "bercy-arena", area, start, end, language, minimumAge, List.of(volunteer));
        shift.setVolunteer(volunteer);
        return shift;
    }

    private static LocalDateTime at(int dayOffset, int hour) {
        return DAY.plusDays(dayOffset).atTime(hour, 0);
    }

    @Test
    void availability() {
        verifier.verifyThat(RosterConstraints::availability).given(shift("SPECTATOR", at(5, 8), at(5, 14), ANNE)).penalizesBy(360);
        verifier.verifyThat(RosterConstraints::availability).given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE)).hasNoImpact();
    }

    @Test
    void skill() {
        verifier.verifyThat(RosterConstraints::skill).given(shift("TRANSPORT", at(0, 8), at(0, 12), ANNE)).penalizesBy(240);
        verifier.verifyThat(RosterConstraints::skill).given(shift("MEDICAL", at(0, 8), at(0, 12), ANNE)).hasNoImpact();
    }

    @Test
    void language() {
        var monolingual = volunteer(30, Set.of("PRESS"), Set.of("fr"), Set.of(DAY));
        verifier.verifyThat(RosterConstraints::language).given(shift("PRESS", at(0, 8), at(0, 12), "en", 18, monolingual)).penalizesBy(240);
        verifier.verifyThat(RosterConstraints::language).given(shift("PRESS", at(0, 8), at(0, 12), "fr", 18, monolingual)).hasNoImpact();
        verifier.verifyThat(RosterConstraints::language).given(shift("PRESS", at(0, 8), at(0, 12), null, 18, monolingual)).hasNoImpact();
    }

    @Test
    void minimumAge() {
        var young = volunteer(19, Set.of("TRANSPORT"), Set.of("fr"), Set.of(DAY));
        verifier.verifyThat(RosterConstraints::minimumAge).given(shift("TRANSPORT", at(0, 8), at(0, 12), null, 21, young)).penalizesBy(240);
        verifier.verifyThat(RosterConstraints::minimumAge).given(shift("TRANSPORT", at(0, 8), at(0, 12), null, 21, ANNE)).hasNoImpact();
    }

    @Test
    void noOverlap() {
        verifier.verifyThat(RosterConstraints::noOverlap)
                .given(shift("SPECTATOR", at(0, 8), at(0, 12), ANNE), shift("MEDICAL", at(0, 11), at(0, 15), ANNE))
                .penalizesBy(60);
        verifier.verifyThat(RosterConstraints::noOverlap)
                .given(shift("SPECTATOR", at(0, 8), at(0, 12), ANNE), shift("MEDICAL", at(0, 12), at(0, 15), ANNE))
                .hasNoImpact();
    }

    @Test
    void rest() {
        // Ends at 23:00, starts again at 07:00: 8 hours' rest, 3 missing (180 minutes).
        verifier.verifyThat(RosterConstraints::rest)
                .given(shift("SPECTATOR", at(0, 17), at(0, 23), ANNE), shift("SPECTATOR", at(1, 7), at(1, 12), ANNE))
                .penalizesBy(180);
        verifier.verifyThat(RosterConstraints::rest)
                .given(shift("SPECTATOR", at(0, 17), at(0, 22), ANNE), shift("SPECTATOR", at(1, 9), at(1, 14), ANNE))
                .hasNoImpact();
        // Two shifts on one day with a lunch break between them are one working day, not a short rest.
        verifier.verifyThat(RosterConstraints::rest)
                .given(shift("SPECTATOR", at(0, 8), at(0, 12), ANNE), shift("SPECTATOR", at(0, 13), at(0, 17), ANNE))
                .hasNoImpact();
    }

    @Test
    void dailyLimit() {
        verifier.verifyThat(RosterConstraints::dailyLimit)
                .given(shift("SPECTATOR", at(0, 7), at(0, 18), ANNE))
                .penalizesBy(60);
        verifier.verifyThat(RosterConstraints::dailyLimit)
                .given(shift("SPECTATOR", at(0, 7), at(0, 17), ANNE))
                .hasNoImpact();
    }

    @Test
    void weeklyLimit() {
        // Monday to Friday, 10 hours a day: 50 hours, two over.
        var week = new Shift[5];
        for (var d = 0; d < 5; d++) {
            week[d] = shift("SPECTATOR", at(d, 8), at(d, 18), ANNE);
        }
        verifier.verifyThat(RosterConstraints::weeklyLimit).given((Object[]) week).penalizesBy(120);
        verifier.verifyThat(RosterConstraints::weeklyLimit).given((Object[]) java.util.Arrays.copyOf(week, 4)).hasNoImpact();
    }

    @Test
    void unfilled() {
        var empty = new Shift(99, "bercy-arena", "SPECTATOR", at(0, 8), at(0, 14), null, 18, List.of(ANNE));
        verifier.verifyThat(RosterConstraints::unfilled).given(empty).penalizesBy(360);
        verifier.verifyThat(RosterConstraints::unfilled).given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE)).hasNoImpact();
    }

    @Test
    void preference() {
        verifier.verifyThat(RosterConstraints::preference).given(shift("MEDICAL", at(0, 8), at(0, 14), ANNE)).penalizes(1);
        verifier.verifyThat(RosterConstraints::preference).given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE)).hasNoImpact();
    }

    @Test
    void fairnessCountsEarlierWeeks() {
        // 6 hours for a volunteer without earlier hours: 36; for one with 40 hours already: 46² - 40² = 516.
        verifier.verifyThat(RosterConstraints::fairness).given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE)).penalizesBy(36);
        verifier.verifyThat(RosterConstraints::fairness)
                .given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE.withPriorMinutes(40 * 60))).penalizesBy(516);
    }

    @Test
    void continuity() {
        verifier.verifyThat(RosterConstraints::continuity)
                .given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE), shift("MEDICAL", at(1, 8), at(1, 14), ANNE))
                .penalizes(1);
        verifier.verifyThat(RosterConstraints::continuity)
                .given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE), shift("SPECTATOR", at(1, 8), at(1, 14), ANNE))
                .hasNoImpact();
    }

    @Test
    void shortDay() {
        verifier.verifyThat(RosterConstraints::shortDay).given(shift("SPECTATOR", at(0, 8), at(0, 11), ANNE)).penalizes(1);
        verifier.verifyThat(RosterConstraints::shortDay).given(shift("SPECTATOR", at(0, 8), at(0, 14), ANNE)).hasNoImpact();
    }
}
