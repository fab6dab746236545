package org.podium.soc.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets module tests raise alerts and read what was stored. */
@Component
public class SocTestSupport {

    private final Alerts alerts;
    private final Incidents incidents;
    private final JdbcClient jdbc;
    private final EventStore store;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    private final org.springframework.beans.factory.ObjectProvider<KafkaEvents> kafka;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final EventText texts;

    SocTestSupport(Alerts alerts, Incidents incidents, JdbcClient jdbc, EventStore store, io.micrometer.core.instrument.MeterRegistry meters,
                   org.springframework.beans.factory.ObjectProvider<KafkaEvents> kafka,
                   org.springframework.transaction.support.TransactionTemplate transactions, EventText texts) {
        this.transactions = transactions;
        this.texts = texts;
        this.kafka = kafka;
        this.alerts = alerts;
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.store = store;
        this.meters = meters;
    }

    public int eventsTagged(String tag, Instant from) {
        return store.search(from, Instant.now().plusSeconds(5), "tag", tag, 100).size();
    }

    /** Events found by the store's search, as the API runs it. */
    public List<String> search(Instant from, Instant to, @Nullable String field, @Nullable String value) {
        return store.search(from, to, field, value, 1000).stream().map(e -> e.id() + " " + e.body()).toList();
    }

    /** PostgreSQL's plan for the store's search. */
    public String searchPlan(Instant from, Instant to, @Nullable String field, @Nullable String value) {
        return store.plan(from, to, field, value, 1000);
    }

    /**
     * The same search as PostgreSQL alone reads it: index scans switched off for its transaction
     * (a sequential scan of the partitions), the field read from the stored text with {@code #>>},
     * not from the columns the platform filled.
     */
    public List<String> searchBySequentialScan(Instant from, Instant to, @Nullable String field, @Nullable String value) {
        return transactions.execute(status -> {
            jdbc.sql("set local enable_indexscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            jdbc.sql("set local enable_indexonlyscan = off").update();
            var sql = "select id, body::text from soc.event where received_at >= :from and received_at < :to"
                    + (field == null ? "" : " and body #>> :path = :value") + " order by received_at desc, id desc limit 1000";
            var query = jdbc.sql(sql).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to));
            if (field != null) {
                query = query.param("path", field.split("\\.")).param("value", value);
            }
            return query.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).list();
        });
    }

    /**
     * Events stored as ingestion stores them, each checked first: through {@code COPY} as a batch
     * (already evaluated: nothing left pending), or one by one as the platform's own events are.
     */
    public void store(String source, Instant at, List<String> texts, boolean asBatch) {
        var events = texts.stream().map(text -> {
            var checked = this.texts.check(text);
            if (checked.refusal() != null) {
                throw new IllegalArgumentException(checked.refusal());
            }
            return new EventStore.NewEvent(text, checked.indexed());
        }).toList();
        transactions.executeWithoutResult(status -> {
            if (asBatch) {
                store.evaluated(store.storeBatch(source, events, at));
            } else {
                store.store(source, events, at);
            }
        });
    }

    /** Stored events of the source whose indexed columns differ from what PostgreSQL's {@code #>>} reads in their text. */
    public List<String> indexedColumnsUnlikeTheirText(String source) {
        return jdbc.sql("""
                select body::text from soc.event where source = :source and (
                    user_name is distinct from body #>> '{user}' or source_ip is distinct from body #>> '{source,ip}'
                    or computer is distinct from body #>> '{Computer}' or event_id is distinct from body #>> '{EventID}')""")
                .param("source", source).query(String.class).list();
    }

    /** Hands a poll's records to the Kafka listener, as the container does (again, after a crash before the offsets' commit). */
    public void deliver(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        kafka.getObject().on(records);
    }

    public double rejectedFromKafka() {
        var counter = meters.find("podium.soc.events.rejected").tag("source", "kafka").counter();
        return counter == null ? 0 : counter.count();
    }

    public void act(@Nullable Long incident, String action, String text) {
        incidents.act(incident == null ? -1 : incident, Incidents.Action.valueOf(action), text, "analyst", Instant.now());
    }

    public long raise(String rule, String level, String group) {
        return alerts.raise(new Alerts.Raised(rule, "Test " + rule, level, "Podium", List.of("credential-access"), List.of("T1110"),
                group, "{}", Instant.now()));
    }

    public String alertStatus(long alert) {
        return jdbc.sql("select status from soc.alert where id = :id").param("id", alert).query(String.class).single();
    }

    public int suppressedCount(long alert) {
        return jdbc.sql("select suppressed_count from soc.alert where id = :id").param("id", alert).query(Integer.class).single();
    }

    public @Nullable Long incidentOf(long alert) {
        var incident = jdbc.sql("select coalesce(incident_id, -1) from soc.alert where id = :id").param("id", alert)
                .query(Long.class).single();
        return incident < 0 ? null : incident;
    }

    public List<String> timeline(@Nullable Long incident) {
        return jdbc.sql("select change from soc.incident_change where incident_id = :id order by at, id").param("id", incident)
                .query(String.class).list();
    }

    public int alertsOf(String rule) {
        return jdbc.sql("select count(*) from soc.alert where rule_id = :r").param("r", rule).query(Integer.class).single();
    }

    public String lastEvidence(String rule) {
        return jdbc.sql("select evidence from soc.alert where rule_id = :r order by id desc limit 1").param("r", rule)
                .query(String.class).single();
    }

    /** Waits (at most 10 s) for the asynchronous pipeline to store that many alerts of a rule. */
    public void awaitAlerts(String rule, int count) throws InterruptedException {
        var deadline = System.currentTimeMillis() + 10_000;
        while (alertsOf(rule) < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(300); // anything that would come on top
    }
}
