package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.PriceCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.order.Orders;

/**
 * A refund leaves nothing of its tickets behind in ticketing: offers waiting for an answer are
 * cancelled, listings come off the resale (a reserved one too, never back as LISTED), and the
 * buyer who was paying gets their money and caps back. An Idempotency-Key binds to its request.
 */
@PodiumIntegrationTest
class RefundCompletenessTests {

    private static final String VENUE = "stade-de-france";

    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;
    @Autowired GamesClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Orders orders;
    @Autowired Holds holds;
    @Autowired Programme programme;
    @Autowired SalesPhases phases;
    @Autowired FanTallies tallies;

    private ClockSetting before;

    @BeforeEach
    void keepClock() {
        before = clock.setting();
    }

    @AfterEach
    void restoreClock() {
        clock.set(before, "refund-tests");
    }

    private Fan fan(String name) {
        return ticketing.newFan(name);
    }

    @Test
    void aRefundCancelsWaitingTransfersAndWithdrawsListingsEvenAReservedOne() {
        var ada = fan("Ada Lovelace");
        var grace = fan("Grace Hopper");
        var bob = fan("Bob Buyer");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 3, "Ada Lovelace");
        clock.simulate(bought.session().startsAt().minus(Duration.ofDays(2)), 1, "refund-tests");
        var offered = ticketing.offerTransfer(ada.id(), bought.tickets().get(0), grace.email());
        var listed = ticketing.listForResale(ada.id(), bought.tickets().get(1));
        var reserved = ticketing.listForResale(ada.id(), bought.tickets().get(2));
        var bobsOrder = ticketing.buyResale(bob.id(), reserved, "Bob Buyer");
        assertThat(listingStatus(reserved)).isEqualTo("RESERVED");
        var session = bought.session().code();
        var bobCountsBefore = tallies.tally(bob.id()).forSession(session);

        ticketing.refund(bought.order(), "session moved", "manager");

        assertThat(jdbc.sql("select status from ticketing.ticket_transfer where id = :id").param("id", offered).query(String.class)
                .single()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> ticketing.acceptTransfer(grace.id(), offered, "Grace Hopper"))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind().status).isEqualTo(409));
        assertThat(listingStatus(listed)).isEqualTo("WITHDRAWN");
        assertThat(listingStatus(reserved)).isEqualTo("WITHDRAWN");

        // Bob's payment arrives after the refund: it is refunded in full, the listing stays withdrawn.
        ticketing.confirmPayment(bobsOrder);
        assertThat(jdbc.sql("select status from ticketing.ticket_order where id = :id").param("id", bobsOrder).query(String.class)
                .single()).isEqualTo("LATE_REFUNDED");
        assertThat(listingStatus(reserved)).isEqualTo("WITHDRAWN");
        assertThat(tallies.tally(bob.id()).forSession(session)).as("Bob no longer counts the ticket").isEqualTo(bobCountsBefore - 1);
        assertThat(jdbc.sql("select count(*) from ticketing.ticket where order_id = :o and active").param("o", bought.order())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRefundedOrderCannotBeRefundedOrPaidAgain() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        ticketing.refund(bought.order(), "session moved", "manager");
        assertThatThrownBy(() -> ticketing.refund(bought.order(), "again", "manager"))
                .isInstanceOfSatisfying(SaleRefused.class, e -> {
                    assertThat(e.kind().status).isEqualTo(409);
                    assertThat(e.getMessage()).contains("REFUNDED").contains("cannot become REFUNDED");
                });
    }

    @Test
    void anIdempotencyKeyReusedForAnotherHoldIsRefusedNotAnsweredWithTheFirstOrder() {
        var ada = fan("Ada Lovelace");
        var session = TicketingFixtures.upcoming(programme, clock, "porte-de-la-chapelle-arena", 1).getFirst().code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var key = UUID.randomUUID().toString();
        var first = holds.hold(ada.id(), new HoldRequest(List.of(new HoldRequest.Item(session, PriceCategory.C, 1, null, null))));
        var placed = orders.checkout(ada.id(), first.id(), key, List.of("Ada Lovelace"));
        assertThat(orders.checkout(ada.id(), first.id(), key, List.of("Ada Lovelace")).order().id())
                .as("the same request again").isEqualTo(placed.order().id());

        var second = holds.hold(ada.id(), new HoldRequest(List.of(new HoldRequest.Item(session, PriceCategory.C, 1, null, null))));
        assertThatThrownBy(() -> orders.checkout(ada.id(), second.id(), key, List.of("Ada Lovelace")))
                .isInstanceOfSatisfying(SaleRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(SaleRefused.Kind.IDEMPOTENCY_KEY_REUSED);
                    assertThat(e.kind().status).isEqualTo(422);
                });
        assertThatThrownBy(() -> orders.checkout(ada.id(), first.id(), key, List.of("Someone Else")))
                .as("other holders").isInstanceOf(SaleRefused.class);
    }

    private String listingStatus(UUID listing) {
        return jdbc.sql("select status from ticketing.resale_listing where id = :id").param("id", listing).query(String.class).single();
    }
}
