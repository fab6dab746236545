package org.podium.transport.internal.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.podium.transport.internal.Place;
import org.podium.transport.internal.Places;
import org.podium.transport.internal.buses.BusTrip;
import org.podium.transport.internal.cars.TravelMatrix;
import org.podium.transport.internal.fleet.DriverRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Operations on the Games clock: rides picked up and dropped off as their planned times pass,
 * where each car is (simulated along its planned legs: driving empty to a pick-up, waiting, driving
 * its riders), the next pick-up and its delay, and the 30-minute village-to-venue target.
 */
@Service
public class LiveOperations {

    /** Where a car is now and what it is doing. */
    public record Position(String vehicle, String driver, double latitude, double longitude, String doing,
                           @Nullable String reference, @Nullable LocalDateTime eta, long delayMinutes) {}

    /** The target of 30 minutes from the village to the venues, over the day's bus runs and the cars leaving the village. */
    public record Target(int busRuns, int busRunsWithin, int carRides, int carRidesWithin) {
        public double busShare() {
            return busRuns == 0 ? 1 : (double) busRunsWithin / busRuns;
        }

        public double carShare() {
            return carRides == 0 ? 1 : (double) carRidesWithin / carRides;
        }
    }

    static final Duration TARGET = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final GamesClock clock;
    private final Places places;
    private final DriverRoster drivers;
    private final DayDispatch dispatch;
    private final TransportStream stream;

    LiveOperations(JdbcClient jdbc, GamesClock clock, Places places, DriverRoster drivers, DayDispatch dispatch, TransportStream stream) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.places = places;
        this.drivers = drivers;
        this.dispatch = dispatch;
        this.stream = stream;
    }

    public LocalDateTime now() {
        return clock.zonedNow().toLocalDateTime();
    }

    /** Moves the rides whose planned times the Games clock has passed; tells the open pages. */
    @Scheduled(fixedDelayString = "${podium.transport.tick:PT2S}")
    public void tick() {
        var now = now();
        var picked = jdbc.sql("""
                        update transport.car_request set status = 'PICKED_UP', picked_up_at = planned_pickup
                        where status = 'ASSIGNED' and planned_pickup <= :now""").param("now", now).update();
        var dropped = jdbc.sql("""
                        update transport.car_request set status = 'DONE', dropped_at = planned_dropoff
                        where status = 'PICKED_UP' and planned_dropoff <= :now""").param("now", now).update();
        if (stream.subscribers() > 0 || picked + dropped > 0) {
            stream.send("tick", Map.of("at", now.toString(), "picked", picked, "dropped", dropped));
        }
    }

    /** Every car of the day's pool, placed on its planned legs at the Games clock's time. */
    public List<Position> positions(LocalDate day) {
        var now = now();
        var matrix = dispatch.matrix(day);
        var depot = places.get(Places.DEPOT);
        var requests = jdbc.sql(CarPool.SELECT + " where r.earliest >= :from and r.earliest < :to and r.shift_id is not null"
                        + " and r.status <> 'CANCELLED' order by r.shift_id, r.sequence")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query(CarPool.Request.class).list();
        var byVehicle = requests.stream().collect(Collectors.groupingBy(r -> r.vehicle() + "/" + r.driver()));
        var positions = new ArrayList<Position>();
        for (var shift : drivers.read(day)) {
            var rides = byVehicle.getOrDefault(shift.vehicle() + "/" + shift.driver(), List.of());
            positions.add(position(shift, rides, now, matrix, depot));
        }
        positions.sort(Comparator.comparing(Position::vehicle));
        return positions;
    }

    private Position position(DriverRoster.Shift shift, List<CarPool.Request> rides, LocalDateTime now, TravelMatrix matrix, Place depot) {
        if (now.isBefore(shift.start()) || !now.isBefore(shift.end()) && rides.stream().allMatch(r -> r.status().equals("DONE"))) {
            return at(shift, depot, "OFF_DUTY", null, 0);
        }
        var at = depot;
        var free = shift.start();
        for (var ride : rides) {
            var from = places.get(ride.from());
            var to = places.get(ride.to());
            var pickUp = ride.plannedPickup();
            var dropOff = ride.plannedDropoff();
            if (pickUp == null || dropOff == null) {
                continue;
            }
            var arrival = free.plusSeconds(matrix.seconds(at, from, free));
            if (now.isBefore(arrival)) {
                return between(shift, at, from, free, arrival, now, "TO_PICK_UP", ride);
            }
            if (now.isBefore(pickUp)) {
                return at(shift, from, "WAITING", ride, ride.lateMinutes());
            }
            if (now.isBefore(dropOff)) {
                return between(shift, from, to, pickUp, dropOff, now, "WITH_RIDERS", ride);
            }
            at = to;
            free = dropOff;
        }
        return at(shift, at, "AVAILABLE", null, 0);
    }

    private static Position at(DriverRoster.Shift shift, Place place, String doing, CarPool.@Nullable Request ride, long delay) {
        return new Position(shift.vehicle(), shift.driver(), place.latitude(), place.longitude(), doing,
                ride == null ? null : ride.reference(), ride == null ? null : ride.plannedPickup(), delay);
    }

    private static Position between(DriverRoster.Shift shift, Place from, Place to, LocalDateTime leaves, LocalDateTime arrives,
                                    LocalDateTime now, String doing, CarPool.Request ride) {
        var total = Duration.between(leaves, arrives).toSeconds();
        var share = total == 0 ? 1 : Math.clamp((double) Duration.between(leaves, now).toSeconds() / total, 0, 1);
        var eta = doing.equals("TO_PICK_UP") ? ride.plannedPickup() : ride.plannedDropoff();
        return new Position(shift.vehicle(), shift.driver(), from.latitude() + share * (to.latitude() - from.latitude()),
                from.longitude() + share * (to.longitude() - from.longitude()), doing, ride.reference(), eta, ride.lateMinutes());
    }

    /** The 30-minute target: outbound bus runs of the day and car rides leaving the village, planned door to door. */
    public Target target(LocalDate day, List<BusTrip> runs) {
        var outbound = runs.stream().filter(BusTrip::outbound).toList();
        var within = (int) outbound.stream().filter(t -> t.minutes() <= TARGET.toMinutes()).count();
        var cars = jdbc.sql("""
                        select count(*) as rides, count(*) filter (where planned_dropoff - planned_pickup <= interval '30 minutes') as within
                        from transport.car_request where from_place = 'VIL' and planned_pickup is not null
                          and earliest >= :from and earliest < :to and status <> 'CANCELLED'""")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
        return new Target(outbound.size(), within, cars[0], cars[1]);
    }
}
