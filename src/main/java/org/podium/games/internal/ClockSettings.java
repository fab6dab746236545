package org.podium.games.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.podium.games.ClockSetting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps the one Games clock setting, so that a restart resumes the same Games time. */
@Repository
public class ClockSettings {

    private final JdbcClient jdbc;
    private final ClockProperties initial;

    ClockSettings(JdbcClient jdbc, ClockProperties initial) {
        this.jdbc = jdbc;
        this.initial = initial;
    }

    public ClockSetting loadOrInitialise(Instant realNow) {
        var stored = jdbc.sql("select mode, games_anchor, real_anchor, speed from games.clock where id = 1")
                .query((rs, n) -> new ClockSetting(ClockSetting.Mode.valueOf(rs.getString("mode")),
                        rs.getTimestamp("games_anchor").toInstant(), rs.getTimestamp("real_anchor").toInstant(),
                        rs.getDouble("speed")))
                .optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        var setting = initial.mode() == ClockSetting.Mode.REAL
                ? ClockSetting.real(realNow)
                : ClockSetting.simulated(initial.start().toInstant(), initial.speed(), realNow);
        save(setting, "podium", realNow);
        return setting;
    }

    public void save(ClockSetting setting, String by, Instant at) {
        jdbc.sql("""
                insert into games.clock (id, mode, games_anchor, real_anchor, speed, updated_by, updated_at)
                values (1, :mode, :games, :real, :speed, :by, :at)
                on conflict (id) do update set mode = excluded.mode, games_anchor = excluded.games_anchor,
                  real_anchor = excluded.real_anchor, speed = excluded.speed,
                  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("mode", setting.mode().name())
                .param("games", Timestamp.from(setting.gamesAnchor()))
                .param("real", Timestamp.from(setting.realAnchor()))
                .param("speed", setting.speed())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }
}
