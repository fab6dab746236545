package org.podium.accreditation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal data is kept to what the Games need: once {@code podium.accreditation.purge-after}
 * (a date, Paris time; unset: never) has passed, every request, its steps, its cards and the
 * screening batches are deleted. Organisations, quotas, categories and the audit trail (which
 * names requests by id only) stay. Checked daily.
 */
@Component
class Purge {

    private static final Logger log = LoggerFactory.getLogger(Purge.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Optional<LocalDate> after;

    Purge(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
          @Value("${podium.accreditation.purge-after:#{null}}") @org.jspecify.annotations.Nullable LocalDate after) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.after = Optional.ofNullable(after);
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "Europe/Paris")
    void daily() {
        purge(clock.instant());
    }

    /** Deletes the personal data if the purge date is before {@code now}; returns how many requests went. */
    @Transactional
    int purge(Instant now) {
        if (after.isEmpty() || !now.isAfter(after.get().plusDays(1).atStartOfDay(GamesClock.ZONE).toInstant())) {
            return 0;
        }
        jdbc.sql("delete from accreditation.request_step").update();
        jdbc.sql("delete from accreditation.card").update();
        jdbc.sql("delete from accreditation.photo").update();
        jdbc.sql("delete from accreditation.screening_batch").update();
        var requests = jdbc.sql("delete from accreditation.request").update();
        if (requests > 0) {
            log.info("Accreditation personal data purged ({} requests): the purge date {} has passed", requests, after.get());
            events.publishEvent(new StaffActionPerformed("podium", "accreditation.purged", String.valueOf(requests),
                    requests + " requests and their cards deleted after " + after.get(), now));
        }
        return requests;
    }
}
