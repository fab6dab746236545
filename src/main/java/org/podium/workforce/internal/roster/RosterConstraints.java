package org.podium.workforce.internal.roster;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The roster's rules. Hard ones are the French working-time limits volunteers work under and what a
 * role needs; they are penalised by how far they are broken (minutes), so the solver can tell a
 * near miss from a gross one. Soft weights are documented in docs/modules/workforce.md.
 */
public class RosterConstraints implements ConstraintProvider {

    public static final String AVAILABILITY = "Volunteer available that day";
    public static final String SKILL = "Required skill";
    public static final String LANGUAGE = "Required language";
    public static final String MINIMUM_AGE = "Minimum age";
    public static final String NO_OVERLAP = "No overlapping shifts";
    public static final String REST = "At least 11 hours' rest";
    public static final String DAILY_LIMIT = "At most 10 hours a day";
    public static final String WEEKLY_LIMIT = "At most 48 hours a week";
    public static final String UNFILLED = "Shift filled";
    public static final String PREFERENCE = "Preferred functional area";
    public static final String FAIRNESS = "Hours spread evenly";
    public static final String CONTINUITY = "Same team";
    public static final String SHORT_DAY = "No day with a single short shift";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            availability(factory), skill(factory), language(factory), minimumAge(factory),
            noOverlap(factory), rest(factory), dailyLimit(factory), weeklyLimit(factory),
            unfilled(factory),
            preference(factory), fairness(factory), continuity(factory), shortDay(factory)
        };
    }

    Constraint availability(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> !shift.getVolunteer().availableOn(shift.getDay()))
                .penalize(HardMediumSoftScore.ONE_HARD, Shift::getMinutes)
                .asConstraint(AVAILABILITY);
    }

    Constraint skill(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> !shift.getVolunteer().skills().contains(shift.getArea()))
                .penalize(HardMediumSoftScore.ONE_HARD, Shift::getMinutes)
                .asConstraint(SKILL);
    }

    Constraint language(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getLanguage() != null && !shift.getVolunteer().languages().contains(shift.getLanguage()))
                .penalize(HardMediumSoftScore.ONE_HARD, Shift::getMinutes)
                .asConstraint(LANGUAGE);
    }

    Constraint minimumAge(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getVolunteer().age() < shift.getMinimumAge())
                .penalize(HardMediumSoftScore.ONE_HARD, Shift::getMinutes)
                .asConstraint(MINIMUM_AGE);
    }

    Constraint noOverlap(ConstraintFactory factory) {
        return factory.forEachUniquePair(Shift.class, equal(Shift::getVolunteer), overlapping(Shift::getStart, Shift::getEnd))
                .penalize(HardMediumSoftScore.ONE_HARD, RosterRules::overlapMinutes)
                .asConstraint(NO_OVERLAP);
    }

    /**
     * Daily rest (Code du travail L3131-1: eleven consecutive hours): two shifts of one volunteer on
     * different days with less than 11 hours between them. Two shifts on one day with a break between
     * them are one working day (its length is the daily limit's business).
     */
    Constraint rest(ConstraintFactory factory) {
        return factory.forEachUniquePair(Shift.class, equal(Shift::getVolunteer), overlapping(Shift::getStart, Shift::restUntil))
                .filter((a, b) -> !a.getDay().equals(b.getDay()) && !a.overlaps(b))
                .penalize(HardMediumSoftScore.ONE_HARD, RosterRules::missingRestMinutes)
                .asConstraint(REST);
    }

    Constraint dailyLimit(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .groupBy(Shift::getVolunteer, Shift::getDay, sum(Shift::getMinutes))
                .filter((volunteer, day, minutes) -> minutes > RosterRules.MAX_MINUTES_A_DAY)
                .penalize(HardMediumSoftScore.ONE_HARD, (volunteer, day, minutes) -> minutes - RosterRules.MAX_MINUTES_A_DAY)
                .asConstraint(DAILY_LIMIT);
    }

    Constraint weeklyLimit(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .groupBy(Shift::getVolunteer, Shift::getWeek, sum(Shift::getMinutes))
                .filter((volunteer, week, minutes) -> minutes > RosterRules.MAX_MINUTES_A_WEEK)
                .penalize(HardMediumSoftScore.ONE_HARD, (volunteer, week, minutes) -> minutes - RosterRules.MAX_MINUTES_A_WEEK)
                .asConstraint(WEEKLY_LIMIT);
    }

    /** Medium: a position left empty, by its minutes (a long gap costs more than a short one). */
    Constraint unfilled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Shift.class)
                .filter(shift -> shift.getVolunteer() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Shift::getMinutes)
                .asConstraint(UNFILLED);
    }

    Constraint preference(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .filter(shift -> shift.getVolunteer().preferredArea() != null && !shift.getArea().equals(shift.getVolunteer().preferredArea()))
                .penalize(HardMediumSoftScore.ofSoft(RosterRules.PREFERENCE_WEIGHT))
                .asConstraint(PREFERENCE);
    }

    /**
     * Squared hours per volunteer, counting the weeks already rostered: adding a shift to someone
     * who already has many hours costs more than giving it to someone with few.
     */
    Constraint fairness(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .groupBy(Shift::getVolunteer, sum(Shift::getMinutes))
                .penalize(HardMediumSoftScore.ONE_SOFT, RosterRules::fairnessCost)
                .asConstraint(FAIRNESS);
    }

    /** Each functional area beyond the first a volunteer works in during the week: a new team to join. */
    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .groupBy(Shift::getVolunteer, countDistinct(Shift::getArea))
                .filter((volunteer, areas) -> areas > 1)
                .penalize(HardMediumSoftScore.ofSoft(RosterRules.CONTINUITY_WEIGHT), (volunteer, areas) -> (int) (areas - 1))
                .asConstraint(CONTINUITY);
    }

    /** Travelling to a venue for a short shift only is a poor day for a volunteer. */
    Constraint shortDay(ConstraintFactory factory) {
        return factory.forEach(Shift.class)
                .groupBy(Shift::getVolunteer, Shift::getDay, sum(Shift::getMinutes))
                .filter((volunteer, day, minutes) -> minutes < RosterRules.SHORT_DAY_MINUTES)
                .penalize(HardMediumSoftScore.ofSoft(RosterRules.SHORT_DAY_WEIGHT))
                .asConstraint(SHORT_DAY);
    }
}
