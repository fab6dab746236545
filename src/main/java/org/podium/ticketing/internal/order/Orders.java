package org.podium.ticketing.internal.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanId;
import org.podium.audit.StaffActionPerformed;
import org.podium.platform.NotFound;
import org.podium.ticketing.IssuedTicket;
import org.podium.ticketing.OrderPaid;
import org.podium.ticketing.OrderPlaced;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.OrderRefunded;
import org.podium.ticketing.SeatKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import org.podium.ticketing.internal.inventory.SeatMap;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.inventory.Prices;
import org.podium.ticketing.internal.sale.Hold;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.payment.PaymentProvider;
import org.podium.ticketing.internal.change.Transfers;
import org.podium.ticketing.internal.change.Resales;
import org.podium.ticketing.internal.SaleRefused;

/**
 * Orders: checkout turns a hold into a pending order with named tickets, the payment service's
 * webhook makes it paid or declined, and a pending order whose hold time runs out expires.
 * PostgreSQL is the truth (a seat has at most one active ticket, by a unique index); the
 * in-memory inventory follows each committed change. Every state change locks the order's row,
 * so a webhook and the expiry sweep cannot both win.
 */
/**
 * What fans and ticketing managers do to orders: checkout turns a hold into a pending order with
 * named tickets (idempotent on its key, which binds to its request), and a manager refunds a paid
 * order, which voids everything of its tickets in the same transaction. Payments are
 * {@link OrderPayments}'; rows and views are {@link OrderRecords}'.
 */
@Component
public class Orders {

    private static final Logger log = LoggerFactory.getLogger(Orders.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate tx;
    private final OrderRecords records;
    private final Holds holds;
    private final Inventories inventories;
    private final FanTallies tallies;
    private final Prices prices;
    private final PaymentProvider payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Resales resales;
    private final Transfers transfers;

    public Orders(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate tx, OrderRecords records, Holds holds, Inventories inventories,
           FanTallies tallies, Prices prices, PaymentProvider payments, ApplicationEventPublisher events, Clock clock,
           MeterRegistry meters, Resales resales, Transfers transfers) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.records = records;
        this.holds = holds;
        this.inventories = inventories;
        this.tallies = tallies;
        this.prices = prices;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
        this.resales = resales;
        this.transfers = transfers;
    }

    /** What a checkout did: a new order, or the one an earlier call with the same key placed. */
    public record Placed(OrderView order, boolean replayed) {
    }

