package org.podium.platform;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The working-time rules of everyone the organiser rosters, written once: volunteers (workforce)
 * and drivers (transport) obey the same limits. At most 10 hours a day, 48 hours in an ISO week,
 * 11 hours' rest between two working days (Code du travail L3131-1, as the volunteer charter took
 * it up). Two stints on one day with a break between them are one working day: the daily limit is
 * their business, not the rest rule.
 */
public final class WorkingTime {

    public static final int MAX_MINUTES_A_DAY = 10 * 60;
    public static final int MAX_MINUTES_A_WEEK = 48 * 60;
    public static final int MIN_REST_HOURS = 11;

    /** A period of work: a volunteer's shift, a driver's shift. It never crosses midnight. */
    public interface Stint {
        LocalDateTime start();

        LocalDateTime end();

        default LocalDate day() {
            return start().toLocalDate();
        }

        default int minutes() {
            return (int) ChronoUnit.MINUTES.between(start(), end());
        }

        /** The ISO week, with its week-based year (the first days of January may belong to the year before). */
        default int week() {
            return weekOf(day());
        }
    }

    public enum Rule { NO_OVERLAP, REST, DAILY_LIMIT, WEEKLY_LIMIT }

    /** A rule broken by one person's stints. */
    public record Breach(Rule rule, String detail) {}

    private WorkingTime() {
    }

    public static int weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public static boolean overlap(Stint a, Stint b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    /** Minutes from the earlier stint's end to the later one's start (negative when they overlap). */
    public static long restMinutes(Stint a, Stint b) {
        var first = a.start().isBefore(b.start()) ? a : b;
        var second = first == a ? b : a;
        return Duration.between(first.end(), second.start()).toMinutes();
    }

    /** Whether one more stint keeps a person within the rules, given the stints they already hold. */
    public static boolean fits(List<? extends Stint> held, Stint next) {
        var day = next.minutes();
        var week = next.minutes();
        for (var other : held) {
            if (overlap(other, next) || !other.day().equals(next.day()) && restMinutes(other, next) < MIN_REST_HOURS * 60L) {
                return false;
            }
            if (other.day().equals(next.day())) {
                day += other.minutes();
            }
            if (other.week() == next.week()) {
                week += other.minutes();
            }
        }
        return day <= MAX_MINUTES_A_DAY && week <= MAX_MINUTES_A_WEEK;
    }

    /** Every rule one person's stints break (empty when they keep them all). */
    public static List<Breach> breaches(List<? extends Stint> held) {
        var found = new ArrayList<Breach>();
        var sorted = held.stream().sorted(Comparator.comparing(Stint::start)).toList();
        for (var i = 1; i < sorted.size(); i++) {
            var previous = sorted.get(i - 1);
            var stint = sorted.get(i);
            var gap = Duration.between(previous.end(), stint.start()).toMinutes();
            if (gap < 0) {
                found.add(new Breach(Rule.NO_OVERLAP, previous + " / " + stint));
            } else if (gap < MIN_REST_HOURS * 60L && !previous.day().equals(stint.day())) {
                found.add(new Breach(Rule.REST, gap + " min between " + previous + " and " + stint));
            }
        }
        var perDay = new HashMap<LocalDate, Integer>();
        var perWeek = new HashMap<Integer, Integer>();
        for (var stint : sorted) {
            perDay.merge(stint.day(), stint.minutes(), Integer::sum);
            perWeek.merge(stint.week(), stint.minutes(), Integer::sum);
        }
        perDay.forEach((day, minutes) -> {
            if (minutes > MAX_MINUTES_A_DAY) {
                found.add(new Breach(Rule.DAILY_LIMIT, minutes + " min on " + day));
            }
        });
        perWeek.forEach((week, minutes) -> {
            if (minutes > MAX_MINUTES_A_WEEK) {
                found.add(new Breach(Rule.WEEKLY_LIMIT, minutes + " min in week " + week % 100 + " of " + week / 100));
            }
        });
        return found;
    }
}
