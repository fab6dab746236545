package org.podium.transport.internal.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.transport.CarRequested;
import org.podium.transport.DisruptionDeclared;
import org.podium.transport.internal.DisruptedTravelTimes;
import org.podium.transport.internal.Disruption;
import org.podium.transport.internal.Places;
import org.podium.transport.internal.TransportProperties;
import org.podium.transport.internal.TravelTimes;
import org.podium.transport.internal.cars.Car;
import org.podium.transport.internal.cars.Dispatch;
import org.podium.transport.internal.cars.DispatchCheck;
import org.podium.transport.internal.cars.DispatchPlanner;
import org.podium.transport.internal.cars.Ride;
import org.podium.transport.internal.cars.TravelMatrix;
import org.podium.transport.internal.fleet.DriverRoster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-optimises a day's car pool with Timefold whenever a request arrives or is cancelled, and
 * re-plans what a disruption touches: the rides under way stay pinned on their cars; on a
 * disruption, the cars none of whose coming rides pass through the area keep their days as they
 * are (new rides may only be added after them), the others are re-planned from their first
 * touched ride. Runs one at a time; each run is stored with its score and the riders' view.
 */
@Service
public class DayDispatch {

    /** A run's outcome: what the riders see and which rides changed car. */
    public record Run(LocalDate day, String reason, long hard, long medium, long soft, int requests, int served, int onTime, int moved,
                      long spentMillis) {}

    private final JdbcClient jdbc;
    private final DriverRoster drivers;
    private final Places places;
    private final TravelTimes travelTimes;
    private final TransportProperties properties;
    private final Duration unimproved;
    private final Duration spent;
    private @Nullable DispatchPlanner planner;
    private final TransactionTemplate transactions;
    private final TransportStream stream;

    DayDispatch(JdbcClient jdbc, DriverRoster drivers, Places places, TravelTimes travelTimes, TransportProperties properties,
                TransactionTemplate transactions, TransportStream stream,
                @Value("${podium.transport.dispatch.unimproved:PT1S}") Duration unimproved,
                @Value("${podium.transport.dispatch.spent:PT5S}") Duration spent) {
        this.jdbc = jdbc;
        this.drivers = drivers;
        this.places = places;
        this.travelTimes = travelTimes;
        this.properties = properties;
        this.transactions = transactions;
        this.stream = stream;
        this.unimproved = unimproved;
        this.spent = spent;
    }

    /** Built on the first plan, not at start-up: the solver's score streams take a moment to compile. */
    private DispatchPlanner planner() {
        if (planner == null) {
            planner = new DispatchPlanner(unimproved, spent);
        }
        return planner;
    }

    @ApplicationModuleListener
    void on(CarRequested requested) {
        replan(requested.day(), "request " + requested.reference(), null);
    }

    @ApplicationModuleListener
    void on(DisruptionDeclared declared) {
        replan(declared.day(), "disruption " + declared.id(), declared.id());
    }

