package org.podium.soc.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The stored security events: one PostgreSQL partition per day (UTC), made ahead of time, dropped
 * whole when older than the retention period ({@code podium.soc.retention}, 30 days).
 */
@Component
class EventStore {

    private static final Logger log = LoggerFactory.getLogger(EventStore.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Duration retention;
    private final SocFunnel funnel;
    private final EventCopy copy;

    EventStore(JdbcClient jdbc, JdbcTemplate batch, @Value("${podium.soc.retention:30d}") Duration retention, SocFunnel funnel,
               EventCopy copy) {
        this.funnel = funnel;
        this.copy = copy;
        this.jdbc = jdbc;
        this.batch = batch;
        this.retention = retention;
    }

    // At refresh, before the ready-time work (demo accounts, feeds) publishes the platform's own
    // events: a day's first event stored before its partition exists would pin the day to the default one.
    @EventListener(org.springframework.context.event.ContextRefreshedEvent.class)
    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    void maintainPartitions() {
        var today = LocalDate.now(ZoneOffset.UTC);
        for (var day = 0; day <= 2; day++) {
            createPartition(today.plusDays(day));
        }
        var oldest = today.minusDays(retention.toDays());
        var partitions = jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
                join pg_namespace n on n.oid = p.relnamespace where n.nspname = 'soc' and p.relname = 'event'
                and c.relname ~ '^event_[0-9]{8}$'""").query(String.class).list();
        for (var partition : partitions) {
            var day = LocalDate.parse(partition.substring("event_".length()), DAY);
            if (day.isBefore(oldest)) {
                jdbc.sql("drop table soc." + partition).update();
                log.info("Security events of {} dropped (retention {} days)", day, retention.toDays());
            }
        }
    }

    private void createPartition(LocalDate day) {
        var name = "event_" + DAY.format(day);
        try {
            jdbc.sql("create table if not exists soc." + name + " partition of soc.event for values from ('" + day
                    + "T00:00:00Z') to ('" + day.plusDays(1) + "T00:00:00Z')").update();
        } catch (RuntimeException e) {
            // Events of that day already went to the default partition: they stay there.
            log.warn("No partition for {}: {}", day, e.getMessage());
        }
    }

    /** An event taken in: its JSON text, checked, and the values of its indexed fields. */
    record NewEvent(String text, IndexedFields indexed) {
    }

    private static final String COLUMNS = "received_at, source, batch_id, " + String.join(", ", IndexedFields.COLUMNS.values()) + ", body";

    /** Events (the platform's own), stored in the caller's transaction; their evaluation is the caller's. */
    void store(String source, List<NewEvent> events, Instant at) {
        var rows = new ArrayList<Object[]>();
        for (var event : events) {
            var row = new ArrayList<@Nullable Object>(List.of(Timestamp.from(at), source));
            row.add(null); // no batch: evaluated by the caller
            row.addAll(java.util.Arrays.asList(event.indexed().values()));
            row.add(event.text());
            rows.add(row.toArray());
        }
        batch.batchUpdate("insert into soc.event (" + COLUMNS + ") values (?, ?, ?, " + "?, ".repeat(IndexedFields.COLUMNS.size())
                + "?::json)", rows);
        funnel.stored(source, rows.size());
    }

    /**
     * A batch: its pending-evaluation row, then its events in one {@code COPY}, in the caller's
     * transaction (both or neither). Returns the batch's id, which the evaluation deletes when done.
     */
    long storeBatch(String source, List<NewEvent> events, Instant at) {
        var id = jdbc.sql("insert into soc.pending_batch (source, received_at, events) values (:source, :at, :events) returning id")
                .param("source", source).param("at", Timestamp.from(at)).param("events", events.size()).query(Long.class).single();
        copy.copy("soc.event (" + COLUMNS + ")", source, events, at, id);
        funnel.stored(source, events.size());
        return id;
    }

    /** A batch stored but not evaluated when the platform stopped. */
    record PendingBatch(long id, String source, Instant receivedAt, int events) {
    }

    List<PendingBatch> pending() {
        return jdbc.sql("select id, source, received_at, events from soc.pending_batch order by id")
                .query((rs, n) -> new PendingBatch(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4))).list();
    }

    /** A pending batch's events, as stored. */
    List<String> bodies(PendingBatch batch) {
        return jdbc.sql("select body::text from soc.event where received_at = :at and batch_id = :id order by id")
                .param("at", Timestamp.from(batch.receivedAt())).param("id", batch.id()).query(String.class).list();
    }

    void evaluated(long batch) {
        jdbc.sql("delete from soc.pending_batch where id = :id").param("id", batch).update();
    }

    /** The fields with a column and an index of their own (V6__indexed_fields_as_columns.sql): equality on them reads only the matching rows. */
    static final java.util.Set<String> INDEXED = IndexedFields.COLUMNS.keySet();

    /** A stored event. */
    record StoredEvent(long id, Instant receivedAt, String source, String body) {
    }

    /** Events received in [from, to), optionally where a top-level or dotted field equals a value; newest first. */
    List<StoredEvent> search(Instant from, Instant to, @Nullable String field, @Nullable String value, int limit) {
        var search = new Search(from, to, field, value, limit);
        return jdbc.sql(search.sql).params(search.params)
                .query((rs, n) -> new StoredEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** PostgreSQL's plan for that search, as {@code explain} prints it: which partitions and indexes it reads. */
    String plan(Instant from, Instant to, @Nullable String field, @Nullable String value, int limit) {
        var search = new Search(from, to, field, value, limit);
        return String.join("\n", jdbc.sql("explain " + search.sql).params(search.params).query(String.class).list());
    }

    /** A search's statement and parameters. */
    private static final class Search {
        final String sql;
        final Map<String, Object> params = new java.util.HashMap<>();

        Search(Instant from, Instant to, @Nullable String field, @Nullable String value, int limit) {
            var sql = new StringBuilder("select id, received_at, source, body::text from soc.event where received_at >= :from and received_at < :to");
            params.putAll(Map.of("from", Timestamp.from(from), "to", Timestamp.from(to), "limit", limit));
            if (field != null && !field.isBlank() && value != null) {
                if (!field.matches("[A-Za-z0-9_@.-]{1,100}")) {
                    throw new IllegalArgumentException("A field is letters, digits, dots, dashes, underscores and @");
                }
                if (INDEXED.contains(field)) {
                    sql.append(" and ").append(IndexedFields.COLUMNS.get(field)).append(" = :value");
                } else {
                    sql.append(" and body #>> :path = :value");
                    params.put("path", field.split("\\."));
                }
                params.put("value", value);
            }
            sql.append(" order by received_at desc, id desc limit :limit");
            this.sql = sql.toString();
        }
    }
}
