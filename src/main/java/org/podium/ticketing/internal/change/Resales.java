package org.podium.ticketing.internal.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanId;
import org.podium.platform.NotFound;
import org.podium.ticketing.TicketChangedHands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.payment.PaymentProvider;
import org.podium.ticketing.internal.TicketingProperties;
import org.podium.ticketing.internal.SaleRefused;

/**
 * The official resale at face value: a holder lists a ticket until a set time before its session
 * (no other price is accepted), a buyer pays the face value plus the configured fee through the
 * payment service, and when the payment is confirmed the ticket is the buyer's and the seller is
 * refunded. A listing is reserved while its buyer pays and goes back on sale if the payment fails.
 */
@Component
public class Resales {

    private static final Logger log = LoggerFactory.getLogger(Resales.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OwnedTickets owned;
    private final FanTallies tallies;
    private final PaymentProvider payments;
    private final TicketingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.podium.ticketing.internal.VerifiedBuyers buyers;

    public Resales(JdbcClient jdbc, TransactionTemplate tx, OwnedTickets owned, FanTallies tallies, PaymentProvider payments,
            TicketingProperties properties, ApplicationEventPublisher events, Clock clock, org.podium.ticketing.internal.VerifiedBuyers buyers) {
        this.buyers = buyers;
        this.jdbc = jdbc;
        this.tx = tx;
        this.owned = owned;
        this.tallies = tallies;
        this.payments = payments;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public record Listing(UUID id, UUID ticket, String session, String seat, int priceCents, int feeCents, ListingStatus status,
                   FanId seller, @Nullable UUID purchaseOrder) {
        public int totalCents() {
            return priceCents + feeCents;
        }
    }

    /** Lists the fan's ticket at its face value; any other price is refused. */
    public Listing list(FanId seller, UUID ticket, int priceCents) {
        var id = UUID.randomUUID();
        try {
            tx.executeWithoutResult(status -> {
                var t = owned.lockChangeable(seller, ticket, properties.resaleClosesBefore(), "Resale");
                if (priceCents != t.priceCents()) {
                    throw new SaleRefused(SaleRefused.Kind.NOT_FACE_VALUE, Map.of("faceValueCents", t.priceCents()),
                            "faceValue", t.priceCents() / 100.0, priceCents / 100.0);
                }
                var transfers = jdbc.sql("select count(*) from ticketing.ticket_transfer where ticket_id = :t and status = 'PENDING'")
                        .param("t", ticket).query(Integer.class).single();
                if (transfers > 0) {
                    throw new SaleRefused(SaleRefused.Kind.CONFLICT, "transferWaiting", ticket);
                }
                jdbc.sql("""
                        insert into ticketing.resale_listing (id, ticket_id, session_code, seller_fan, price_cents, fee_cents,
                            status, listed_at)
                        values (:id, :ticket, :session, :seller, :price, :fee, 'LISTED', :now)""")
                        .param("id", id).param("ticket", ticket).param("session", t.session()).param("seller", seller.value())
                        .param("price", t.priceCents()).param("fee", properties.resaleFeeCents())
                        .param("now", Timestamp.from(clock.instant())).update();
            });
        } catch (DuplicateKeyException e) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "alreadyOnResale", ticket);
        }
        return find(id);
    }

    public void withdraw(FanId seller, UUID listing) {
        tx.executeWithoutResult(status -> {
            var l = lock(listing);
            if (!l.seller().equals(seller)) {
                throw new NotFound("listing", listing.toString());
            }
            if (l.status() != ListingStatus.LISTED) {
                throw new SaleRefused(SaleRefused.Kind.CONFLICT, "listingNotWithdrawable", listing, l.status());
            }
            jdbc.sql("update ticketing.resale_listing set status = 'WITHDRAWN' where id = :id").param("id", listing).update();
        });
    }

    /**
     * A resale purchase under way: its order, and the payment service's page where the buyer pays
     * (null when the payment could not be opened: the order then expires).
     */
    public record Purchase(UUID order, java.net.@Nullable URI payAt) {
    }

