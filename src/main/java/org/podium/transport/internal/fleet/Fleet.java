package org.podium.transport.internal.fleet;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vehicles and drivers, written once from {@link FleetProperties} when the tables are empty
 * (3,124 vehicles and 4,000 drivers take a fraction of a second). Cars are numbered by energy in
 * the order of the configuration; one car in every {@code cars / accessible} is
 * wheelchair-accessible; one in ten is a seven-seat van.
 */
@Component
public class Fleet {

    public record Vehicle(String code, String kind, String energy, int seats, boolean accessible) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FleetProperties properties;

    Fleet(JdbcClient jdbc, JdbcTemplate template, FleetProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.properties = properties;
    }

    /** Called at start (Teams) before the demo's driver is named. */
    @Transactional
    public void seed() {
        if (jdbc.sql("select exists (select 1 from transport.vehicle)").query(Boolean.class).single()) {
            return;
        }
        var vehicles = new ArrayList<Object[]>();
        var total = properties.totalCars();
        var every = properties.accessible() == 0 ? Integer.MAX_VALUE : Math.max(1, total / properties.accessible());
        var n = 0;
        for (var entry : properties.cars().entrySet()) {
            for (var i = 0; i < entry.getValue(); i++, n++) {
                var accessible = n % every == every / 2 && n / every < properties.accessible();
                vehicles.add(new Object[] { String.format("C%04d", n + 1), "CAR", entry.getKey(), accessible ? 4 : n % 10 == 3 ? 7 : 4, accessible });
            }
        }
        for (var i = 0; i < properties.buses(); i++) {
            vehicles.add(new Object[] { String.format("B%03d", i + 1), "BUS", "BIOFUEL", 50, true });
        }
        template.batchUpdate("insert into transport.vehicle (code, kind, energy, seats, accessible) values (?, ?, ?, ?, ?)", vehicles);
        var drivers = new ArrayList<Object[]>();
        for (var i = 0; i < properties.drivers(); i++) {
            drivers.add(new Object[] { String.format("D%04d", i + 1), String.format("Driver %04d", i + 1) });
        }
        template.batchUpdate("insert into transport.driver (code, name) values (?, ?)", drivers);
    }

    /** The first {@code count} cars: the day's on-demand pool (accessible ones included in proportion). */
    public List<Vehicle> poolCars(int count) {
        return jdbc.sql("select code, kind, energy, seats, accessible from transport.vehicle where kind = 'CAR' order by code limit :count")
                .param("count", count).query(Vehicle.class).list();
    }

    public List<Vehicle> all() {
        return jdbc.sql("select code, kind, energy, seats, accessible from transport.vehicle order by code").query(Vehicle.class).list();
    }

    /** Vehicles by kind and energy, with the accessible ones: the fleet page's table. */
    public List<Mix> mix() {
        return jdbc.sql("""
                        select kind, energy, count(*) as vehicles, count(*) filter (where accessible) as accessible
                        from transport.vehicle group by kind, energy order by kind desc, vehicles desc""")
                .query(Mix.class).list();
    }

    public record Mix(String kind, String energy, long vehicles, long accessible) {}
}
