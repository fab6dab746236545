package org.podium.games.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Derives the ticketed sessions from the schedule, the same way on every run.
 *
 * <p>Rule: take the units of one site (venue code) on one competition day, in start order; a unit
 * joins the current session unless it starts {@link #BREAK} or more after the latest end of the
 * session's units so far (a unit without an end counts as ending when it starts), in which case it
 * opens the next session: the venue is cleared between sessions. Sessions are coded
 * {@code SITE-yyyyMMdd-n}, numbered from 1 in start order. Units without a site (the opening
 * ceremony on the Seine) belong to no session.
 */
public final class SessionDerivation {

    /** The shortest pause that separates two sessions; 60 minutes gives Paris 2024's ~730 sessions. */
    public static final Duration BREAK = Duration.ofMinutes(60);

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What the rule needs of a unit. */
    public record Slot(String unitCode, @Nullable String site, LocalDate day, Instant start, @Nullable Instant end) {
        Instant endOrStart() {
            return end != null ? end : start;
        }
    }

    /** A derived session and the units in it. */
    public record Derived(String code, String site, LocalDate day, Instant start, Instant end, List<String> units) {}

    private SessionDerivation() {
    }

    public static List<Derived> derive(List<Slot> slots) {
        var bySiteAndDay = new TreeMap<String, List<Slot>>();
        for (var slot : slots) {
            if (slot.site() == null || slot.site().isEmpty()) {
                continue;
            }
            bySiteAndDay.computeIfAbsent(slot.site() + "|" + slot.day(), k -> new ArrayList<>()).add(slot);
        }
        var sessions = new ArrayList<Derived>();
        for (var group : bySiteAndDay.values()) {
            group.sort(Comparator.comparing(Slot::start).thenComparing(Slot::unitCode));
            sessions.addAll(split(group));
        }
        sessions.sort(Comparator.comparing(Derived::start).thenComparing(Derived::code));
        return sessions;
    }

    private static List<Derived> split(List<Slot> sorted) {
        var result = new ArrayList<Derived>();
        var current = new ArrayList<Slot>();
        Instant latestEnd = null;
        for (var slot : sorted) {
            if (latestEnd != null && !slot.start().isBefore(latestEnd.plus(BREAK))) {
                result.add(session(current, result.size() + 1));
                current = new ArrayList<>();
                latestEnd = null;
            }
            current.add(slot);
            latestEnd = latestEnd == null || slot.endOrStart().isAfter(latestEnd) ? slot.endOrStart() : latestEnd;
        }
        if (!current.isEmpty()) {
            result.add(session(current, result.size() + 1));
        }
        return result;
    }

    private static Derived session(List<Slot> units, int number) {
        var first = units.getFirst();
        var end = units.stream().map(Slot::endOrStart).max(Comparator.naturalOrder()).orElseThrow();
        var code = first.site() + "-" + DAY.format(first.day()) + "-" + number;
        return new Derived(code, first.site(), first.day(), first.start(), end, units.stream().map(Slot::unitCode).toList());
    }

    /** Unit code to session code, for writing the units. */
    public static Map<String, String> sessionOfUnit(List<Derived> sessions) {
        var map = new LinkedHashMap<String, String>();
        sessions.forEach(s -> s.units().forEach(u -> map.put(u, s.code())));
        return map;
    }
}