    /**
     * Reserves the listing for the buyer and opens their payment; the ticket becomes theirs when
     * the payment service confirms. The buyer's caps count the ticket from now.
     */
    public Purchase buy(FanId buyer, UUID listing, String holderName) {
        buyers.check(buyer);
        var name = Orders.holderName(holderName);
        var orderId = UUID.randomUUID();
        var expires = clock.instant().plus(properties.holdFor());
        var counted = new String[1];
        Listing reserved;
        try {
            reserved = reserve(buyer, listing, name, orderId, expires, counted);
        } catch (RuntimeException e) {
            // Nothing committed: the buyer's caps must not keep counting the ticket.
            if (counted[0] != null) {
                tallies.giveBack(buyer, Map.of(counted[0], 1));
            }
            throw e;
        }
        return new Purchase(orderId, startPayment(orderId, reserved, expires));
    }

    private Listing reserve(FanId buyer, UUID listing, String name, UUID orderId, Instant expires, String[] counted) {
        return tx.execute(status -> {
            var l = lock(listing);
            if (l.seller().equals(buyer)) {
                throw new SaleRefused(SaleRefused.Kind.CONFLICT, "ownListing");
            }
            if (l.status() != ListingStatus.LISTED) {
                throw new SaleRefused(SaleRefused.Kind.SOLD_OUT, "listingGone", listing, l.status());
            }
            owned.lockChangeable(l.seller(), l.ticket(), properties.resaleClosesBefore(), "Resale");
            tallies.reserve(buyer, Map.of(l.session(), 1));
            counted[0] = l.session();
            jdbc.sql("""
                    insert into ticketing.ticket_order (id, fan_id, idempotency_key, status, total_cents, created_at, expires_at, kind)
                    values (:id, :fan, :key, 'PENDING_PAYMENT', :total, :now, :expires, 'RESALE')""")
                    .param("id", orderId).param("fan", buyer.value()).param("key", "resale-" + orderId)
                    .param("total", l.totalCents()).param("now", Timestamp.from(clock.instant()))
                    .param("expires", Timestamp.from(expires)).update();
            jdbc.sql("""
                    update ticketing.resale_listing set status = 'RESERVED', buyer_fan = :buyer, buyer_name = :name,
                        purchase_order = :order where id = :id""")
                    .param("buyer", buyer.value()).param("name", name).param("order", orderId).param("id", listing).update();
            return l;
        });
    }

    private java.net.@Nullable URI startPayment(UUID orderId, Listing reserved, Instant expires) {
        try {
            var checkout = payments.open(orderId, reserved.totalCents(), org.podium.ticketing.internal.order.OrderPayments.CURRENCY,
                    expires, "/account/orders/" + orderId);
            jdbc.sql("update ticketing.ticket_order set payment_ref = :ref where id = :id").param("ref", checkout.reference())
                    .param("id", orderId).update();
            return checkout.page();
        } catch (RuntimeException e) {
            // The order stays pending and expires; the listing then goes back on sale.
            log.warn("Payment of resale order {} could not start: {}", orderId, e.getMessage());
            return null;
        }
    }

    /**
     * The buyer's payment is confirmed (inside the order's transaction): the ticket changes hands.
     * False if the listing can no longer be sold (its seller's ticket was refunded meanwhile).
     */
    public boolean complete(UUID purchaseOrder) {
        var l = byPurchase(purchaseOrder);
        if (l == null || l.status() != ListingStatus.RESERVED) {
            return false;
        }
        var row = jdbc.sql("select buyer_fan, buyer_name from ticketing.resale_listing where id = :id").param("id", l.id())
                .query((rs, n) -> new Object[] {new FanId(rs.getObject(1, UUID.class)), rs.getString(2)}).single();
        var ticket = owned.lock(l.ticket());
        if (!ticket.active() || !ticket.fan().equals(l.seller())) {
            return false;
        }
        var buyer = (FanId) row[0];
        var now = clock.instant();
        jdbc.sql("update ticketing.ticket set fan_id = :buyer, holder_name = :name where id = :id")
                .param("buyer", buyer.value()).param("name", row[1]).param("id", l.ticket()).update();
        jdbc.sql("update ticketing.resale_listing set status = 'SOLD', sold_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", l.id()).update();
        events.publishEvent(new TicketChangedHands(l.ticket(), l.session(), l.seller(), buyer, (String) row[1],
                TicketChangedHands.How.RESALE, now));
        return true;
    }

