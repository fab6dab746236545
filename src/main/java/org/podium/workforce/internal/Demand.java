package org.podium.workforce.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.games.Venue;
import org.springframework.stereotype.Component;

/**
 * The positions the competition schedule needs, per venue, day, shift and functional area: a venue
 * operates from {@code openBefore} its first session of the day to {@code closeAfter} its last, cut
 * into equal shifts of at most {@code shiftHours} that end by midnight; each area's positions come
 * from the ratios (seats, sessions and units under way during the shift).
 */
@Component
class Demand {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Positions of one area on one shift. */
    record Position(String venue, String area, LocalDateTime start, LocalDateTime end, int count, String language, int minimumAge) {
        LocalDate day() {
            return start.toLocalDate();
        }

        long minutes() {
            return Duration.between(start, end).toMinutes() * count;
        }
    }

    private final Programme programme;
    private final WorkforceProperties properties;

    Demand(Programme programme, WorkforceProperties properties) {
        this.programme = programme;
        this.properties = properties;
    }

    List<Position> positions() {
        var positions = new ArrayList<Position>();
        for (var venue : programme.venues()) {
            var byDay = programme.sessions(venue.tag(), null).stream()
                    .collect(Collectors.groupingBy(Session::day, TreeMap::new, Collectors.toList()));
            byDay.forEach((day, sessions) -> positions.addAll(positions(venue, day, sessions)));
        }
        return positions;
    }

    private static LocalDateTime quarterAfter(LocalDateTime time) {
        var floor = time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() / 15 * 15);
        return floor.equals(time) ? time : floor.plusMinutes(15);
    }

    List<Position> positions(Venue venue, LocalDate day, List<Session> sessions) {
        var ratios = properties.demand();
        var open = sessions.stream().map(s -> s.startsAt().atZone(PARIS).toLocalDateTime()).min(LocalDateTime::compareTo).orElseThrow()
                .minusMinutes(ratios.openBefore());
        var close = sessions.stream().map(s -> s.endsAt().atZone(PARIS).toLocalDateTime()).max(LocalDateTime::compareTo).orElseThrow()
                .plusMinutes(ratios.closeAfter());
        // Shifts stay within the day (working time is counted per day) and start and end on quarter hours.
        open = open.toLocalDate().isBefore(day) ? day.atStartOfDay() : open.truncatedTo(ChronoUnit.HOURS).plusMinutes(open.getMinute() / 15 * 15);
        var midnight = day.plusDays(1).atStartOfDay();
        close = close.toLocalDate().isAfter(day) ? midnight : quarterAfter(close);
        close = close.isAfter(midnight) ? midnight : close;
        var minutes = Duration.between(open, close).toMinutes();
        var shifts = (int) Math.ceil(minutes / (ratios.shiftHours() * 60.0));
        var length = (long) Math.ceil(minutes / (double) shifts / 15) * 15;
        var seats = venue.capacity() == null ? ratios.unknownSeats() : venue.capacity();
        var positions = new ArrayList<Position>();
        for (var i = 0; i < shifts; i++) {
            var start = open.plusMinutes(i * length);
            var end = start.plusMinutes(length).isAfter(close) ? close : start.plusMinutes(length);
            if (!end.isAfter(start)) {
                continue;
            }
            var during = sessions.stream().filter(s -> s.startsAt().atZone(PARIS).toLocalDateTime().isBefore(end)
                    && s.endsAt().atZone(PARIS).toLocalDateTime().isAfter(start)).toList();
            var units = during.stream().mapToInt(Session::unitCount).sum();
            for (Map.Entry<String, WorkforceProperties.Area> entry : ratios.areas().entrySet()) {
                var area = entry.getValue();
                var count = (int) Math.round(area.perThousandSeats() * seats / 1000.0 + area.perSession() * during.size() + area.perUnit() * units);
                count = Math.max(count, area.minimum());
                if (count > 0) {
                    positions.add(new Position(venue.tag(), entry.getKey(), start, end, count, area.language(), area.minimumAge()));
                }
            }
        }
        return positions;
    }
}
