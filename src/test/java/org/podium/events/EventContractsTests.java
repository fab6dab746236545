package org.podium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.SignInAttempted;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.podium.gates.DoubleEntryDetected;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.HoldBurst;
import org.podium.ticketing.OrderPaid;
import org.podium.ticketing.OrderPlaced;
import org.podium.ticketing.OrderRefunded;
import org.podium.ticketing.TicketChangedHands;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every event that crosses a module, published by the use case that makes the change and heard by
 * the module that consumes it. A Scenario per contract on the whole platform: a module test of the
 * producer alone would not contain the consumer, and "consumed" is the half that was lost before.
 * Consumed means the consumer's own state changed and its publication is COMPLETED in the registry.
 */
@PodiumIntegrationTest
@EnableScenarios
class EventContractsTests {

    private static final String VENUE = "stade-de-france";

    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;
    @Autowired GamesClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private Fan fan(String name) {
        return ticketing.newFan(name);
    }

    /** The listener's publication of the event whose JSON contains {@code fragment} completed. */
    private void completedFor(String listenerClass, Class<?> eventType, String fragment) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from event_publication where listener_id like :listener and event_type = :type
                          and serialized_event like :fragment and completion_date is not null""")
                .param("listener", "%" + listenerClass + "%").param("type", eventType.getName())
                .param("fragment", "%" + fragment + "%").query(Integer.class).single()).isPositive());
    }

    @Test
    void anOrderPaidPutsItsTicketsAtTheGates(Scenario scenario) {
        var ada = fan("Ada Lovelace");
        var bought = new TicketingTestSupport.Bought[1];
        scenario.stimulate(() -> bought[0] = ticketing.paidOrder(VENUE, ada.id(), 2, "Ada Lovelace"))
                .andWaitForEventOfType(OrderPaid.class).matching(paid -> paid.fan().equals(ada.id()))
                .toArriveAndVerify(paid -> assertThat(paid.tickets()).hasSize(2));
        completedFor("gates", OrderPaid.class, bought[0].order().toString());
        assertThat(ticketsAtGates(bought[0].tickets())).isEqualTo(2);
    }

    @Test
    void anOrderRefundedRevokesItsTicketsAtTheGatesAndIsAudited(Scenario scenario) {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ticketsAtGates(bought.tickets()) == 1);
        scenario.stimulate(() -> ticketing.refund(bought.order(), "session moved", "manager"))
                .andWaitForEventOfType(OrderRefunded.class).matching(refunded -> refunded.order().equals(bought.order()))
                .toArriveAndVerify(refunded -> assertThat(refunded.tickets()).containsExactlyElementsOf(bought.tickets()));
        completedFor("gates", OrderRefunded.class, bought.order().toString());
        assertThat(jdbc.sql("select reason from gates.revocation where ticket_id = :t").param("t", bought.tickets().getFirst())
                .query(String.class).single()).isEqualTo("REFUNDED");
        completedFor("AuditRecorder", StaffActionPerformed.class, "order " + bought.order());
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'ticketing.order.refund' and target = :t")
                .param("t", "order " + bought.order()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTicketThatChangedHandsGetsANewVersionAtTheGates(Scenario scenario) {
        var ada = fan("Ada Lovelace");
        var grace = fan("Grace Hopper");
        var ticket = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace").tickets().getFirst();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ticketsAtGates(List.of(ticket)) == 1);
        var offer = ticketing.offerTransfer(ada.id(), ticket, grace.email());
        scenario.stimulate(() -> ticketing.acceptTransfer(grace.id(), offer, "Grace Hopper"))
                .andWaitForEventOfType(TicketChangedHands.class).matching(change -> change.ticket().equals(ticket))
                .toArriveAndVerify(change -> assertThat(change.to()).isEqualTo(grace.id()));
        completedFor("gates", TicketChangedHands.class, ticket.toString());
        assertThat(jdbc.sql("select version from gates.ticket where ticket_id = :t").param("t", ticket).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void anOrderPlacedIsCountedByTheSoc(Scenario scenario) {
        var ada = fan("Ada Lovelace");
        scenario.stimulate(() -> ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace"))
                .andWaitForEventOfType(OrderPlaced.class).matching(placed -> placed.fan().equals(ada.id()))
                .toArriveAndVerify(placed -> completedFor("soc", OrderPlaced.class, ada.id().value().toString()));
    }

    @Test
    void aSignInAttemptReachesTheSoc(Scenario scenario) {
        var address = "nobody-" + UUID.randomUUID() + "@example.org";
        scenario.stimulate(() -> {
                    try {
                        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/login")
                                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                                .param("email", address).param("password", "wrong password here"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForEventOfType(SignInAttempted.class).matching(attempt -> attempt.username().equals(address))
                .toArriveAndVerify(attempt -> {
                    assertThat(attempt.succeeded()).isFalse();
                    completedFor("soc", SignInAttempted.class, address);
                });
    }

    @Test
    void aStaffActionIsAuditedAndSeenByTheSoc(Scenario scenario) {
        var before = clock.setting();
        scenario.stimulate(() -> clock.set(before, "contract-test"))
                .andWaitForEventOfType(StaffActionPerformed.class).matching(action -> action.actor().equals("contract-test"))
                .toArriveAndVerify(action -> {
                    completedFor("AuditRecorder", StaffActionPerformed.class, "contract-test");
                    completedFor("soc", StaffActionPerformed.class, "contract-test");
                });
    }

    @Test
    void aHoldBurstAndADoubleEntryReachTheSoc(Scenario scenario) {
        var address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        // Published by their modules' use cases (HoldBursts on the hold path, Scans on an upload); the
        // contract checked here is the SOC's side: a durable listener that completes.
        var ticket = UUID.randomUUID();
        var at = Instant.parse("2024-08-02T15:10:00Z");
        scenario.publish(() -> new HoldBurst(address, 31, 31, at, at))
                .andWaitForEventOfType(HoldBurst.class).toArriveAndVerify(burst -> completedFor("soc", HoldBurst.class, address));
        scenario.publish(() -> new DoubleEntryDetected(ticket, "ATH05", List.of("B1", "B4"), at, at, at))
                .andWaitForEventOfType(DoubleEntryDetected.class)
                .toArriveAndVerify(entry -> completedFor("soc", DoubleEntryDetected.class, ticket.toString()));
    }

    private int ticketsAtGates(List<UUID> tickets) {
        return jdbc.sql("select count(*) from gates.ticket where ticket_id in (:t)").param("t", tickets).query(Integer.class).single();
    }
}
