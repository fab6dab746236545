package org.podium.workforce.internal.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.podium.platform.WorkingTime;

/**
 * The working-time and role rules written once as plain Java, independent of the solver: the
 * validator that re-checks a solved roster, the greedy baseline and the no-show replacement
 * suggestions use them; the working-time part is {@link WorkingTime}, shared with transport's drivers. The solver's constraints
 * ({@link RosterConstraints}) state the same rules as streams; the tests hold the two to each other.
 */
public final class RosterRules {

    public static final int MAX_MINUTES_A_DAY = WorkingTime.MAX_MINUTES_A_DAY;
    public static final int MAX_MINUTES_A_WEEK = WorkingTime.MAX_MINUTES_A_WEEK;
    public static final int MIN_REST_HOURS = WorkingTime.MIN_REST_HOURS;
    static final int SHORT_DAY_MINUTES = 4 * 60;
    static final int PREFERENCE_WEIGHT = 60;
    static final int CONTINUITY_WEIGHT = 120;
    static final int SHORT_DAY_WEIGHT = 120;

    /** A broken rule, named as the constraint that penalises it. */
    public record Violation(String rule, String volunteer, String detail) {}

    private RosterRules() {
    }

    static int overlapMinutes(Shift a, Shift b) {
        var start = a.getStart().isAfter(b.getStart()) ? a.getStart() : b.getStart();
        var end = a.getEnd().isBefore(b.getEnd()) ? a.getEnd() : b.getEnd();
        return (int) Duration.between(start, end).toMinutes();
    }

    static int missingRestMinutes(Shift a, Shift b) {
        var first = a.getStart().isBefore(b.getStart()) ? a : b;
        var second = first == a ? b : a;
        return (int) Duration.between(second.getStart(), first.restUntil()).toMinutes();
    }

    /** Hours squared (in minutes, over 3,600 to stay readable), counting minutes from earlier weeks. */
    static long fairnessCost(Volunteer volunteer, long minutes) {
        var total = volunteer.priorMinutes() + minutes;
        var prior = volunteer.priorMinutes();
        return (total * total - prior * prior) / 3_600;
    }

    /** Whether the volunteer may take the shift at all, before looking at their other shifts. */
    public static boolean qualifies(Volunteer volunteer, Shift shift) {
        return volunteer.availableOn(shift.getDay())
                && volunteer.skills().contains(shift.getArea())
                && (shift.getLanguage() == null || volunteer.languages().contains(shift.getLanguage()))
                && volunteer.age() >= shift.getMinimumAge();
    }

    /** Whether the volunteer may take the shift given the shifts they already hold. */
    public static boolean fits(Volunteer volunteer, List<Shift> held, Shift shift) {
        return qualifies(volunteer, shift) && WorkingTime.fits(held, shift);
    }

    /** Every hard rule over a whole roster, volunteer by volunteer. */
    public static List<Violation> violations(List<Shift> shifts) {
        var byVolunteer = new HashMap<Volunteer, List<Shift>>();
        for (var shift : shifts) {
            if (shift.getVolunteer() != null) {
                byVolunteer.computeIfAbsent(shift.getVolunteer(), v -> new ArrayList<>()).add(shift);
            }
        }
        var violations = new ArrayList<Violation>();
        byVolunteer.forEach((volunteer, held) -> violations.addAll(violations(volunteer, held)));
        return violations;
    }

    static List<Violation> violations(Volunteer volunteer, List<Shift> held) {
        var found = new ArrayList<Violation>();
        for (var shift : held) {
            if (!volunteer.availableOn(shift.getDay())) {
                found.add(new Violation(RosterConstraints.AVAILABILITY, volunteer.code(), shift.toString()));
            }
            if (!volunteer.skills().contains(shift.getArea())) {
                found.add(new Violation(RosterConstraints.SKILL, volunteer.code(), shift.toString()));
            }
            if (shift.getLanguage() != null && !volunteer.languages().contains(shift.getLanguage())) {
                found.add(new Violation(RosterConstraints.LANGUAGE, volunteer.code(), shift.toString()));
            }
            if (volunteer.age() < shift.getMinimumAge()) {
                found.add(new Violation(RosterConstraints.MINIMUM_AGE, volunteer.code(), shift.toString()));
            }
        }
        for (var breach : WorkingTime.breaches(held)) {
            var rule = switch (breach.rule()) {
                case NO_OVERLAP -> RosterConstraints.NO_OVERLAP;
                case REST -> RosterConstraints.REST;
                case DAILY_LIMIT -> RosterConstraints.DAILY_LIMIT;
                case WEEKLY_LIMIT -> RosterConstraints.WEEKLY_LIMIT;
            };
            found.add(new Violation(rule, volunteer.code(), breach.detail()));
        }
        return found;
    }

