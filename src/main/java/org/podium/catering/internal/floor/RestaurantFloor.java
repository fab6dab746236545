package org.podium.catering.internal.floor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.podium.catering.internal.CateringProperties;
import org.podium.games.GamesClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The restaurant floor from the entrance and exit scans of accreditation cards: diners inside
 * since the day's first scan, free seats, and a wait estimate when diners outnumber seats (the
 * excess divided by the exits of the last 10 minutes: the rate seats free up). Food waste per dish.
 */
@Service
public class RestaurantFloor {

    /** The floor now. {@code waitMinutes} is 0 while seats are free. */
    public record Occupancy(int inside, int seats, int entriesLastHour, int exitsLast10Minutes, int waitMinutes) {
        public int percent() {
            return (int) Math.round(100.0 * inside / seats);
        }
    }

    /** A day's waste for one dish. */
    public record Waste(LocalDate day, String recipe, double kg) {}

    private final JdbcClient jdbc;
    private final CateringProperties properties;
    private final GamesClock clock;

    RestaurantFloor(JdbcClient jdbc, CateringProperties properties, GamesClock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a scan at the door (the restaurant's own readers: the card was checked at the village's entrance). */
    @Transactional
    public void scan(String accreditation, boolean entering, Instant at) {
        if (!accreditation.matches("[A-Z0-9-]{4,32}")) {
            throw new IllegalArgumentException("catering.refused.card");
        }
        jdbc.sql("insert into catering.passage (at, accreditation, entering) values (?, ?, ?)")
                .params(java.sql.Timestamp.from(at), accreditation, entering).update();
    }

    public Occupancy occupancy() {
        var now = clock.now();
        var dayStart = now.atZone(GamesClock.ZONE).toLocalDate().atStartOfDay(GamesClock.ZONE).toInstant();
        int entries = count(true, dayStart, now);
        int exits = count(false, dayStart, now);
        var inside = Math.max(0, entries - exits);
        var recentExits = count(false, now.minus(Duration.ofMinutes(10)), now);
        var excess = inside - properties.seats();
        var wait = excess <= 0 ? 0 : recentExits == 0 ? 60 : (int) Math.ceil(excess * 10.0 / recentExits);
        return new Occupancy(inside, properties.seats(), count(true, now.minus(Duration.ofHours(1)), now), recentExits, Math.min(wait, 60));
    }

    private int count(boolean entering, Instant from, Instant to) {
        return jdbc.sql("select count(*) from catering.passage where entering = ? and at >= ? and at <= ?")
                .params(entering, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(Integer.class).single();
    }

    @Transactional
    public void recordWaste(LocalDate day, String recipe, double kg) {
        if (!(kg >= 0) || kg > 100_000) {
            throw new IllegalArgumentException("catering.refused.quantity");
        }
        jdbc.sql("""
                insert into catering.waste (day, recipe, kg) values (?, ?, ?)
                on conflict (day, recipe) do update set kg = excluded.kg""").params(day, recipe, kg).update();
    }

    public List<Waste> waste(LocalDate day) {
        return jdbc.sql("select day, recipe, kg from catering.waste where day = ? order by kg desc").param(day).query(Waste.class).list();
    }
}
