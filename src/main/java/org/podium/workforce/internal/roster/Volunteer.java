package org.podium.workforce.internal.roster;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * A selected volunteer as the roster sees one: what the hard rules need (days available, skills,
 * spoken languages, age on the first day of the Games) and what the soft ones weigh (the area they
 * asked for, the minutes already rostered in earlier weeks, which fairness counts too).
 *
 * @param skills functional areas the volunteer is qualified and trained for
 */
public record Volunteer(@PlanningId long id, String code, int age, Set<String> skills, Set<String> languages,
                        Set<LocalDate> availableDays, String venue, @Nullable String preferredArea, long priorMinutes) {

    public boolean availableOn(LocalDate day) {
        return availableDays.contains(day);
    }

    public Volunteer withPriorMinutes(long minutes) {
        return new Volunteer(id, code, age, skills, languages, availableDays, venue, preferredArea, minutes);
    }

    public Volunteer unavailableFrom(LocalDate day) {
        var days = availableDays.stream().filter(d -> d.isBefore(day)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new Volunteer(id, code, age, skills, languages, days, venue, preferredArea, priorMinutes);
    }

    /** One volunteer is one person whatever their rostered minutes say: equal by id. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Volunteer volunteer && volunteer.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return code;
    }
}
