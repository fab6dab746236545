package org.podium.ticketing.internal.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Drops: a session's held-back seats go on sale at a set time on the Games clock, or when a manager says so. */
@Component
public class Drops {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Inventories inventories;
    private final GamesClock clock;
    private final ApplicationEventPublisher events;

    public Drops(JdbcClient jdbc, TransactionTemplate tx, Inventories inventories, GamesClock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.inventories = inventories;
        this.clock = clock;
        this.events = events;
    }

    /** A scheduled drop, when it is due or was released. */
    record Drop(long id, String session, Instant releaseAt, Instant releasedAt, Integer releasedSeats) {
    }

    public long schedule(String session, Instant releaseAt, String actor) {
        inventories.of(session); // the session must exist and be sellable
        return tx.execute(status -> {
        var id = jdbc.sql("insert into ticketing.seat_drop (session_code, release_at) values (:s, :at) returning id")
                .param("s", session).param("at", Timestamp.from(releaseAt)).query(Long.class).single();
        events.publishEvent(new StaffActionPerformed(actor, "ticketing.drop.schedule", session, "at " + releaseAt, Instant.now()));
        return id;
        });
    }

    public List<Drop> all() {
        return jdbc.sql("select id, session_code, release_at, released_at, released_seats from ticketing.seat_drop order by release_at")
                .query((rs, n) -> new Drop(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), (Integer) rs.getObject(5)))
                .list();
    }

    @Scheduled(fixedDelay = 1000)
    public void releaseDue() {
        jdbc.sql("select id from ticketing.seat_drop where released_at is null and release_at <= :now")
                .param("now", Timestamp.from(clock.now())).query(Long.class).list()
                .forEach(id -> release(id, "games-clock"));
    }

    /** Releases one drop now; how many seats went on sale (0 if it had already been released). */
    public int release(long id, String actor) {
        var session = tx.execute(status -> jdbc.sql("""
                update ticketing.seat_drop set released_at = now() where id = :id and released_at is null returning session_code""")
                .param("id", id).query(String.class).optional().orElse(null));
        if (session == null) {
            var known = jdbc.sql("select count(*) from ticketing.seat_drop where id = :id").param("id", id).query(Integer.class).single();
            if (known == 0) {
                throw new org.podium.platform.NotFound("drop", String.valueOf(id));
            }
            return 0; // released before: nothing more to release
        }
        var released = inventories.of(session).releaseHeldBack();
        tx.executeWithoutResult(status -> {
            jdbc.sql("update ticketing.seat_drop set released_seats = :n where id = :id").param("n", released).param("id", id).update();
            events.publishEvent(new StaffActionPerformed(actor, "ticketing.drop.release", session, released + " held-back seats on sale",
                    Instant.now()));
        });
        return released;
    }
}
