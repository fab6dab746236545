package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.PriceCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.podium.ticketing.internal.inventory.SessionInventory;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.Hold;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.order.OrderPayments;
import org.podium.ticketing.internal.order.OrderView;
import org.podium.ticketing.internal.payment.SandboxPayments;
import org.podium.ticketing.internal.payment.WebhookSignature;

/**
 * The payment state machine against the sandbox provider, whose webhooks come over real HTTP:
 * confirmation, decline, time-out, late confirmation (seats kept or refunded), duplicate and
 * forged webhooks, the idempotent retry.
 */
@PodiumIntegrationTest
class PaymentIntegrationTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired Holds holds;
    @Autowired Orders orders;
    @Autowired OrderPayments orderPayments;
    @Autowired Inventories inventories;
    @Autowired SandboxPayments sandbox;
    @Autowired WebhookSignature signature;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.podium.soc.internal.SocTestSupport soc;

    private String session;

    @BeforeEach
    void openSale() {
        if (session == null) {
            session = TicketingFixtures.upcoming(programme, clock, "aquatics-centre", 1).getFirst().code();
            if (phases.sellingAt(session, clock.now()).filter(p -> p.sessions() != null).isEmpty()) {
                TicketingFixtures.openSale(phases, clock, List.of(session), false);
            }
        }
    }

    private Hold hold(FanId fan, int seats) {
        return holds.hold(fan, new HoldRequest(List.of(new HoldRequest.Item(session, PriceCategory.B, seats, 0, null))));
    }

    /** Orders the hold, then types the card on the payment service's page, as the fan is sent there to do. */
    private OrderView checkout(Hold hold, String card) {
        var order = orders.checkout(hold.fan(), hold.id(), UUID.randomUUID().toString(), Collections.nCopies(hold.seatCount(), "Noa Petit")).order();
        var page = order.payAt().getPath();
        sandbox.pay(page.substring(page.lastIndexOf('/') + 1), card);
        return order;
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        var value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }

    private String statusOf(UUID order) {
        return orders.view(order).status();
    }

    private byte seat(Hold hold) {
        return inventories.of(session).state(hold.seats().getFirst().seats()[0]);
    }

    @Test
    void aConfirmedPaymentMakesThePendingOrderPaid() throws Exception {
        var fan = verifiedFans.any();
        var hold = hold(fan, 2);
        var order = checkout(hold, "4242424242424242");
        assertThat(order.status()).isEqualTo("PENDING_PAYMENT");
        assertThat(order.totalCents()).isEqualTo(2 * 8500);
        assertThat(order.tickets()).extracting(OrderView.TicketView::holder).containsOnly("Noa Petit");

        assertThat(eventually(() -> statusOf(order.id()), "PAID"::equals)).isEqualTo("PAID");
        assertThat(seat(hold)).isEqualTo(SessionInventory.SOLD);
    }

    @Test
    void aDeclinedPaymentPutsTheSeatsBackOnSale() throws Exception {
        var hold = hold(verifiedFans.any(), 2);
        var order = checkout(hold, SandboxPayments.DECLINE);
        assertThat(eventually(() -> statusOf(order.id()), "DECLINED"::equals)).isEqualTo("DECLINED");
        assertThat(seat(hold)).isEqualTo(SessionInventory.FREE);
        assertThat(orders.view(order.id()).tickets()).extracting(OrderView.TicketView::active).containsOnly(false);
    }

    @Test
    void aPaymentThatNeverAnswersExpiresWithItsHold() {
        var hold = hold(verifiedFans.any(), 1);
        var order = checkout(hold, SandboxPayments.TIMEOUT);
        orderPayments.expireDue(hold.expiresAt().minusSeconds(1)); // other tests' pending orders may go; this one stays
        assertThat(statusOf(order.id())).isEqualTo("PENDING_PAYMENT");
        orderPayments.expireDue(hold.expiresAt());
        assertThat(statusOf(order.id())).isEqualTo("EXPIRED");
        assertThat(seat(hold)).isEqualTo(SessionInventory.FREE);
    }

    @Test
    void aLateConfirmationKeepsTheSameSeatsWhenTheyAreStillFree() {
        var hold = hold(verifiedFans.any(), 2);
        var order = checkout(hold, SandboxPayments.LATE);
        orderPayments.expireDue(hold.expiresAt());
        assertThat(statusOf(order.id())).isEqualTo("EXPIRED");

        sandbox.deliverDue(hold.expiresAt().plusSeconds(3));

        var paid = orders.view(order.id());
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.statusReason()).contains("after its hold expired");
        assertThat(paid.tickets()).extracting(OrderView.TicketView::active).containsOnly(true);
        assertThat(seat(hold)).isEqualTo(SessionInventory.SOLD);
    }

    @Test
    void aLateConfirmationWhoseSeatsWereSoldAgainIsRefundedInFull() {
        var hold = hold(verifiedFans.any(), 2);
        var order = checkout(hold, SandboxPayments.LATE);
        orderPayments.expireDue(hold.expiresAt());
        // Another fan takes the very seats in the meantime.
        var ids = orders.view(order.id()).tickets().stream().map(OrderView.TicketView::seat).toList();
        holds.hold(verifiedFans.any(), new HoldRequest(List.of(new HoldRequest.Item(session, null, 0, 0, ids))));

        sandbox.deliverDue(hold.expiresAt().plusSeconds(3));

        var refunded = orders.view(order.id());
        assertThat(refunded.status()).isEqualTo("LATE_REFUNDED");
        assertThat(refunded.tickets()).extracting(OrderView.TicketView::active).containsOnly(false);
        assertThat(jdbc.sql("select status from ticketing.sandbox_payment where order_id = :o").param("o", order.id())
                .query(String.class).single()).isEqualTo("REFUNDED");
        assertThat(seat(hold)).isEqualTo(SessionInventory.HELD);
    }

    @Test
    void aDuplicateWebhookChangesNothingAndAForgedOneIsRefused() throws Exception {
        var hold = hold(verifiedFans.any(), 1);
        var order = checkout(hold, SandboxPayments.TIMEOUT);
        var body = "{\"id\":\"evt_dup_" + order.id() + "\",\"type\":\"payment.succeeded\",\"payment\":\"" + paymentOf(order.id())
                + "\",\"order\":\"" + order.id() + "\",\"amountCents\":" + totalOf(order.id()) + ",\"currency\":\"EUR\"}";

        mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(WebhookSignature.HEADER, "t=" + Instant.now().getEpochSecond() + ",v1=00ff"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(WebhookSignature.HEADER, signature.sign(body, Instant.now().minus(Duration.ofMinutes(10)))))
                .andExpect(status().isUnauthorized());
        assertThat(statusOf(order.id())).isEqualTo("PENDING_PAYMENT");

        for (var i = 0; i < 2; i++) {
            mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                    .header(WebhookSignature.HEADER, signature.sign(body, Instant.now())))
                    .andExpect(status().isNoContent());
        }
        assertThat(statusOf(order.id())).isEqualTo("PAID");
        assertThat(jdbc.sql("select count(*) from ticketing.payment_event where order_id = :o").param("o", order.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSignedWebhookThatDoesNotMatchItsOrderIsRefusedAndRaisedToTheSoc() throws Exception {
        var victim = checkout(hold(verifiedFans.any(), 1), SandboxPayments.TIMEOUT);
        var other = checkout(hold(verifiedFans.any(), 2), SandboxPayments.TIMEOUT);
        var alertsBefore = soc.alertsOf("8f4a2c6e-1b3d-4e5f-a7c9-0d2e4f6a8b17");
        var payment = paymentOf(victim.id());
        var total = totalOf(victim.id());

        // Another order's payment, a cent less, another currency: each signed, each refused with the reason.
        for (var wrong : List.of(
                List.of(paymentOf(other.id()), String.valueOf(total), "EUR", "is not this order's"),
                List.of(payment, String.valueOf(total - 1), "EUR", "the order's total is " + total),
                List.of(payment, String.valueOf(total), "USD", "currency USD"))) {
            var body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"payment.succeeded\",\"payment\":\"" + wrong.get(0)
                    + "\",\"order\":\"" + victim.id() + "\",\"amountCents\":" + wrong.get(1) + ",\"currency\":\"" + wrong.get(2) + "\"}";
            mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                            .header(WebhookSignature.HEADER, signature.sign(body, Instant.now())))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("https://podium.example/problems/webhook-mismatch"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(wrong.get(3))));
        }
        assertThat(statusOf(victim.id())).isEqualTo("PENDING_PAYMENT");
        soc.awaitAlerts("8f4a2c6e-1b3d-4e5f-a7c9-0d2e4f6a8b17", alertsBefore + 3);

        // A huge body is not read, let alone parsed; a signature time past the year 9999 is stale, not a 500.
        mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content("{\"pad\":\"" + "x".repeat(20_000) + "\"}")
                        .header(WebhookSignature.HEADER, "t=1,v1=00"))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header(WebhookSignature.HEADER, "t=9223372036854775807,v1=00"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String paymentOf(UUID order) {
        return jdbc.sql("select payment_ref from ticketing.ticket_order where id = :o").param("o", order).query(String.class).single();
    }

    private long totalOf(UUID order) {
        return jdbc.sql("select total_cents from ticketing.ticket_order where id = :o").param("o", order).query(Long.class).single();
    }

    @Test
    void retryingACheckoutWithTheSameKeyReturnsTheFirstOrder() {
        var fan = verifiedFans.any();
        var hold = hold(fan, 2);
        var first = orders.checkout(fan, hold.id(), "key-1", List.of("A B", "C D"));
        var again = orders.checkout(fan, hold.id(), "key-1", List.of("A B", "C D"));
        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.order().id()).isEqualTo(first.order().id());
        assertThat(jdbc.sql("select count(*) from ticketing.ticket_order where fan_id = :f").param("f", fan.value())
                .query(Long.class).single()).isEqualTo(1);
    }
}
