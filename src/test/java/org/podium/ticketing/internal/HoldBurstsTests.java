package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.accounts.FanId;
import org.podium.ticketing.HoldBurst;
import org.podium.ticketing.internal.sale.Hold;
import org.podium.ticketing.internal.sale.HoldBursts;

/** Hold requests per client address and minute: one burst published when the threshold is passed, once a minute. */
class HoldBurstsTests {

    private final List<Object> published = new ArrayList<>();

    private HoldBursts at(String time) {
        return new HoldBursts(30, new org.podium.platform.events.DurableEvents(published::add), Clock.fixed(Instant.parse(time), ZoneOffset.UTC));
    }

    @Test
    void thirtyHoldsInAMinuteFromOneAddressAreOneBurstAndTwentyNineAreNone() {
        var bursts = at("2024-06-10T10:00:05Z");
        for (var i = 0; i < 29; i++) {
            bursts.record("198.51.100.7", FanId.random());
            bursts.record("203.0.113.1", FanId.random());
        }
        assertThat(published).isEmpty();

        for (var i = 0; i < 20; i++) {
            bursts.record("198.51.100.7", FanId.random());
        }

        assertThat(published).singleElement().isInstanceOfSatisfying(HoldBurst.class, burst -> {
            assertThat(burst.clientAddress()).isEqualTo("198.51.100.7");
            assertThat(burst.holds()).isEqualTo(30);
            assertThat(burst.fans()).isEqualTo(30);
            assertThat(burst.minuteStart()).isEqualTo(Instant.parse("2024-06-10T10:00:00Z"));
        });
    }

    @Test
    void theCountStartsAgainEachMinute() {
        var now = new Instant[] {Instant.parse("2024-06-10T10:00:50Z")};
        var clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        var bursts = new HoldBursts(30, new org.podium.platform.events.DurableEvents(published::add), clock);
        for (var i = 0; i < 20; i++) {
            bursts.record("198.51.100.7", FanId.random());
        }
        now[0] = Instant.parse("2024-06-10T10:01:05Z");
        for (var i = 0; i < 20; i++) {
            bursts.record("198.51.100.7", FanId.random());
        }
        assertThat(published).as("40 holds over two minutes, 20 in each").isEmpty();

        for (var i = 0; i < 10; i++) {
            bursts.record("198.51.100.7", FanId.random());
        }
        assertThat(published).hasSize(1);
    }
}