    /** The day's disruptions, as the travel times see them. */
    public List<Disruption> disruptions(LocalDate day) {
        return jdbc.sql("""
                        select id, place, radius_km, multiplier, starts_at, ends_at, reason from transport.disruption
                        where starts_at < :to and ends_at > :from order by starts_at""")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Disruption(rs.getLong(1), places.get(rs.getString(2)), rs.getDouble(3), rs.getDouble(4),
                        rs.getTimestamp(5).toLocalDateTime(), rs.getTimestamp(6).toLocalDateTime(), rs.getString(7)))
                .list();
    }

    public TravelMatrix matrix(LocalDate day) {
        return TravelMatrix.of(places.all(), new DisruptedTravelTimes(travelTimes, disruptions(day)), day, properties.detourFactor());
    }

    /** Re-plans the day; with a disruption, only what it touches. */
    public synchronized Run replan(LocalDate day, String reason, @Nullable Long disruptionId) {
        var started = System.nanoTime();
        var shifts = drivers.shifts(day);
        var matrix = matrix(day);
        var disruption = disruptionId == null ? null
                : disruptions(day).stream().filter(d -> d.id() == disruptionId).findFirst().orElse(null);
        var cars = new ArrayList<Car>();
        var byShift = new HashMap<Long, Car>();
        for (var shift : shifts) {
            var car = new Car("S" + shift.id(), shift.seats(), shift.accessible(), places.get(Places.DEPOT), shift.start(), shift.end());
            cars.add(car);
            byShift.put(shift.id(), car);
        }
        var rows = jdbc.sql("""
                        select id, from_place, to_place, earliest, latest, passengers, accessible, status, shift_id
                        from transport.car_request
                        where earliest >= :from and earliest < :to and status <> 'CANCELLED' order by shift_id, sequence, id""")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Object[] { new Ride(rs.getLong(1), places.get(rs.getString(2)), places.get(rs.getString(3)),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6), rs.getBoolean(7), matrix),
                        rs.getString(8), rs.getObject(9) == null ? null : rs.getLong(9) })
                .list();
        var rides = new ArrayList<Ride>();
        var before = new HashMap<Long, String>();
        var startedRides = new HashMap<Car, Integer>();
        for (var row : rows) {
            var ride = (Ride) row[0];
            var status = (String) row[1];
            var shiftId = (Long) row[2];
            rides.add(ride);
            var car = shiftId == null ? null : byShift.get(shiftId);
            if (car != null) {
                car.getRides().add(ride);
                before.put(ride.getId(), car.getCode());
                if (status.equals("PICKED_UP") || status.equals("DONE")) {
                    startedRides.merge(car, 1, Integer::sum);
                }
            }
        }
        for (var car : cars) {
            var pinned = startedRides.getOrDefault(car, 0);
            if (disruption != null) {
                pinned = Math.max(pinned, firstTouched(car, disruption));
            }
            car.setStarted(pinned);
        }
        var solved = planner().plan(new Dispatch(cars, rides));
        var check = DispatchCheck.check(solved.plan());
        var moved = new int[1];
        var took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        var score = solved.outcome().score();
        var run = new Run(day, reason, score.hardScore(), score.mediumScore(), score.softScore(), check.requests(), check.served(),
                check.onTime(), 0, took);
        transactions.executeWithoutResult(tx -> {
            var assigned = new java.util.HashSet<Long>();
            for (var car : solved.plan().getCars()) {
                var shiftId = Long.parseLong(car.getCode().substring(1));
                for (var i = 0; i < car.getRides().size(); i++) {
                    var ride = car.getRides().get(i);
                    assigned.add(ride.getId());
                    if (!car.getCode().equals(before.get(ride.getId()))) {
                        moved[0]++;
                    }
                    jdbc.sql("""
                                    update transport.car_request set shift_id = :shift, sequence = :sequence, planned_pickup = :pickUp,
                                        planned_dropoff = :dropOff,
                                        status = case when status in ('PICKED_UP', 'DONE') then status else 'ASSIGNED' end
                                    where id = :id and status <> 'CANCELLED'""")
                            .param("shift", shiftId).param("sequence", i).param("pickUp", ride.pickUp()).param("dropOff", ride.dropOff())
                            .param("id", ride.getId()).update();
                }
            }
            for (var ride : rides) {
                if (!assigned.contains(ride.getId())) {
                    jdbc.sql("""
                                    update transport.car_request set shift_id = null, sequence = null, planned_pickup = null,
                                        planned_dropoff = null, status = 'WAITING'
                                    where id = :id and status in ('REQUESTED', 'ASSIGNED', 'WAITING')""")
                            .param("id", ride.getId()).update();
                }
            }
            jdbc.sql("""
                            insert into transport.dispatch_run (day, reason, hard, medium, soft, requests, served, on_time, moved, spent_ms)
                            values (:day, :reason, :hard, :medium, :soft, :requests, :served, :onTime, :moved, :spent)""")
                    .param("day", day).param("reason", reason).param("hard", run.hard()).param("medium", run.medium())
                    .param("soft", run.soft()).param("requests", run.requests()).param("served", run.served())
                    .param("onTime", run.onTime()).param("moved", moved[0]).param("spent", took).update();
        });
        stream.send("dispatch", Map.of("day", day.toString(), "reason", reason));
        return new Run(day, reason, run.hard(), run.medium(), run.soft(), run.requests(), run.served(), run.onTime(), moved[0], took);
    }

    /** Index of the car's first ride whose empty leg or ride passes through the disruption while it lasts; the size when none does. */
    static int firstTouched(Car car, Disruption disruption) {
        var at = car.getStart();
        var free = car.getAvailable();
        for (var i = 0; i < car.getRides().size(); i++) {
            var ride = car.getRides().get(i);
            var arrival = free.plusSeconds(ride.getMatrix().seconds(at, ride.getFrom(), free));
            var pickUp = arrival.isBefore(ride.getEarliest()) ? ride.getEarliest() : arrival;
            var dropOff = pickUp.plusSeconds(ride.getMatrix().seconds(ride.getFrom(), ride.getTo(), pickUp));
            if (overlaps(disruption, free, dropOff) && (disruption.touches(at, ride.getFrom()) || disruption.touches(ride.getFrom(), ride.getTo()))) {
                return i;
            }
            at = ride.getTo();
            free = dropOff;
        }
        return car.getRides().size();
    }

    private static boolean overlaps(Disruption disruption, LocalDateTime from, LocalDateTime to) {
        return from.isBefore(disruption.ends()) && disruption.starts().isBefore(to);
    }

    public List<Run> runs(LocalDate day) {
        return jdbc.sql("""
                        select day, reason, hard, medium, soft, requests, served, on_time, moved, spent_ms as spent_millis from transport.dispatch_run
                        where day = :day order by id desc limit 20""")
                .param("day", day).query(Run.class).list();
    }
}
