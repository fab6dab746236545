package org.podium.soc.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Incidents (cases) and their timelines. An open incident per key; alerts join it. */
@Component
class Incidents {

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An incident on the board. */
    record IncidentView(long id, String title, String severity, String status, @Nullable String assignee, Instant openedAt,
                        @Nullable Duration toAcknowledge, @Nullable Duration toClose, int alerts) {
    }

    @Transactional
    long openOrJoin(String key, String title, String severity, long alert, Instant at) {
        var open = jdbc.sql("select id from soc.incident where incident_key = :key and status <> 'CLOSED' for update")
                .param("key", key).query(Long.class).optional();
        if (open.isPresent()) {
            change(open.get(), at, "soc", "alert " + alert + " joined");
            return open.get();
        }
        var id = jdbc.sql("""
                insert into soc.incident (incident_key, title, severity, opened_at) values (:key, :title, :severity, :at)
                on conflict (incident_key) where status <> 'CLOSED' do update set title = excluded.title returning id""")
                .param("key", key).param("title", title).param("severity", severity).param("at", Timestamp.from(at))
                .query(Long.class).single();
        change(id, at, "soc", "opened by alert " + alert);
        return id;
    }

    void change(long incident, Instant at, String actor, String change) {
        jdbc.sql("insert into soc.incident_change (incident_id, at, actor, change) values (:i, :at, :actor, :change)")
                .param("i", incident).param("at", Timestamp.from(at)).param("actor", actor).param("change", change).update();
    }

    List<IncidentView> board() {
        return jdbc.sql("""
                select i.id, i.title, i.severity, i.status, i.assignee, i.opened_at, i.acknowledged_at, i.closed_at,
                       (select count(*) from soc.alert a where a.incident_id = i.id)
                from soc.incident i order by (i.status = 'CLOSED'), i.opened_at desc limit 100""")
                .query((rs, n) -> {
                    var opened = rs.getTimestamp(6).toInstant();
                    var acknowledged = rs.getTimestamp(7);
                    var closed = rs.getTimestamp(8);
                    return new IncidentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), opened,
                            acknowledged == null ? null : Duration.between(opened, acknowledged.toInstant()),
                            closed == null ? null : Duration.between(opened, closed.toInstant()), rs.getInt(9));
                }).list();
    }
}
