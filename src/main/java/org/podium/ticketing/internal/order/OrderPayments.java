package org.podium.ticketing.internal.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.ticketing.IssuedTicket;
import org.podium.ticketing.OrderPaid;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.payment.PaymentProvider;
import org.podium.ticketing.internal.change.Resales;

/**
 * The payment side of an order's life: the payment service's webhook makes a pending order paid
 * or declined (safe to receive twice), a pending order whose hold time runs out expires, and a
 * payment that comes too late is refunded unless the very same seats are still free. Every step
 * locks the order's row, so a webhook and the expiry sweep cannot both win.
 */
@Component
public class OrderPayments {

    /** Every Podium order is in euros. */
    public static final String CURRENCY = "EUR";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OrderRecords records;
    private final Inventories inventories;
    private final FanTallies tallies;
    private final PaymentProvider payments;
    private final Resales resales;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    public OrderPayments(JdbcClient jdbc, TransactionTemplate tx, OrderRecords records, Inventories inventories, FanTallies tallies,
                  PaymentProvider payments, Resales resales, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.records = records;
        this.inventories = inventories;
        this.tallies = tallies;
        this.payments = payments;
        this.resales = resales;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Why a webhook's payment does not belong to the order, or null when it does: the reference must
     * be the one the provider gave for this order, the amount the order's total, the currency euros.
     * A reference not stored yet (the webhook overtook the checkout's last step) is refused too:
     * the provider retries.
     */
    public @Nullable String mismatch(UUID orderId, String payment, @Nullable Long amountCents, @Nullable String currency) {
        var order = jdbc.sql("select payment_ref, total_cents from ticketing.ticket_order where id = :id").param("id", orderId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
        if (order.isEmpty()) {
            return "no such order";
        }
        var reference = (String) order.get()[0];
        if (reference == null) {
            return "the order has no payment reference yet";
        }
        if (!reference.equals(payment)) {
            return "payment " + payment + " is not this order's";
        }
        if (amountCents != null && amountCents != (long) order.get()[1]) {
            return "amount " + amountCents + " cents, the order's total is " + order.get()[1] + " cents";
        }
        if (currency != null && !currency.equals(CURRENCY)) {
            return "currency " + currency + ", the order is in " + CURRENCY;
        }
        return null;
    }

    /** The payment service confirmed the payment. Safe to call twice with the same event. */
    public void paymentSucceeded(String eventId, UUID orderId, String reference) {
        var refund = new boolean[1];
        var paid = tx.execute(status -> {
            if (!recordEvent(eventId, orderId, "SUCCEEDED")) {
                return null;
            }
            var order = records.lock(orderId);
            switch (order.status()) {
                case PENDING_PAYMENT -> {
                    if (order.resale() && !resales.complete(orderId)) {
                        lateRefunded(order, reference, "The resold ticket was no longer its seller's; refunded in full");
                        refund[0] = true;
                        return null;
                    }
                    markPaid(order, reference, null);
                    return order;
                }
                case EXPIRED -> {
                    if (!order.resale() && reallocate(order)) {
                        markPaid(order, reference, "Paid after its hold expired; the same seats were still free and are the fan's");
                        return order;
                    }
                    lateRefunded(order, reference, "Paid after its hold expired and its seats were sold again; refunded in full");
                    refund[0] = true;
                    return null;
                }
                case PAID -> {
                    return null;
                }
                default -> {
                    // Declined or refunded, yet the money came: it goes back.
                    refund[0] = true;
                    return null;
                }
            }
        });
        if (refund[0]) {
            var order = records.stored(orderId);
            if (order.resale()) {
                resales.release(orderId, order.fan());
            }
            payments.refund(reference, "order " + orderId + " could not keep its seats");
            meters.counter("podium.ticketing.orders.late_refunded").increment();
        }
        if (paid != null) {
            meters.counter("podium.ticketing.orders.paid").increment();
            if (paid.resale()) {
                resales.settleSeller(orderId);
            }
        }
    }

    /** The payment service declined the payment: the seats go back on sale. Safe to call twice. */
    public void paymentFailed(String eventId, UUID orderId, String reason) {
        var declined = tx.execute(status -> {
            if (!recordEvent(eventId, orderId, "FAILED")) {
                return null;
            }
            var order = records.lock(orderId);
            if (!order.status().canBecome(OrderStatus.DECLINED)) {
                return null;
            }
            records.setStatus(orderId, OrderStatus.DECLINED, "Payment declined: " + reason);
            records.deactivate(orderId);
            return order;
        });
        if (declined != null) {
            records.giveBack(declined);
        }
    }

    @Scheduled(fixedDelay = 1000)
    void sweep() {
        expireDue(clock.instant());
    }

    /** Pending orders whose hold time is over at {@code now} expire and give their seats back. */
    public int expireDue(Instant now) {
        var expired = tx.execute(status -> {
            var ids = jdbc.sql("""
                    select id from ticketing.ticket_order where status = 'PENDING_PAYMENT' and expires_at <= :now
                    order by expires_at limit 500 for update skip locked""")
                    .param("now", Timestamp.from(now)).query(UUID.class).list();
            var orders = new ArrayList<OrderRecords.StoredOrder>();
            for (var id : ids) {
                var order = records.stored(id);
                order.status().mustBecome(OrderStatus.EXPIRED, id);
                records.setStatus(id, OrderStatus.EXPIRED, "No payment confirmation before the hold ran out");
                records.deactivate(id);
                orders.add(order);
            }
            return orders;
        });
        expired.forEach(records::giveBack);
        return expired.size();
    }

    private boolean recordEvent(String eventId, UUID orderId, String outcome) {
        return jdbc.sql("""
                insert into ticketing.payment_event (event_id, order_id, outcome, received_at) values (:e, :o, :out, now())
                on conflict (event_id) do nothing""")
                .param("e", eventId).param("o", orderId).param("out", outcome).update() == 1;
    }

    private void markPaid(OrderRecords.StoredOrder paying, String reference, @Nullable String reason) {
        var orderId = paying.id();
        paying.status().mustBecome(OrderStatus.PAID, orderId);
        jdbc.sql("""
                update ticketing.ticket_order set status = 'PAID', paid_at = :now, payment_ref = :ref, status_reason = :why
                where id = :id""")
                .param("now", Timestamp.from(clock.instant())).param("ref", reference).param("why", reason)
                .param("id", orderId).update();
        var order = records.stored(orderId);
        var issued = jdbc.sql("""
                select id, session_code, seat_id, category, seat_kind, holder_name from ticketing.ticket
                where order_id = :id order by session_code, seat_index""")
                .param("id", orderId)
                .query((rs, n) -> new IssuedTicket(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        PriceCategory.valueOf(rs.getString(4)), SeatKind.valueOf(rs.getString(5)), rs.getString(6))).list();
        // Published inside the transaction: the event publication registry keeps it if a listener fails.
        var total = jdbc.sql("select total_cents from ticketing.ticket_order where id = :id").param("id", orderId).query(Long.class).single();
        var toSellers = jdbc.sql("select coalesce(sum(price_cents), 0) from ticketing.resale_listing where purchase_order = :id")
                .param("id", orderId).query(Long.class).single();
        events.publishEvent(new OrderPaid(orderId, order.fan(), issued, clock.instant(), total, toSellers));
    }

    /** A late payment gets its old seats back if every one of them is still free; all or none. */
    private boolean reallocate(OrderRecords.StoredOrder order) {
        var taken = new HashMap<String, int[]>();
        for (var entry : order.seats().entrySet()) {
            if (!inventories.of(entry.getKey()).sellIfFree(entry.getValue())) {
                taken.forEach((session, seats) -> inventories.of(session).release(seats));
                return false;
            }
            taken.put(entry.getKey(), entry.getValue());
        }
        try {
            jdbc.sql("update ticketing.ticket set active = true where order_id = :id").param("id", order.id()).update();
        } catch (DataIntegrityViolationException e) {
            taken.forEach((session, seats) -> inventories.of(session).release(seats));
            return false;
        }
        tallies.add(order.fan(), order.counts());
        return true;
    }

    private void lateRefunded(OrderRecords.StoredOrder order, String reference, String reason) {
        order.status().mustBecome(OrderStatus.LATE_REFUNDED, order.id());
        records.setStatus(order.id(), OrderStatus.LATE_REFUNDED, reason);
        jdbc.sql("update ticketing.ticket_order set payment_ref = :ref where id = :id").param("ref", reference).param("id", order.id()).update();
    }
}
