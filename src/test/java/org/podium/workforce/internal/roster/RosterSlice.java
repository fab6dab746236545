package org.podium.workforce.internal.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic slice for the roster tests: one venue over the two competition weeks, the areas and
 * shift pattern the demand derives (07:00-13:00, 13:00-19:00, 19:00-23:00), and volunteers with
 * ten to twenty days available, one or two skills, French and/or English, ages 18 to 70. Seeded.
 */
final class RosterSlice {

    static final LocalDate FIRST = LocalDate.of(2024, 7, 27);
    static final int DAYS = 14;
    private static final String VENUE = "bercy-arena";
    private static final LocalTime[][] PATTERN = {
        {LocalTime.of(7, 0), LocalTime.of(13, 0)}, {LocalTime.of(13, 0), LocalTime.of(19, 0)}, {LocalTime.of(19, 0), LocalTime.of(23, 0)}};

    final List<Volunteer> volunteers = new ArrayList<>();
    final List<Shift> shifts = new ArrayList<>();

    RosterSlice(int volunteerCount, long seed) {
        var random = new Random(seed);
        var areas = List.of("SPECTATOR", "SPECTATOR", "SPECTATOR", "SPORT", "MEDICAL", "TRANSPORT", "PRESS");
        for (var i = 0; i < volunteerCount; i++) {
            var skills = new HashSet<String>();
            skills.add(areas.get(random.nextInt(areas.size())));
            if (random.nextBoolean()) {
                skills.add(areas.get(random.nextInt(areas.size())));
            }
            var languages = random.nextInt(10) < 7 ? Set.of("fr", "en") : random.nextBoolean() ? Set.of("fr") : Set.of("en");
            var days = new HashSet<LocalDate>();
            var start = random.nextInt(DAYS - 9);
            var length = 10 + random.nextInt(DAYS - start - 9);
            for (var d = start; d < start + length; d++) {
                days.add(FIRST.plusDays(d));
            }
            var preferred = skills.iterator().next();
            volunteers.add(new Volunteer(i + 1, "V%05d".formatted(i + 1), 18 + random.nextInt(53), Set.copyOf(skills), languages,
                    Set.copyOf(days), VENUE, preferred, 0));
        }
        var id = 0L;
        for (var d = 0; d < DAYS; d++) {
            var day = FIRST.plusDays(d);
            for (var times : PATTERN) {
                id = add(id, day, times, "SPECTATOR", "fr", 18, 8);
                id = add(id, day, times, "SPORT", null, 18, 3);
                id = add(id, day, times, "MEDICAL", null, 18, 2);
                id = add(id, day, times, "TRANSPORT", null, 21, 2);
                id = add(id, day, times, "PRESS", "en", 18, 1);
            }
        }
    }

    private long add(long id, LocalDate day, LocalTime[] times, String area, String language, int minimumAge, int positions) {
        for (var p = 0; p < positions; p++) {
            shifts.add(new Shift(++id, VENUE, area, day.atTime(times[0]), day.atTime(times[1]), language, minimumAge, List.of()));
        }
        return id;
    }
}
