package org.podium.catering.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.podium.games.AthleteCounts;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.UnitQuery;
import org.springframework.stereotype.Component;

/**
 * Who sleeps in the village, from the real schedule and the athletes per discipline: a
 * discipline's athletes and officials arrive {@code arriveDaysBefore} days before its first unit
 * (at 14:00) and leave {@code leaveDaysAfter} days after its last (at 10:00), within the village's
 * opening dates. Also who competes each day, and how many of them in the evening: athletes eat
 * around their sessions.
 */
@Component
public class VillagePopulation {

    /** One discipline's stay and its competition days. */
    record Stay(String discipline, int athletes, LocalDate arrives, LocalDate leaves, Map<LocalDate, Competing> competing) {}

    /** Athletes of a discipline competing on a day, and how many of them in a unit starting at 18:00 or later. */
    record Competing(double athletes, double evening) {}

    /** A day's residents. */
    public record Residents(LocalDate day, int athletes, int officials, int competing, int competingEvening) {
        public int total() {
            return athletes + officials;
        }
    }

    private final CateringProperties properties;
    private final Programme programme;
    private final AthleteCounts counts;
    private volatile @org.jspecify.annotations.Nullable List<Stay> stays;

    VillagePopulation(Programme programme, AthleteCounts counts, CateringProperties properties) {
        this.properties = properties;
        this.programme = programme;
        this.counts = counts;
    }

    /** A new programme (an import, a change of schedule) moves arrivals and departures. */
    @org.springframework.context.event.EventListener(org.podium.games.ProgrammeImported.class)
    void programmeChanged() {
        stays = null;
    }

    /** The stays, computed on first use: the programme is imported after this bean is made. */
    private List<Stay> stays() {
        var known = stays;
        if (known != null) {
            return known;
        }
        var units = programme.allUnits(UnitQuery.all()).stream().filter(u -> !u.cancelled()).toList();
        var byDiscipline = new TreeMap<String, List<org.podium.games.Unit>>();
        units.forEach(u -> byDiscipline.computeIfAbsent(u.disciplineCode(), d -> new java.util.ArrayList<>()).add(u));
        known = byDiscipline.entrySet().stream()
                .filter(e -> !properties.housedElsewhere().contains(e.getKey()) && counts.athletes(e.getKey()) > 0)
                .map(e -> stay(e.getKey(), counts.athletes(e.getKey()), e.getValue()))
                .toList();
        stays = known;
        return known;
    }

    private Stay stay(String discipline, int athletes, List<org.podium.games.Unit> units) {
        var first = units.stream().map(org.podium.games.Unit::day).min(LocalDate::compareTo).orElseThrow();
        var last = units.stream().map(org.podium.games.Unit::day).max(LocalDate::compareTo).orElseThrow();
        var perDay = new HashMap<LocalDate, int[]>();
        for (var unit : units) {
            var counts = perDay.computeIfAbsent(unit.day(), d -> new int[2]);
            counts[0]++;
            if (!unit.startsAt().atZone(GamesClock.ZONE).toLocalTime().isBefore(LocalTime.of(18, 0))) {
                counts[1]++;
            }
        }
        // A unit-weighted share of the discipline's athletes competes each day (as for the athletes' buses).
        var competing = new HashMap<LocalDate, Competing>();
        perDay.forEach((day, c) -> {
            var share = Math.min(1.0, (double) c[0] / units.size() * perDay.size());
            competing.put(day, new Competing(athletes * share, athletes * share * c[1] / c[0]));
        });
        return new Stay(discipline, athletes, max(first.minusDays(properties.arriveDaysBefore()), properties.villageOpens()),
                min(last.plusDays(properties.leaveDaysAfter()), properties.villageCloses()), Map.copyOf(competing));
    }

    /** Residents of a day: everyone housed that night (arrived by that day, not gone before it). */
    public Residents on(LocalDate day) {
        double athletes = 0;
        double competing = 0;
        double evening = 0;
        for (var stay : stays()) {
            if (!day.isBefore(stay.arrives()) && day.isBefore(stay.leaves())) {
                athletes += stay.athletes();
                var c = stay.competing().get(day);
                if (c != null) {
                    competing += c.athletes();
                    evening += c.evening();
                }
            }
        }
        return new Residents(day, (int) Math.round(athletes), (int) Math.round(athletes * properties.officialsPerAthlete()),
                (int) Math.round(competing), (int) Math.round(evening));
    }

    /** Residents at an hour: arrivals count from 14:00, departures leave at 10:00. */
    public int at(LocalDateTime time) {
        double athletes = 0;
        for (var stay : stays()) {
            var in = !time.isBefore(stay.arrives().atTime(14, 0)) && time.isBefore(stay.leaves().atTime(10, 0));
            if (in) {
                athletes += stay.athletes();
            }
        }
        return (int) Math.round(athletes * (1 + properties.officialsPerAthlete()));
    }

    /** The days the village houses anyone. */
    public List<LocalDate> days() {
        return properties.villageOpens().datesUntil(properties.villageCloses().plusDays(1)).toList();
    }

    int disciplines() {
        return stays().size();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
