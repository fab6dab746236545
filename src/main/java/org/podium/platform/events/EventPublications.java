package org.podium.platform.events;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The event publication registry kept honest: publications whose listener failed are resubmitted
 * on a schedule until {@code podium.events.max-attempts}, then left FAILED and reported (gauge
 * {@code podium.events.publications{status=GAVE_UP}}, the admin API) rather than retried forever;
 * completed ones are purged after {@code podium.events.retention}. Outstanding publications of a
 * crashed run are resubmitted at start by Modulith
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
public class EventPublications {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final int maxAttempts;
    private final Duration retention;
    private final java.util.concurrent.atomic.AtomicLong reportedGiveUps = new java.util.concurrent.atomic.AtomicLong();

    EventPublications(JdbcClient jdbc, FailedEventPublications failed, CompletedEventPublications completed,
                      @Value("${podium.events.max-attempts:10}") int maxAttempts,
                      @Value("${podium.events.retention:P7D}") Duration retention, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.completed = completed;
        this.maxAttempts = maxAttempts;
        this.retention = retention;
        for (var status : List.of("PUBLISHED", "PROCESSING", "COMPLETED", "FAILED", "RESUBMITTED", "GAVE_UP")) {
            Gauge.builder("podium.events.publications", this, p -> p.count(status))
                    .description("Event publications in the registry by status (GAVE_UP: failed at the attempt limit)")
                    .tag("status", status).register(meters);
        }
    }

    /** Failed publications with attempts left go to their listener again. */
    @Scheduled(initialDelayString = "${podium.events.resubmit-every:PT30S}", fixedDelayString = "${podium.events.resubmit-every:PT30S}")
    public void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(200).withMaxInFlight(200)
                .withFilter(publication -> publication.getCompletionAttempts() < maxAttempts));
        logGiveUps();
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(retention);
    }

    /** What the registry holds, per listener and status, with each failing listener's last error. */
    public record ListenerState(String listener, String eventType, String status, long publications, int attempts,
                                @Nullable String lastError, java.time.@Nullable Instant lastFailedAt) {
    }

    public List<ListenerState> byListener() {
        return jdbc.sql("""
                select p.listener_id, p.event_type, coalesce(p.status, case when p.completion_date is null then 'PUBLISHED' else 'COMPLETED' end),
                       count(*), max(coalesce(p.completion_attempts, 0)), f.last_error, f.last_failed_at
                from event_publication p left join platform.listener_failure f on f.listener_id = p.listener_id
                group by 1, 2, 3, f.last_error, f.last_failed_at order by 3, 1, 2""")
                .query((rs, n) -> new ListenerState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Publications per status; GAVE_UP counts the FAILED ones that reached the attempt limit. */
    public long count(String status) {
        if (status.equals("GAVE_UP")) {
            return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and completion_attempts >= :max")
                    .param("max", maxAttempts).query(Long.class).single();
        }
        if (status.equals("COMPLETED")) {
            return jdbc.sql("select count(*) from event_publication where completion_date is not null").query(Long.class).single();
        }
        return jdbc.sql("select count(*) from event_publication where status = :s and completion_date is null").param("s", status)
                .query(Long.class).single();
    }

    /** An operator who fixed a listener's cause sends every failed publication again, given-up ones included. */
    public void resubmitAllFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(200).withMaxInFlight(200));
    }

    private void logGiveUps() {
        var gaveUp = count("GAVE_UP");
        // Once per change, not every 30 s: the gauge and the admin API keep the standing figure.
        if (gaveUp > 0 && gaveUp != reportedGiveUps.getAndSet(gaveUp)) {
            log.error("{} event publications failed {} times and are no longer resubmitted: see /api/admin/events", gaveUp, maxAttempts);
        }
    }
}