    /** After the sale committed: the seller gets the face value back and no longer counts the ticket. */
    public void settleSeller(UUID purchaseOrder) {
        var l = byPurchase(purchaseOrder);
        if (l == null) {
            return;
        }
        tallies.giveBack(l.seller(), Map.of(l.session(), 1));
        var sellerPayment = jdbc.sql("""
                select o.payment_ref from ticketing.ticket t join ticketing.ticket_order o on o.id = t.order_id where t.id = :t""")
                .param("t", l.ticket()).query(String.class).optional();
        sellerPayment.ifPresent(ref -> payments.refund(ref, l.priceCents(), "resale of ticket " + l.ticket()));
    }

    /**
     * The buyer's payment failed, timed out or came too late: the buyer no longer counts the ticket,
     * and a listing still reserved is on sale again. One withdrawn meanwhile (its order was
     * refunded) stays withdrawn.
     */
    public void release(UUID purchaseOrder, FanId buyer) {
        var l = byPurchase(purchaseOrder);
        if (l == null || l.status() == ListingStatus.SOLD || l.status() == ListingStatus.LISTED) {
            return;
        }
        var released = jdbc.sql("""
                update ticketing.resale_listing
                set status = case when status = 'RESERVED' then 'LISTED' else status end,
                    buyer_fan = null, buyer_name = null, purchase_order = null
                where id = :id and purchase_order = :order""").param("id", l.id()).param("order", purchaseOrder).update();
        if (released == 1) {
            tallies.giveBack(buyer, Map.of(l.session(), 1));
        }
    }

    /**
     * Inside a refund's transaction: listings of its tickets come off sale, a reserved one too (its
     * buyer's payment is then refunded, and it never comes back as LISTED).
     */
    public int withdrawAllOf(List<UUID> tickets) {
        return jdbc.sql("""
                update ticketing.resale_listing set status = 'WITHDRAWN'
                where ticket_id in (:tickets) and status in ('LISTED', 'RESERVED')""").param("tickets", tickets).update();
    }

    public List<Listing> onSale(String session) {
        return jdbc.sql(SELECT + " where l.session_code = :s and l.status = 'LISTED' order by l.listed_at")
                .param("s", session).query(Resales::row).list();
    }

    public List<Listing> ofSeller(FanId seller) {
        return jdbc.sql(SELECT + " where l.seller_fan = :f order by l.listed_at desc").param("f", seller.value())
                .query(Resales::row).list();
    }

    public Listing find(UUID id) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id).query(Resales::row).optional()
                .orElseThrow(() -> new NotFound("listing", id.toString()));
    }

    private static final String SELECT = """
            select l.id, l.ticket_id, l.session_code, t.seat_id, l.price_cents, l.fee_cents, l.status, l.seller_fan, l.purchase_order
            from ticketing.resale_listing l join ticketing.ticket t on t.id = l.ticket_id""";

    private static Listing row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Listing(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getInt(5), rs.getInt(6), ListingStatus.valueOf(rs.getString(7)), new FanId(rs.getObject(8, UUID.class)), rs.getObject(9, UUID.class));
    }

    private Listing lock(UUID listing) {
        jdbc.sql("select id from ticketing.resale_listing where id = :id for update").param("id", listing).query(UUID.class)
                .optional().orElseThrow(() -> new NotFound("listing", listing.toString()));
        return find(listing);
    }

    private @Nullable Listing byPurchase(UUID order) {
        return jdbc.sql(SELECT + " where l.purchase_order = :o").param("o", order).query(Resales::row).optional().orElse(null);
    }

    public Instant closesAt(Instant sessionStarts) {
        return sessionStarts.minus(properties.resaleClosesBefore());
    }
}