    /** One constraint's share of a roster's score, as this class computes it (negative: a penalty). */
    public record Share(String constraint, long hard, long medium, long soft) {}

    /**
     * The roster's score constraint by constraint, computed here in plain Java: the managers' page
     * shows it, and the tests hold its total to the solver's own score. (Timefold's score analysis
     * is a commercial feature since 2.0.)
     */
    public static List<Share> breakdown(List<Shift> shifts) {
        var totals = new java.util.LinkedHashMap<String, long[]>();
        for (var name : List.of(RosterConstraints.AVAILABILITY, RosterConstraints.SKILL, RosterConstraints.LANGUAGE,
                RosterConstraints.MINIMUM_AGE, RosterConstraints.NO_OVERLAP, RosterConstraints.REST, RosterConstraints.DAILY_LIMIT,
                RosterConstraints.WEEKLY_LIMIT, RosterConstraints.UNFILLED, RosterConstraints.PREFERENCE, RosterConstraints.FAIRNESS,
                RosterConstraints.CONTINUITY, RosterConstraints.SHORT_DAY)) {
            totals.put(name, new long[3]);
        }
        var byVolunteer = new HashMap<Volunteer, List<Shift>>();
        for (var shift : shifts) {
            var volunteer = shift.getVolunteer();
            if (volunteer == null) {
                totals.get(RosterConstraints.UNFILLED)[1] -= shift.getMinutes();
                continue;
            }
            byVolunteer.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(shift);
            if (!volunteer.availableOn(shift.getDay())) {
                totals.get(RosterConstraints.AVAILABILITY)[0] -= shift.getMinutes();
            }
            if (!volunteer.skills().contains(shift.getArea())) {
                totals.get(RosterConstraints.SKILL)[0] -= shift.getMinutes();
            }
            if (shift.getLanguage() != null && !volunteer.languages().contains(shift.getLanguage())) {
                totals.get(RosterConstraints.LANGUAGE)[0] -= shift.getMinutes();
            }
            if (volunteer.age() < shift.getMinimumAge()) {
                totals.get(RosterConstraints.MINIMUM_AGE)[0] -= shift.getMinutes();
            }
            if (volunteer.preferredArea() != null && !shift.getArea().equals(volunteer.preferredArea())) {
                totals.get(RosterConstraints.PREFERENCE)[2] -= PREFERENCE_WEIGHT;
            }
        }
        byVolunteer.forEach((volunteer, held) -> {
            for (var i = 0; i < held.size(); i++) {
                for (var j = i + 1; j < held.size(); j++) {
                    var a = held.get(i);
                    var b = held.get(j);
                    if (a.overlaps(b)) {
                        totals.get(RosterConstraints.NO_OVERLAP)[0] -= overlapMinutes(a, b);
                    } else if (!a.getDay().equals(b.getDay()) && WorkingTime.restMinutes(a, b) < MIN_REST_HOURS * 60L) {
                        totals.get(RosterConstraints.REST)[0] -= missingRestMinutes(a, b);
                    }
                }
            }
            var perDay = new HashMap<LocalDate, Long>();
            var perWeek = new HashMap<Integer, Long>();
            var minutes = 0L;
            for (var shift : held) {
                perDay.merge(shift.getDay(), (long) shift.getMinutes(), Long::sum);
                perWeek.merge(shift.getWeek(), (long) shift.getMinutes(), Long::sum);
                minutes += shift.getMinutes();
            }
            perDay.values().forEach(m -> {
                totals.get(RosterConstraints.DAILY_LIMIT)[0] -= Math.max(0, m - MAX_MINUTES_A_DAY);
                totals.get(RosterConstraints.SHORT_DAY)[2] -= m < SHORT_DAY_MINUTES ? SHORT_DAY_WEIGHT : 0;
            });
            perWeek.values().forEach(m -> totals.get(RosterConstraints.WEEKLY_LIMIT)[0] -= Math.max(0, m - MAX_MINUTES_A_WEEK));
            totals.get(RosterConstraints.FAIRNESS)[2] -= fairnessCost(volunteer, minutes);
            var areas = held.stream().map(Shift::getArea).distinct().count();
            totals.get(RosterConstraints.CONTINUITY)[2] -= (areas - 1) * CONTINUITY_WEIGHT;
        });
        return totals.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Minutes per volunteer (zero for those without a shift): what the fairness figure reads. */
    public static Map<Volunteer, Long> minutesPerVolunteer(List<Volunteer> volunteers, List<Shift> shifts) {
        var minutes = new HashMap<Volunteer, Long>();
        volunteers.forEach(v -> minutes.put(v, 0L));
        shifts.stream().filter(s -> s.getVolunteer() != null).forEach(s -> minutes.merge(s.getVolunteer(), (long) s.getMinutes(), Long::sum));
        return minutes;
    }
}
