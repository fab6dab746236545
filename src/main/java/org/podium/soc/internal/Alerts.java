package org.podium.soc.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts, with suppression: while an alert of a rule for a group is open, the same rule firing
 * for the same group within {@link #SUPPRESSION} only counts on it. High and critical alerts open
 * an incident or join the open one with the same key (the rule and the group).
 */
@Component
class Alerts {

    static final Duration SUPPRESSION = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final AlertStream stream;
    private final SocFunnel funnel;

    Alerts(JdbcClient jdbc, Incidents incidents, AlertStream stream, SocFunnel funnel) {
        this.funnel = funnel;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.stream = stream;
    }

    /**
     * Sent to the board's open streams once the transaction commits. A direct callback, not an
     * application event: a transactional listener would be recorded in the event publication
     * registry, three writes per alert, for a stream that a reconnecting board reads from the
     * database anyway.
     */
    private void announce(AlertStream.AlertStored alert) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            stream.send(alert);
            return;
        }
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        stream.send(alert);
                    }
                });
    }

    /** What fired, with what a reader needs: the rule's identity and attribution, the group, the evidence. */
    record Raised(String ruleId, String title, String level, String author, List<String> tactics, List<String> techniques,
                  String groupKey, String evidence, Instant at) {
    }

    /** An alert as analysts see it. */
    record AlertView(long id, String ruleId, String title, String level, String author, List<String> techniques,
                     String groupKey, String status, Instant firstAt, Instant lastAt, int suppressedCount,
                     @Nullable Long incidentId) {
    }

    @Transactional
    long raise(Raised raised) {
        // One lock per rule and group, for this transaction: two hits of one group cannot both open an
        // alert, and alerts of other groups are stored meanwhile (no global lock).
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "soc-alert|" + raised.ruleId() + "|" + raised.groupKey())
                .query(Object.class).single();
        var open = jdbc.sql("""
                select id from soc.alert where rule_id = :rule and group_key = :group and status = 'OPEN' and last_at >= :since
                order by last_at desc limit 1 for update""")
                .param("rule", raised.ruleId()).param("group", raised.groupKey())
                .param("since", Timestamp.from(raised.at().minus(SUPPRESSION))).query(Long.class).optional();
        if (open.isPresent()) {
            jdbc.sql("update soc.alert set suppressed_count = suppressed_count + 1, last_at = :at where id = :id")
                    .param("at", Timestamp.from(raised.at())).param("id", open.get()).update();
            announce(new AlertStream.AlertStored(open.get(), raised.title(), raised.level(), raised.groupKey()));
            return open.get();
        }
        var id = jdbc.sql("""
                insert into soc.alert (rule_id, title, level, author, tactics, techniques, group_key, evidence, first_at, last_at)
                values (:rule, :title, :level, :author, :tactics, :techniques, :group, :evidence, :at, :at) returning id""")
                .param("rule", raised.ruleId()).param("title", raised.title()).param("level", raised.level())
                .param("author", raised.author()).param("tactics", raised.tactics().toArray(String[]::new))
                .param("techniques", raised.techniques().toArray(String[]::new)).param("group", raised.groupKey())
                .param("evidence", raised.evidence()).param("at", Timestamp.from(raised.at()))
                .query(Long.class).single();
        funnel.alertOpened(raised.level());
        if (raised.level().equals("high") || raised.level().equals("critical")) {
            var incident = incidents.openOrJoin(raised.ruleId() + "|" + raised.groupKey(), raised.title(), raised.level(), id, raised.at());
            jdbc.sql("update soc.alert set incident_id = :incident where id = :id").param("incident", incident).param("id", id).update();
        }
        announce(new AlertStream.AlertStored(id, raised.title(), raised.level(), raised.groupKey()));
        return id;
    }

    /**
     * An analyst acknowledges or closes an alert. OPEN -> ACKNOWLEDGED -> CLOSED, or OPEN -> CLOSED;
     * a closed alert stays closed (the rule firing again opens a new one). An alert in an incident
     * writes the change to the incident's timeline.
     */
    @Transactional
    AlertView changeStatus(long id, String status, String actor, Instant at) {
        var current = jdbc.sql("select status, incident_id from soc.alert where id = :id for update").param("id", id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2)}).optional()
                .orElseThrow(() -> new org.podium.platform.NotFound("alert", String.valueOf(id)));
        var from = (String) current[0];
        var allowed = switch (status) {
            case "ACKNOWLEDGED" -> from.equals("OPEN");
            case "CLOSED" -> !from.equals("CLOSED");
            default -> throw new IllegalArgumentException("An alert's status becomes ACKNOWLEDGED or CLOSED, not " + status);
        };
        if (!allowed) {
            throw new IllegalArgumentException("Alert " + id + " is " + from + "; it cannot become " + status);
        }
        jdbc.sql("""
                update soc.alert set status = :status, status_by = :actor,
                    acknowledged_at = case when :status = 'ACKNOWLEDGED' then :at else acknowledged_at end,
                    closed_at = case when :status = 'CLOSED' then :at else closed_at end
                where id = :id""")
                .param("status", status).param("actor", actor).param("at", Timestamp.from(at)).param("id", id).update();
        if (current[1] != null) {
            incidents.change(((Number) current[1]).longValue(), at, actor, "alert " + id + " " + status.toLowerCase(java.util.Locale.ROOT));
        }
        return recent(500).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new org.podium.platform.NotFound("alert", String.valueOf(id)));
    }

    /** The ATT&CK techniques named by any alert so far. */
    java.util.Set<String> firedTechniques() {
        return new java.util.HashSet<>(jdbc.sql("select distinct unnest(techniques) from soc.alert").query(String.class).list());
    }

    List<AlertView> recent(int limit) {
        return jdbc.sql("""
                select id, rule_id, title, level, author, techniques, group_key, status, first_at, last_at, suppressed_count, incident_id
                from soc.alert order by last_at desc limit :n""").param("n", limit)
                .query((rs, n) -> new AlertView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        List.of((String[]) rs.getArray(6).getArray()), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant(), rs.getInt(11), (Long) rs.getObject(12))).list();
    }
}
