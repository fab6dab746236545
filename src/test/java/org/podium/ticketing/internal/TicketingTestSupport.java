package org.podium.ticketing.internal;

import java.time.Duration;
import java.util.List;

import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.sale.WaitingRooms;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.order.OrderPayments;
import org.podium.ticketing.internal.order.OrderView;
import org.podium.ticketing.internal.payment.SandboxPayments;
import org.podium.ticketing.internal.change.Transfers;
import org.podium.ticketing.internal.change.Resales;

/** Lets journeys in other packages set up a sale as a ticketing manager would, without the staff pages. */
@Component
public class TicketingTestSupport {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    private final Programme programme;
    private final GamesClock clock;
    private final SalesPhases phases;
    private final WaitingRooms rooms;
    private final Holds holds;
    private final Orders orders;
    @org.springframework.beans.factory.annotation.Autowired private Transfers transfers;
    @org.springframework.beans.factory.annotation.Autowired private org.podium.accounts.FanAccounts accounts;
    @org.springframework.beans.factory.annotation.Autowired private Resales resales;
    @org.springframework.beans.factory.annotation.Autowired private OrderPayments orderPayments;
    @org.springframework.beans.factory.annotation.Autowired private SandboxPayments sandbox;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.util.Set<String> onSale = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private long lastDraw;

    TicketingTestSupport(Programme programme, GamesClock clock, SalesPhases phases, WaitingRooms rooms, Holds holds, Orders orders,
                         org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.programme = programme;
        this.clock = clock;
        this.phases = phases;
        this.rooms = rooms;
        this.holds = holds;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    /** A paid order and its tickets. */
    public record Bought(Session session, java.util.UUID order, List<java.util.UUID> tickets) {
    }

    /**
     * Buys {@code count} seats of category C of the first upcoming session of a venue for the fan,
     * through hold and checkout with the sandbox card, then confirms the payment as the payment
     * service's webhook would.
     */
    public Bought paidOrder(String venue, org.podium.accounts.FanId fan, int count, String holder) {
        var session = TicketingFixtures.upcoming(programme, clock, venue, 1).getFirst();
        if (onSale.add(session.code())) {
            TicketingFixtures.openSale(phases, clock, List.of(session.code()), false);
        }
        var hold = holds.hold(fan, new HoldRequest(List.of(new HoldRequest.Item(session.code(),
                org.podium.ticketing.PriceCategory.C, count, null, null))));
        var placed = orders.checkout(fan, hold.id(), java.util.UUID.randomUUID().toString(),
                java.util.Collections.nCopies(count, holder));
        var order = placed.order().id();
        confirmPayment(order);
        return new Bought(session, order, placed.order().tickets().stream().map(OrderView.TicketView::id).toList());
    }

    /** The fan types a card on the payment service's page of the order's checkout (a sandbox test number chooses the outcome). */
    public void payAtTheService(java.util.UUID order, String card) {
        var reference = jdbc.sql("select payment_ref from ticketing.ticket_order where id = :id").param("id", order)
                .query(String.class).single();
        sandbox.pay(reference, card);
    }

    /** Confirms a pending order's payment as the payment service's webhook would. */
    public void confirmPayment(java.util.UUID order) {
        var reference = jdbc.sql("select payment_ref from ticketing.ticket_order where id = :id").param("id", order)
                .query(String.class).single();
        orderPayments.paymentSucceeded("test-" + order, order, reference);
    }

    /** A new fan account with a unique address and the password the browser journeys type. */
    public org.podium.accounts.Fan newFan(String name) {
        return verifiedFans.register(name.toLowerCase().replace(' ', '.') + "-" + java.util.UUID.randomUUID() + "@example.org", name,
                "a long enough password", "en");
    }

    /** A ticketing manager refunds a paid order. */
    public String refund(java.util.UUID order, String reason, String manager) {
        return orders.refund(order, reason, manager).status();
    }

    /** A fan offers one of their tickets to another fan's address; the offer's id. */
    public java.util.UUID offerTransfer(org.podium.accounts.FanId from, java.util.UUID ticket, String toEmail) {
        return transfers.offer(from, ticket, toEmail).id();
    }

    public void acceptTransfer(org.podium.accounts.FanId to, java.util.UUID transfer, String holder) {
        transfers.accept(to, transfer, holder);
    }

    /** A fan lists a ticket on the resale at its face value; the listing's id. */
    public java.util.UUID listForResale(org.podium.accounts.FanId seller, java.util.UUID ticket) {
        var price = jdbc.sql("select price_cents from ticketing.ticket where id = :id").param("id", ticket).query(Integer.class).single();
        return resales.list(seller, ticket, price).id();
    }

    /** A buyer reserves a listing and starts paying; the purchase order's id. */
    public java.util.UUID buyResale(org.podium.accounts.FanId buyer, java.util.UUID listing, String holder) {
        // A card the sandbox never confirms: the listing stays reserved until the test confirms or lets it go.
        return resales.buy(buyer, listing, holder).order();
    }

    /** A waiting room opening now in front of the first upcoming session of a venue, with visitors already queued. */
    public Session waitingRoomWithVisitorsAhead(String venue, int ahead, int admitPerMinute) {
        var session = TicketingFixtures.upcoming(programme, clock, venue, 1).getFirst();
        var room = rooms.arm(session.code(), clock.now(), admitPerMinute, "journey");
        for (var i = 0; i < ahead; i++) {
            room.join("ahead-" + i, clock.now());
        }
        return session;
    }

    public void removeWaitingRoom(Session session) {
        rooms.disarm(session.code(), "journey");
    }

    /** A draw for the first upcoming session of a venue, taking registrations for the given Games time. */
    public Session drawWithRegistrationOpenFor(String venue, Duration registration) {
        var session = TicketingFixtures.upcoming(programme, clock, venue, 1).getFirst();
        var now = clock.now();
        var phase = phases.create(new SalesPhases.PhaseSettings("Draw " + session.code(), SalesPhase.Access.DRAW, false, 3,
                now.plus(registration), now.plus(Duration.ofDays(30)), List.of(session.code()), now.minusSeconds(60),
                now.plus(registration), 48, 1000, 1440), "journey");
        lastDraw = phase.id();
        return session;
    }

    public void runDrawWhenRegistrationCloses(Session session) throws InterruptedException {
        var closes = phases.phase(lastDraw).registrationClosesAt();
        while (!clock.now().isAfter(closes)) {
            Thread.sleep(100);
        }
        phases.runDraw(lastDraw, "journey");
    }
}
