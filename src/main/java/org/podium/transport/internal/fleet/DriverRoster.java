package org.podium.transport.internal.fleet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.podium.platform.WorkingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts drivers on the day's pool cars, shift by shift, under the very working-time rules the
 * volunteers' roster obeys ({@link WorkingTime}: 10 h a day, 48 h a week, 11 h between days):
 * each shift goes to the driver with the fewest hours that week who can still take it.
 */
@Component
public class DriverRoster {

    /** The pool's three shifts, each a 10-hour working day at most. */
    public static final List<LocalTime[]> SHIFTS = List.of(
            new LocalTime[] { LocalTime.of(5, 30), LocalTime.of(15, 30) },
            new LocalTime[] { LocalTime.of(9, 30), LocalTime.of(19, 30) },
            new LocalTime[] { LocalTime.of(13, 0), LocalTime.of(23, 0) });

    /** A driver's shift on a car. */
    public record Shift(long id, String driver, String vehicle, LocalDateTime start, LocalDateTime end, int seats, boolean accessible)
            implements WorkingTime.Stint {}

    private record Held(LocalDateTime start, LocalDateTime end) implements WorkingTime.Stint {}

    private final JdbcClient jdbc;
    private final Fleet fleet;
    private final FleetProperties properties;

    DriverRoster(JdbcClient jdbc, Fleet fleet, FleetProperties properties) {
        this.jdbc = jdbc;
        this.fleet = fleet;
        this.properties = properties;
    }

    /** The day's shifts, rostered the first time the day is asked for. */
    @Transactional
    public List<Shift> shifts(LocalDate day) {
        // One roster per day even when two requests arrive together.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('transport.roster'))").query().singleValue();
        var existing = read(day);
        if (!existing.isEmpty()) {
            return existing;
        }
        var held = new HashMap<String, List<WorkingTime.Stint>>();
        jdbc.sql("select driver, starts_at, ends_at from transport.driver_shift where starts_at >= :from and starts_at < :to")
                .param("from", day.minusDays(7).atStartOfDay()).param("to", day.plusDays(8).atStartOfDay())
                .query((rs, n) -> held.computeIfAbsent(rs.getString(1), d -> new ArrayList<>())
                        .add(new Held(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime())))
                .list();
        var drivers = jdbc.sql("select code from transport.driver order by code").query(String.class).list();
        var cars = fleet.poolCars(properties.poolCars());
        for (var i = 0; i < cars.size(); i++) {
            var pattern = SHIFTS.get(i % SHIFTS.size());
            var shift = new Held(day.atTime(pattern[0]), day.atTime(pattern[1]));
            var driver = drivers.stream()
                    .filter(d -> WorkingTime.fits(held.getOrDefault(d, List.of()), shift))
                    .min(Comparator.comparingInt((String d) -> minutesInWeek(held.getOrDefault(d, List.of()), shift)).thenComparing(d -> d))
                    .orElseThrow(() -> new IllegalStateException("No driver can take " + shift + " within the working-time rules"));
            held.computeIfAbsent(driver, d -> new ArrayList<>()).add(shift);
            jdbc.sql("insert into transport.driver_shift (driver, vehicle, starts_at, ends_at) values (:driver, :vehicle, :start, :end)")
                    .param("driver", driver).param("vehicle", cars.get(i).code()).param("start", shift.start()).param("end", shift.end())
                    .update();
        }
        return read(day);
    }

    private static int minutesInWeek(List<WorkingTime.Stint> held, WorkingTime.Stint shift) {
        return held.stream().filter(s -> s.week() == shift.week()).mapToInt(WorkingTime.Stint::minutes).sum();
    }

    public List<Shift> read(LocalDate day) {
        return jdbc.sql("""
                        select s.id, s.driver, s.vehicle, s.starts_at, s.ends_at, v.seats, v.accessible
                        from transport.driver_shift s join transport.vehicle v on v.code = s.vehicle
                        where s.starts_at >= :from and s.starts_at < :to order by s.vehicle, s.starts_at""")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Shift(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
                        rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6), rs.getBoolean(7)))
                .list();
    }

    /** Every breach of the working-time rules among the drivers' shifts around a day: none, if the roster is right. */
    public List<WorkingTime.Breach> breaches(LocalDate day) {
        var byDriver = new HashMap<String, List<WorkingTime.Stint>>();
        jdbc.sql("select driver, starts_at, ends_at from transport.driver_shift where starts_at >= :from and starts_at < :to")
                .param("from", day.minusDays(7).atStartOfDay()).param("to", day.plusDays(8).atStartOfDay())
                .query((rs, n) -> byDriver.computeIfAbsent(rs.getString(1), d -> new ArrayList<>())
                        .add(new Held(rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime())))
                .list();
        return byDriver.values().stream().flatMap(h -> WorkingTime.breaches(h).stream()).toList();
    }
}
