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
    private final org.podium.accounts.StaffAccounts staff;
    private final SocFunnel funnel;

    Incidents(JdbcClient jdbc, org.podium.accounts.StaffAccounts staff, SocFunnel funnel) {
        this.funnel = funnel;
        this.jdbc = jdbc;
        this.staff = staff;
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
        funnel.incidentOpened(severity);
        return id;
    }

    void change(long incident, Instant at, String actor, String change) {
        jdbc.sql("insert into soc.incident_change (incident_id, at, actor, change) values (:i, :at, :actor, :change)")
                .param("i", incident).param("at", Timestamp.from(at)).param("actor", actor).param("change", change).update();
    }

    /** One incident with its alerts and its timeline. */
    record IncidentDetail(IncidentView incident, @Nullable String resolution, List<Change> timeline, List<Long> alerts) {
    }

    /** One entry of a timeline. */
    record Change(Instant at, String actor, String change) {
    }

    IncidentDetail detail(long id) {
        var view = board(id).stream().findFirst().orElseThrow(() -> new org.podium.platform.NotFound("incident", Long.toString(id)));
        var resolution = jdbc.sql("select resolution from soc.incident where id = :id").param("id", id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).list().getFirst().orElse(null);
        var timeline = jdbc.sql("select at, actor, change from soc.incident_change where incident_id = :id order by at, id").param("id", id)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3))).list();
        var alerts = jdbc.sql("select id from soc.alert where incident_id = :id order by id").param("id", id).query(Long.class).list();
        return new IncidentDetail(view, resolution, timeline, alerts);
    }

    /** What an analyst does to an incident; every action goes to its timeline. */
    enum Action { ACKNOWLEDGE, ASSIGN, COMMENT, SEVERITY, CLOSE, MERGE }

    @Transactional
    void act(long id, Action action, String text, String actor, Instant at) {
        var status = jdbc.sql("select status from soc.incident where id = :id for update").param("id", id).query(String.class)
                .optional().orElseThrow(() -> new org.podium.platform.NotFound("incident", Long.toString(id)));
        if (status.equals("CLOSED") && action != Action.COMMENT) {
            throw new IllegalArgumentException("Incident " + id + " is closed; only comments can be added");
        }
        var value = text.strip();
        switch (action) {
            case ACKNOWLEDGE -> {
                jdbc.sql("update soc.incident set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, :at) where id = :id")
                        .param("at", Timestamp.from(at)).param("id", id).update();
                change(id, at, actor, "acknowledged");
            }
            case ASSIGN -> {
                require(value, "an analyst's name");
                // Assigned to an analyst who exists and can work the board, never to a free text.
                if (staff.find(value).filter(m -> m.enabled() && (m.roles().contains(org.podium.accounts.StaffRole.SOC_ANALYST)
                        || m.roles().contains(org.podium.accounts.StaffRole.ADMIN))).isEmpty()) {
                    throw new IllegalArgumentException("An incident is assigned to a SOC analyst's user name; "
                            + org.podium.platform.TextInput.printable(value) + " is not one");
                }
                jdbc.sql("update soc.incident set assignee = :who where id = :id").param("who", value).param("id", id).update();
                change(id, at, actor, "assigned to " + value);
            }
            case COMMENT -> {
                require(value, "a comment");
                change(id, at, actor, "comment: " + value);
            }
            case SEVERITY -> {
                if (!java.util.Set.of("low", "medium", "high", "critical").contains(value)) {
                    throw new IllegalArgumentException("Severity is low, medium, high or critical");
                }
                jdbc.sql("update soc.incident set severity = :s where id = :id").param("s", value).param("id", id).update();
                change(id, at, actor, "severity set to " + value);
            }
            case CLOSE -> {
                require(value, "a resolution");
                jdbc.sql("update soc.incident set status = 'CLOSED', resolution = :r, closed_at = :at, "
                                + "acknowledged_at = coalesce(acknowledged_at, :at) where id = :id")
                        .param("r", value).param("at", Timestamp.from(at)).param("id", id).update();
                jdbc.sql("update soc.alert set status = 'CLOSED' where incident_id = :id").param("id", id).update();
                change(id, at, actor, "closed: " + value);
            }
            case MERGE -> {
                long into;
                try {
                    into = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Merge into an incident number");
                }
                if (into == id || jdbc.sql("select count(*) from soc.incident where id = :i and status <> 'CLOSED'").param("i", into)
                        .query(Long.class).single() == 0) {
                    throw new IllegalArgumentException("Merge into another open incident");
                }
                jdbc.sql("update soc.alert set incident_id = :into where incident_id = :id").param("into", into).param("id", id).update();
                jdbc.sql("update soc.incident set status = 'CLOSED', resolution = :r, closed_at = :at where id = :id")
                        .param("r", "merged into " + into).param("at", Timestamp.from(at)).param("id", id).update();
                change(id, at, actor, "merged into " + into);
                change(into, at, actor, "incident " + id + " merged in");
            }
        }
    }

    private static void require(String value, String what) {
        if (value.isEmpty() || value.length() > 2000) {
            throw new IllegalArgumentException("This needs " + what + " (1 to 2,000 characters)");
        }
    }

    List<IncidentView> board() {
        return board(null);
    }

    private List<IncidentView> board(@Nullable Long only) {
        return jdbc.sql("""
                select i.id, i.title, i.severity, i.status, i.assignee, i.opened_at, i.acknowledged_at, i.closed_at,
                       (select count(*) from soc.alert a where a.incident_id = i.id)
                from soc.incident i where (cast(:only as bigint) is null or i.id = :only)
                order by (i.status = 'CLOSED'), i.opened_at desc limit 100""")
                .param("only", only)
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