    /**
     * Orders the held seats and opens the payment at the payment service, whose page the fan is
     * sent to for the card (the order's {@code payAt}): no card data passes through here.
     */
    public Placed checkout(FanId fan, UUID holdId, String idempotencyKey, List<String> holders) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "idempotencyKeyRequired");
        }
        var request = IdempotentRequest.of(holdId, holders);
        var earlier = records.findByKey(fan, idempotencyKey, request);
        if (earlier.isPresent()) {
            return new Placed(earlier.get(), true);
        }
        var hold = holds.ofFan(fan, holdId);
        switch (hold.state()) {
            case EXPIRED, RELEASED -> throw hold.state() == Hold.State.EXPIRED
                    ? new SaleRefused(SaleRefused.Kind.HOLD_EXPIRED, "holdExpired", holdId, hold.expiresAt())
                    : new SaleRefused(SaleRefused.Kind.HOLD_EXPIRED, "holdReleased", holdId);
            case ORDERED -> throw new SaleRefused(SaleRefused.Kind.HOLD_TAKEN, "holdOrdered", holdId);
            case ACTIVE -> { }
        }
        var names = checkHolders(holders, hold.seatCount());
        if (!holds.markOrdered(hold)) {
            throw new SaleRefused(SaleRefused.Kind.HOLD_EXPIRED, "holdEndedAtCheckout", holdId);
        }
        var orderId = UUID.randomUUID();
        int total;
        try {
            total = tx.execute(status -> {
                var sum = insert(orderId, fan, idempotencyKey, request, hold, names);
                // In the order's transaction: the SOC's scalping correlation counts every order placed.
                events.publishEvent(new OrderPlaced(orderId, fan, hold.seatCount(), List.copyOf(hold.countPerSession().keySet()),
                        clock.instant()));
                return sum;
            });
        } catch (DataIntegrityViolationException e) {
            // Only a second checkout with the same key can land here; give the seats back and answer with its order.
            hold.seats().forEach(s -> inventories.of(s.session()).release(s.seats()));
            tallies.giveBack(fan, hold.countPerSession());
            return records.findByKey(fan, idempotencyKey, request).map(o -> new Placed(o, true))
                    .orElseThrow(() -> new SaleRefused(SaleRefused.Kind.CONFLICT, "orderNotPlaced", e.getMostSpecificCause().getMessage()));
        }
        hold.seats().forEach(s -> inventories.of(s.session()).sell(s.seats()));
        meters.counter("podium.ticketing.orders.placed").increment();
        try {
            var reference = payments.open(orderId, total, OrderPayments.CURRENCY, hold.expiresAt(), "/account/orders/" + orderId).reference();
            jdbc.sql("update ticketing.ticket_order set payment_ref = :ref where id = :id").param("ref", reference)
                    .param("id", orderId).update();
        } catch (RuntimeException e) {
            // The order stays pending and expires with its hold; nothing is charged.
            log.warn("Payment of order {} could not start: {}", orderId, e.getMessage());
        }
        return new Placed(records.order(fan, orderId), false);
    }

    private int insert(UUID orderId, FanId fan, String key, IdempotentRequest request, Hold hold, List<String> names) {
        var rows = new ArrayList<Object[]>();
        var total = 0;
        var i = 0;
        for (var held : hold.seats()) {
            var map = inventories.of(held.session()).map();
            for (var seat : held.seats()) {
                var category = map.category(seat);
                var price = prices.of(held.session(), category);
                total += price;
                rows.add(new Object[] {UUID.randomUUID(), orderId, fan.value(), held.session(), seat, SeatMap.seatId(seat),
                        category.name(), map.kind(seat).name(), names.get(i++), price});
            }
        }
        var now = clock.instant();
        jdbc.sql("""
                insert into ticketing.ticket_order (id, fan_id, idempotency_key, request_hash, status, total_cents, created_at, expires_at)
                values (:id, :fan, :key, :request, 'PENDING_PAYMENT', :total, :now, :expires)""")
                .param("id", orderId).param("fan", fan.value()).param("key", key).param("request", request.hash()).param("total", total)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(hold.expiresAt())).update();
        batch.batchUpdate("""
                insert into ticketing.ticket (id, order_id, fan_id, session_code, seat_index, seat_id, category, seat_kind,
                    holder_name, price_cents, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""", rows);
        return total;
    }

    /** A ticketing manager refunds a paid order: its tickets are void, its seats on sale again. */
    public OrderView refund(UUID orderId, String reason, String actor) {
        if (reason.isBlank()) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "refundReason");
        }
        var refunded = tx.execute(status -> {
            var order = records.lock(orderId);
            order.status().mustBecome(OrderStatus.REFUNDED, orderId);
            var elsewhere = jdbc.sql("select count(*) from ticketing.ticket where order_id = :id and fan_id <> :fan")
                    .param("id", orderId).param("fan", order.fan().value()).query(Integer.class).single();
            if (order.resale() || elsewhere > 0) {
                // Its tickets are someone else's now: refunding the payer would void a ticket another fan holds.
                throw new SaleRefused(SaleRefused.Kind.CONFLICT,
                        order.resale() ? "refundOfResale" : "refundOfChangedTickets", orderId);
            }
            records.setStatus(orderId, OrderStatus.REFUNDED, "Refunded: " + reason);
            records.deactivate(orderId);
            // Nothing of the tickets may outlive the refund: offers waiting for an answer, listings on resale.
            transfers.cancelPendingOf(order.ticketIds());
            resales.withdrawAllOf(order.ticketIds());
            // Published in the refund's transaction: the gates revoke the tickets and the audit keeps
            // the action once it commits, and the publication registry retries them if they fail.
            var now = clock.instant();
            events.publishEvent(new StaffActionPerformed(actor, "ticketing.order.refund", "order " + orderId, reason, now));
            var paid = jdbc.sql("select total_cents from ticketing.ticket_order where id = :id").param("id", orderId).query(Long.class).single();
            events.publishEvent(new OrderRefunded(orderId, order.fan(), order.ticketIds(), reason, now, paid));
            return order;
        });
        records.giveBack(refunded);
        if (refunded.paymentRef() != null) {
            payments.refund(refunded.paymentRef(), reason);
        }
        return records.order(refunded.fan(), orderId);
    }

    public OrderView order(FanId fan, UUID id) {
        return records.order(fan, id);
    }

    public List<OrderView> ofFan(FanId fan) {
        return records.ofFan(fan);
    }

    public OrderView view(UUID id) {
        return records.view(id);
    }

    /** Recent orders for the staff's view, newest first. */
    /** An order and the fan who placed it. */
    public record ByFan(OrderView order, org.podium.accounts.FanId fan) {}

    /** The latest orders, newest first, for the ticketing staff. */
    public List<ByFan> recent(int limit) {
        return records.recent(limit);
    }

    private static List<String> checkHolders(List<String> holders, int seats) {
        if (holders == null || holders.size() != seats) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "holderNames", seats);
        }
        var names = new ArrayList<String>();
        for (var holder : holders) {
            names.add(holderName(holder));
        }
        return names;
    }

    /** A ticket holder's name as printed on the ticket: 1 to 120 printable characters, trimmed. */
    public static String holderName(@Nullable String holder) {
        var name = holder == null ? "" : holder.strip();
        if (name.isEmpty() || name.length() > 120 || name.chars().anyMatch(Character::isISOControl)) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "holderName");
        }
        return name;
    }

}
