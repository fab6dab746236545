package org.podium.workforce.internal.roster;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * One roster problem: a venue's volunteers and shifts for one week (or a slice of one), with the
 * shifts of the day before that week pinned so that rest across the boundary counts.
 * Hard: the law and the role; medium: shifts left empty; soft: preferences, fairness, continuity.
 */
@PlanningSolution
public class Roster {

    @ProblemFactCollectionProperty
    private List<Volunteer> volunteers;
    @PlanningEntityCollectionProperty
    private List<Shift> shifts;
    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    @SuppressWarnings("NullAway.Init")
    Roster() {
    }

    public Roster(List<Volunteer> volunteers, List<Shift> shifts) {
        this.volunteers = volunteers;
        this.shifts = shifts;
    }

    public List<Volunteer> getVolunteers() {
        return volunteers;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }
}
