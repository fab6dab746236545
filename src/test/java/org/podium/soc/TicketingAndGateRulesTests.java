package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.accounts.FanId;
import org.podium.gates.DoubleEntryDetected;
import org.podium.soc.internal.SocTestSupport;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.OrderPlaced;
import org.springframework.beans.factory.annotation.Autowired;
import org.podium.platform.events.DurableEvents;

/** Podium's rules on the gates' and ticketing's events: a double entry, a scalping bot's burst of orders. */
@PodiumIntegrationTest
class TicketingAndGateRulesTests {

    private static final String DOUBLE_ENTRY = "2b4d6f8a-5c7e-4a9b-8d1f-6a8c0e2b4d77";
    private static final String ORDER_BURST = "6f8a0c2e-9a1b-4d3f-8b5c-0e2b4d6f8a11";

    @Autowired DurableEvents events; // published in a transaction, as the modules do
    @Autowired SocTestSupport soc;

    @Test
    void aDoubleEntryAtTheGatesRaisesAHighAlertNamingTheTicketAndItsGates() throws Exception {
        var before = soc.alertsOf(DOUBLE_ENTRY);
        var ticket = UUID.randomUUID();
        var at = Instant.parse("2024-08-02T15:10:00Z");

        events.publish(new DoubleEntryDetected(ticket, "ATH05", List.of("B1", "B4"), at.minusSeconds(600), at.minusSeconds(30), at));

        soc.awaitAlerts(DOUBLE_ENTRY, before + 1);
        assertThat(soc.lastEvidence(DOUBLE_ENTRY)).contains(ticket.toString()).contains("B4");
    }

    @Test
    void tenOrdersFromOneAccountWithinTenMinutesAreAScalpingBurstButNineAreNot() throws Exception {
        var at = Instant.parse("2024-06-10T10:00:00Z");
        var bot = FanId.random();
        var family = FanId.random();
        var atStart = soc.alertsOf(ORDER_BURST);
        for (var i = 0; i < 9; i++) {
            events.publish(new OrderPlaced(UUID.randomUUID(), family, 2, List.of("SWM01"), at.plusSeconds(30L * i)));
        }
        Thread.sleep(1000); // the rules run asynchronously: give nine orders the time to (not) fire
        var before = soc.alertsOf(ORDER_BURST);
        assertThat(before).as("nine orders are no burst").isEqualTo(atStart);
        for (var i = 0; i < 10; i++) {
            events.publish(new OrderPlaced(UUID.randomUUID(), bot, 6, List.of("SWM01"), at.plusSeconds(20L * i)));
        }

        soc.awaitAlerts(ORDER_BURST, before + 1);
        assertThat(soc.lastEvidence(ORDER_BURST)).contains(bot.value().toString()).doesNotContain(family.value().toString());
    }

    @Test
    void aBurstOfHoldsFromOneAddressRaisesAHighAlertNamingTheAddress() throws Exception {
        var rule = "8a0c2e4f-1b3d-4f5a-9c7e-2d4f6a8b0c33";
        var before = soc.alertsOf(rule);

        events.publish(new org.podium.ticketing.HoldBurst("198.51.100.77", 120, 40, Instant.parse("2024-06-10T10:00:00Z"),
                Instant.parse("2024-06-10T10:00:31Z")));

        soc.awaitAlerts(rule, before + 1);
        assertThat(soc.lastEvidence(rule)).contains("198.51.100.77").contains("120");
    }
}
