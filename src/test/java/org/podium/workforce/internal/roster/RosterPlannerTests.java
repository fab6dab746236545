package org.podium.workforce.internal.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The solver's roster of a realistic slice, re-checked by the plain-Java validator (not the score
 * director), compared with the greedy baseline on the same data, and re-planned after a no-show.
 */
class RosterPlannerTests {

    private static RosterPlanner planner;

    @BeforeAll
    static void planner() {
        planner = new RosterPlanner(Duration.ofMillis(500), Duration.ofSeconds(3), 2);
    }

    @AfterAll
    static void close() {
        planner.close();
    }

    @Test
    void solvedSliceKeepsEveryHardRuleAsTheIndependentValidatorReadsIt() {
        var slice = new RosterSlice(170, 17);
        var outcome = planner.plan(slice.volunteers, slice.shifts);

        assertThat(RosterRules.violations(slice.shifts)).isEmpty();
        assertThat(outcome.score().hardScore()).isZero();
        var filled = slice.shifts.stream().filter(s -> s.getVolunteer() != null).count();
        assertThat(filled).isGreaterThan(slice.shifts.size() * 8 / 10);

        var greedy = new RosterSlice(170, 17);
        RosterPlanner.firstFit(greedy.volunteers, greedy.shifts);
        assertThat(RosterRules.violations(greedy.shifts)).isEmpty();
        var greedyFilled = greedy.shifts.stream().filter(s -> s.getVolunteer() != null).count();
        // The solver fills at least what first-fit fills, and spreads the hours far more evenly.
        System.out.printf("slice: timefold %d filled, std dev %.2f h; first-fit %d filled, std dev %.2f h (of %d)%n", filled,
                RosterPlanner.hoursStandardDeviation(slice.volunteers, slice.shifts), greedyFilled,
                RosterPlanner.hoursStandardDeviation(greedy.volunteers, greedy.shifts), slice.shifts.size());
        assertThat(filled).isGreaterThanOrEqualTo(greedyFilled);
        assertThat(RosterPlanner.hoursStandardDeviation(slice.volunteers, slice.shifts))
                .isLessThan(RosterPlanner.hoursStandardDeviation(greedy.volunteers, greedy.shifts));
    }

    @Test
    void theValidatorFindsWhatTheConstraintsPenalise() {
        var slice = new RosterSlice(40, 3);
        var anyone = slice.volunteers.getFirst();
        // Everyone on everything: every rule broken somewhere.
        slice.shifts.forEach(s -> s.setVolunteer(anyone));
        var rules = RosterRules.violations(slice.shifts).stream().map(RosterRules.Violation::rule).collect(Collectors.toSet());
        var penalisedHard = RosterRules.breakdown(slice.shifts).stream()
                .filter(share -> share.hard() < 0).map(RosterRules.Share::constraint).collect(Collectors.toSet());
        assertThat(rules).isEqualTo(penalisedHard)
                .contains(RosterConstraints.NO_OVERLAP, RosterConstraints.DAILY_LIMIT, RosterConstraints.WEEKLY_LIMIT,
                        RosterConstraints.AVAILABILITY, RosterConstraints.SKILL);
        assertBreakdownAddsUpToTheSolversScore(slice);
    }

    @Test
    void theBreakdownOfASolvedRosterAddsUpToTheSolversScore() {
        var slice = new RosterSlice(120, 5);
        planner.plan(slice.volunteers, slice.shifts);
        assertBreakdownAddsUpToTheSolversScore(slice);
    }

    /** Plain Java against Timefold's score director: the page's explanation and the solver agree. */
    private static void assertBreakdownAddsUpToTheSolversScore(RosterSlice slice) {
        var shares = RosterRules.breakdown(slice.shifts);
        var score = planner.score(new RosterRoster(slice).roster());
        assertThat(shares.stream().mapToLong(RosterRules.Share::hard).sum()).isEqualTo(score.hardScore());
        assertThat(shares.stream().mapToLong(RosterRules.Share::medium).sum()).isEqualTo(score.mediumScore());
        assertThat(shares.stream().mapToLong(RosterRules.Share::soft).sum()).isEqualTo(score.softScore());
    }

    @Test
    void aNoShowIsReplannedInTheDraftWindowOnlyAndPublishedShiftsStay() {
        var slice = new RosterSlice(170, 29);
        planner.plan(slice.volunteers, slice.shifts);
        var draftFrom = RosterSlice.FIRST.plusDays(5);
        var published = new HashMap<Long, Long>();
        for (var shift : slice.shifts) {
            if (shift.getDay().isBefore(draftFrom)) {
                shift.setPublished(true);
                published.put(shift.getId(), shift.getVolunteer() == null ? null : shift.getVolunteer().id());
            }
        }
        // The volunteer with the most draft shifts did not come on day 5 and will not come back.
        var absent = slice.shifts.stream().filter(s -> !s.isPublished() && s.getVolunteer() != null)
                .collect(Collectors.groupingBy(s -> s.getVolunteer(), Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        var volunteers = slice.volunteers.stream().map(v -> v.id() == absent.id() ? v.unavailableFrom(draftFrom) : v).toList();
        var byId = volunteers.stream().collect(Collectors.toMap(Volunteer::id, v -> v));
        slice.shifts.forEach(s -> {
            if (s.getVolunteer() != null) {
                s.setVolunteer(byId.get(s.getVolunteer().id()));
            }
        });

        var outcome = planner.plan(volunteers, slice.shifts);

        assertThat(outcome.score().hardScore()).isZero();
        assertThat(RosterRules.violations(slice.shifts)).isEmpty();
        for (var shift : slice.shifts) {
            if (shift.isPublished()) {
                assertThat(shift.getVolunteer() == null ? null : shift.getVolunteer().id()).isEqualTo(published.get(shift.getId()));
            } else if (shift.getVolunteer() != null) {
                assertThat(shift.getVolunteer().id()).isNotEqualTo(absent.id());
            }
        }
    }

    /** The slice as one Roster for the score analysis (every volunteer a candidate of every shift). */
    private record RosterRoster(RosterSlice slice) {
        Roster roster() {
            slice.shifts.forEach(s -> s.setCandidates(s.getVolunteer() == null ? List.of() : List.of(s.getVolunteer())));
            return new Roster(slice.volunteers, slice.shifts);
        }
    }
}
