package org.podium.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.accounts.FanId;
import org.podium.ticketing.OrderRefunded;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Module events published with no transaction are caught: thrown in the tests, counted and logged in production. */
class EventTransactionGuardTests {

    private final OrderRefunded refund = new OrderRefunded(UUID.randomUUID(), FanId.random(), List.of(UUID.randomUUID()), "moved",
            Instant.now(), 12_000);

    @Test
    void aModuleEventOutsideATransactionFailsInStrictMode() {
        var guard = new EventTransactionGuard(true, new SimpleMeterRegistry());
        assertThatThrownBy(() -> guard.check(OrderRefunded.class, false))
                .hasMessageContaining("org.podium.ticketing.OrderRefunded was published with no transaction");
    }

    @Test
    void aModuleEventInsideATransactionPasses() {
        var guard = new EventTransactionGuard(true, new SimpleMeterRegistry());
        guard.check(refund.getClass(), true);
    }

    @Test
    void inModuleEventsAndFrameworkEventsAreNotModuleEvents() {
        assertThat(EventTransactionGuard.isModuleEvent(OrderRefunded.class)).isTrue();
        assertThat(EventTransactionGuard.isModuleEvent(InModule.class)).as("a type of an internal package").isFalse();
        assertThat(EventTransactionGuard.isModuleEvent(String.class)).isFalse();
    }

    @Test
    void outsideStrictModeItCountsInsteadOfThrowing() {
        var meters = new SimpleMeterRegistry();
        var guard = new EventTransactionGuard(false, meters);
        guard.check(OrderRefunded.class, false);
        assertThat(meters.counter("podium.events.outside_transaction").count()).isEqualTo(1);
    }

    record InModule(String value) {
    }
}
