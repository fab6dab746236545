package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the purge date every person's request, steps and cards are gone (the test rolls the
 * purge back: the database is shared with the other tests), and not a day before.
 */
@PodiumIntegrationTest
class PurgeTests {

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired AccreditationTestSupport accreditation;
    @Autowired Requests requests;

    @Test
    void personalDataIsDeletedOnceThePurgeDateHasPassed() {
        var card = accreditation.activeCard("BEL", "Ao", "PEETERS");
        var purge = new Purge(jdbc, events, clock, LocalDate.of(2025, 3, 31));
        assertThat(purge.purge(Instant.parse("2025-03-31T12:00:00Z"))).as("on the day itself").isZero();
        assertThat(requests.find(card.request())).isPresent();
        transactions.executeWithoutResult(status -> {
            assertThat(purge.purge(Instant.parse("2025-04-01T12:00:00Z"))).isPositive();
            assertThat(requests.find(card.request())).isEmpty();
            assertThat(jdbc.sql("select count(*) from accreditation.card").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from accreditation.request_step").query(Integer.class).single()).isZero();
            status.setRollbackOnly();
        });
        assertThat(new Purge(jdbc, events, clock, null).purge(Instant.parse("2030-01-01T00:00:00Z"))).as("no date: never").isZero();
    }
}
