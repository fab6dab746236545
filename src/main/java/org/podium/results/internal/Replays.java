package org.podium.results.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.podium.games.ClockSetting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The replays started, the clock each one changed and how each ended. */
@Repository
public class Replays {

    public enum Outcome { FINISHED, STOPPED, ABANDONED }

    /** A replay as stored; {@code outcome} is null while it runs. */
    public record Replay(long id, String startedBy, Instant startedAt, Instant windowFrom, Instant windowUntil, double speed,
                         int units, ClockSetting clockBefore, ClockSetting clockOfReplay, @Nullable Instant endedAt,
                         @Nullable String endedBy, @Nullable Outcome outcome, @Nullable Integer posted) {

        /** The clock still runs as the replay set it (nobody set it since): setting it back undoes only the replay. */
        public boolean clockStillItsOwn(ClockSetting now) {
            return now.mode() == clockOfReplay.mode() && now.speed() == clockOfReplay.speed()
                    && same(now.gamesAnchor(), clockOfReplay.gamesAnchor()) && same(now.realAnchor(), clockOfReplay.realAnchor());
        }

        // PostgreSQL keeps instants to the microsecond, rounded.
        private static boolean same(Instant a, Instant b) {
            return java.time.Duration.between(a, b).abs().toNanos() < 1_000;
        }
    }

    private final JdbcClient jdbc;
    private final java.time.Clock realClock;

    Replays(JdbcClient jdbc, java.time.Clock realClock) {
        this.jdbc = jdbc;
        this.realClock = realClock;
    }

    long started(String by, Instant from, Instant until, double speed, int units, ClockSetting before, ClockSetting set) {
        return jdbc.sql("""
                        insert into results.replay (started_by, started_at, window_from, window_until, speed, units,
                            before_mode, before_games, before_real, before_speed, replay_games, replay_real)
                        values (:by, :at, :from, :until, :speed, :units, :mode, :games, :real, :beforeSpeed, :replayGames, :replayReal)
                        returning id""")
                .param("by", by).param("at", Timestamp.from(realClock.instant()))
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until)).param("speed", speed)
                .param("units", units).param("mode", before.mode().name())
                .param("games", Timestamp.from(before.gamesAnchor())).param("real", Timestamp.from(before.realAnchor()))
                .param("beforeSpeed", before.speed())
                .param("replayGames", Timestamp.from(set.gamesAnchor())).param("replayReal", Timestamp.from(set.realAnchor()))
                .query(Long.class).single();
    }

    /** Ends the replay if nobody ended it yet; the row as it was while it ran, or empty if it had already ended. */
    Optional<Replay> end(long id, Outcome outcome, String by, int posted) {
        var running = jdbc.sql("select * from results.replay where id = :id and ended_at is null for update")
                .param("id", id).query(Replays::replay).optional();
        running.ifPresent(r -> jdbc.sql("""
                        update results.replay set ended_at = :at, ended_by = :by, outcome = :outcome, posted = :posted
                        where id = :id""")
                .param("at", Timestamp.from(realClock.instant())).param("by", by).param("outcome", outcome.name())
                .param("posted", posted).param("id", id).update());
        return running;
    }

    List<Long> unfinished() {
        return jdbc.sql("select id from results.replay where ended_at is null order by id").query(Long.class).list();
    }

    Optional<Replay> last() {
        return jdbc.sql("select * from results.replay order by id desc limit 1").query(Replays::replay).optional();
    }

    private static Replay replay(ResultSet rs, int n) throws SQLException {
        var speed = rs.getDouble("speed");
        var before = new ClockSetting(ClockSetting.Mode.valueOf(rs.getString("before_mode")), instant(rs, "before_games"),
                instant(rs, "before_real"), rs.getDouble("before_speed"));
        var ofReplay = ClockSetting.simulated(instant(rs, "replay_games"), speed, instant(rs, "replay_real"));
        var outcome = rs.getString("outcome");
        return new Replay(rs.getLong("id"), rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "window_from"),
                instant(rs, "window_until"), speed, rs.getInt("units"), before, ofReplay, instant(rs, "ended_at"),
                rs.getString("ended_by"), outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("posted", Integer.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
