package org.podium.transport.internal.buses;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.podium.games.AthleteCounts;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.transport.internal.Places;
import org.podium.transport.internal.TravelTimes;
import org.springframework.stereotype.Component;

/**
 * The athlete transport system's bus runs, derived from the competition schedule: for every
 * session at a venue within reach of the village, buses that arrive before the warm-up window and
 * buses back after the session, as many as the athletes expected need.
 *
 * <p>Athletes expected at a session: for each of its disciplines, the discipline's athletes x
 * the session's share of the discipline's units (a unit-weighted share of who competes that
 * day), plus their officials. Training sessions are not in the published data: they are not served.
 */
@Component
public class BusLines {

    private final Programme programme;
    private final Places places;
    private final TravelTimes travelTimes;
    private final AthleteCounts athletes;
    private final BusProperties properties;

    BusLines(Programme programme, Places places, TravelTimes travelTimes, AthleteCounts athletes, BusProperties properties) {
        this.programme = programme;
        this.places = places;
        this.travelTimes = travelTimes;
        this.athletes = athletes;
        this.properties = properties;
    }

    /** The runs of one competition day, or of the whole Games when {@code day} is null. */
    public List<BusTrip> plan(@org.jspecify.annotations.Nullable LocalDate day) {
        var units = programme.allUnits(UnitQuery.all()).stream().filter(u -> !u.cancelled() && u.sessionCode() != null).toList();
        var unitsPerDiscipline = new HashMap<String, Integer>();
        var unitsBySession = new HashMap<String, List<Unit>>();
        for (var unit : units) {
            unitsPerDiscipline.merge(unit.disciplineCode(), 1, Integer::sum);
            unitsBySession.computeIfAbsent(unit.sessionCode(), s -> new ArrayList<>()).add(unit);
        }
        var trips = new ArrayList<BusTrip>();
        for (var session : programme.sessions(null, day)) {
            var sessionUnits = unitsBySession.getOrDefault(session.code(), List.of());
            if (served(session) && !sessionUnits.isEmpty()) {
                trips.addAll(runs(session, sessionUnits, unitsPerDiscipline));
            }
        }
        trips.sort(Comparator.comparing(BusTrip::departs).thenComparing(BusTrip::id));
        return trips;
    }

    /** Whether the village's buses serve the session's venue (far venues have their own satellite village). */
    public boolean served(Session session) {
        return places.find(session.siteCode())
                .filter(p -> p.kilometresTo(places.get(Places.VILLAGE)) <= properties.maxKilometres())
                .isPresent();
    }

    /** Athletes and officials expected to travel to a session. */
    int travellers(List<Unit> sessionUnits, Map<String, Integer> unitsPerDiscipline) {
        var perDiscipline = new HashMap<String, Integer>();
        sessionUnits.forEach(u -> perDiscipline.merge(u.disciplineCode(), 1, Integer::sum));
        var expected = 0.0;
        for (var entry : perDiscipline.entrySet()) {
            expected += athletes.athletes(entry.getKey()) * (double) entry.getValue() / unitsPerDiscipline.get(entry.getKey());
        }
        return (int) Math.ceil(expected * (1 + properties.officialsPerAthlete()));
    }

    private List<BusTrip> runs(Session session, List<Unit> sessionUnits, Map<String, Integer> unitsPerDiscipline) {
        var buses = Math.max(1, (int) Math.ceil(travellers(sessionUnits, unitsPerDiscipline) / (double) properties.seats()));
        var village = places.get(Places.VILLAGE);
        var venue = places.get(session.siteCode());
        var disciplines = sessionUnits.stream().map(Unit::disciplineCode).distinct().sorted().toList();
        var start = session.startsAt().atZone(GamesClock.ZONE).toLocalDateTime();
        var end = session.endsAt().atZone(GamesClock.ZONE).toLocalDateTime();
        var deadline = start.minusMinutes(properties.warmUpMinutes());
        // The hour of departure sets the speed: estimate it from the deadline, then time the run from there.
        var estimate = travelTimes.between(village, venue, deadline.minusHours(1), true);
        var travel = rounded(travelTimes.between(village, venue, deadline.minus(estimate), true));
        var trips = new ArrayList<BusTrip>();
        for (var k = 0; k < buses; k++) {
            var arrives = deadline.minusMinutes((long) k * properties.headwayMinutes());
            trips.add(new BusTrip(session.code() + "-O" + (k + 1), venue.code(), session.day(), true, arrives.minus(travel), arrives,
                    session.code(), disciplines));
        }
        for (var k = 0; k < buses; k++) {
            var departs = end.plusMinutes(properties.returnAfterMinutes() + (long) k * properties.headwayMinutes());
            var back = rounded(travelTimes.between(venue, village, departs, true));
            trips.add(new BusTrip(session.code() + "-R" + (k + 1), venue.code(), session.day(), false, departs, departs.plus(back),
                    session.code(), disciplines));
        }
        return trips;
    }

    /** Timetables show whole minutes: a run is rounded up, never promised shorter than the model says. */
    private static Duration rounded(Duration travel) {
        return Duration.ofMinutes((travel.toSeconds() + 59) / 60);
    }
}
