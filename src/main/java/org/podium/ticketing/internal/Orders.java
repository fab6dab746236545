package org.podium.ticketing.internal;

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

/**
 * Orders: checkout turns a hold into a pending order with named tickets, the payment service's
 * webhook makes it paid or declined, and a pending order whose hold time runs out expires.
 * PostgreSQL is the truth (a seat has at most one active ticket, by a unique index); the
 * in-memory inventory follows each committed change. Every state change locks the order's row,
 * so a webhook and the expiry sweep cannot both win.
 */
@Component
class Orders {

    private static final Logger log = LoggerFactory.getLogger(Orders.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate tx;
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

    Orders(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate tx, Holds holds, Inventories inventories,
           FanTallies tallies, Prices prices, PaymentProvider payments, ApplicationEventPublisher events, Clock clock,
           MeterRegistry meters, Resales resales, Transfers transfers) {
        this.resales = resales;
        this.transfers = transfers;
        this.jdbc = jdbc;
        this.batch = batch;
        this.tx = tx;
        this.holds = holds;
        this.inventories = inventories;
        this.tallies = tallies;
        this.prices = prices;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /** What a checkout did: a new order, or the one an earlier call with the same key placed. */
    record Placed(OrderView order, boolean replayed) {
    }

    Placed checkout(FanId fan, UUID holdId, String idempotencyKey, List<String> holders, String card) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "An Idempotency-Key of 1 to 100 characters is required");
        }
        var request = IdempotentRequest.of(holdId, holders);
        var earlier = findByKey(fan, idempotencyKey, request);
        if (earlier.isPresent()) {
            return new Placed(earlier.get(), true);
        }
        var hold = holds.ofFan(fan, holdId);
        switch (hold.state()) {
            case EXPIRED, RELEASED -> throw new SaleRefused(SaleRefused.Kind.HOLD_EXPIRED,
                    "Hold " + holdId + " " + (hold.state() == Hold.State.EXPIRED ? "expired at " + hold.expiresAt() : "was released")
                            + "; its seats are back on sale");
            case ORDERED -> throw new SaleRefused(SaleRefused.Kind.HOLD_TAKEN, "Hold " + holdId + " is already in an order");
            case ACTIVE -> { }
        }
        var names = checkHolders(holders, hold.seatCount());
        checkCard(card);
        if (!holds.markOrdered(hold)) {
            throw new SaleRefused(SaleRefused.Kind.HOLD_EXPIRED, "Hold " + holdId + " ended while checking out");
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
            return findByKey(fan, idempotencyKey, request).map(o -> new Placed(o, true))
                    .orElseThrow(() -> new SaleRefused(SaleRefused.Kind.CONFLICT, "The order could not be placed: " + e.getMostSpecificCause().getMessage()));
        }
        hold.seats().forEach(s -> inventories.of(s.session()).sell(s.seats()));
        meters.counter("podium.ticketing.orders.placed").increment();
        try {
            var reference = payments.start(orderId, total, card, hold.expiresAt());
            jdbc.sql("update ticketing.ticket_order set payment_ref = :ref where id = :id").param("ref", reference)
                    .param("id", orderId).update();
        } catch (RuntimeException e) {
            // The order stays pending and expires with its hold; nothing is charged.
            log.warn("Payment of order {} could not start: {}", orderId, e.getMessage());
        }
        return new Placed(order(fan, orderId), false);
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

    /** The payment service confirmed the payment. Safe to call twice with the same event. */
    void paymentSucceeded(String eventId, UUID orderId, String reference) {
        var refund = new boolean[1];
        var paid = tx.execute(status -> {
            if (!recordEvent(eventId, orderId, "SUCCEEDED")) {
                return null;
            }
            var order = lockOrder(orderId);
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
            var order = stored(orderId);
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
    void paymentFailed(String eventId, UUID orderId, String reason) {
        var declined = tx.execute(status -> {
            if (!recordEvent(eventId, orderId, "FAILED")) {
                return null;
            }
            var order = lockOrder(orderId);
            if (!order.status().canBecome(OrderStatus.DECLINED)) {
                return null;
            }
            setStatus(orderId, OrderStatus.DECLINED, "Payment declined: " + reason);
            deactivate(orderId);
            return order;
        });
        if (declined != null) {
            giveBack(declined);
        }
    }

    @Scheduled(fixedDelay = 1000)
    void sweep() {
        expireDue(clock.instant());
    }

    /** Pending orders whose hold time is over at {@code now} expire and give their seats back. */
    int expireDue(Instant now) {
        var expired = tx.execute(status -> {
            var ids = jdbc.sql("""
                    select id from ticketing.ticket_order where status = 'PENDING_PAYMENT' and expires_at <= :now
                    order by expires_at limit 500 for update skip locked""")
                    .param("now", Timestamp.from(now)).query(UUID.class).list();
            var orders = new ArrayList<StoredOrder>();
            for (var id : ids) {
                var order = stored(id);
                order.status().mustBecome(OrderStatus.EXPIRED, id);
                setStatus(id, OrderStatus.EXPIRED, "No payment confirmation before the hold ran out");
                deactivate(id);
                orders.add(order);
            }
            return orders;
        });
        expired.forEach(this::giveBack);
        return expired.size();
    }

    /** A ticketing manager refunds a paid order: its tickets are void, its seats on sale again. */
    OrderView refund(UUID orderId, String reason, String actor) {
        if (reason.isBlank()) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "A refund needs a reason");
        }
        var refunded = tx.execute(status -> {
            var order = lockOrder(orderId);
            order.status().mustBecome(OrderStatus.REFUNDED, orderId);
            var elsewhere = jdbc.sql("select count(*) from ticketing.ticket where order_id = :id and fan_id <> :fan")
                    .param("id", orderId).param("fan", order.fan().value()).query(Integer.class).single();
            if (order.resale() || elsewhere > 0) {
                // Its tickets are someone else's now: refunding the payer would void a ticket another fan holds.
                throw new SaleRefused(SaleRefused.Kind.CONFLICT, "Order " + orderId + (order.resale()
                        ? " is a resale purchase; its buyer may resell the ticket" : " has tickets transferred or resold to other fans"));
            }
            setStatus(orderId, OrderStatus.REFUNDED, "Refunded: " + reason);
            deactivate(orderId);
            // Nothing of the tickets may outlive the refund: offers waiting for an answer, listings on resale.
            transfers.cancelPendingOf(order.ticketIds());
            resales.withdrawAllOf(order.ticketIds());
            // Published in the refund's transaction: the gates revoke the tickets and the audit keeps
            // the action once it commits, and the publication registry retries them if they fail.
            var now = clock.instant();
            events.publishEvent(new StaffActionPerformed(actor, "ticketing.order.refund", "order " + orderId, reason, now));
            events.publishEvent(new OrderRefunded(orderId, order.fan(), order.ticketIds(), reason, now));
            return order;
        });
        giveBack(refunded);
        if (refunded.paymentRef() != null) {
            payments.refund(refunded.paymentRef(), reason);
        }
        return order(refunded.fan(), orderId);
    }

    /**
     * The order an earlier checkout with this key placed. A key binds to its request, as payment
     * APIs do: the same key with another hold or other holders is refused (422), never answered
     * with the first order.
     */
    Optional<OrderView> findByKey(FanId fan, String key, IdempotentRequest request) {
        var earlier = jdbc.sql("select id, request_hash from ticketing.ticket_order where fan_id = :fan and idempotency_key = :key")
                .param("fan", fan.value()).param("key", key)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).optional();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        var hash = (String) earlier.get()[1];
        if (hash != null && !hash.equals(request.hash())) {
            throw new SaleRefused(SaleRefused.Kind.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + key
                    + " was used for another checkout (another hold or other holders); use a new key for a new request");
        }
        return Optional.of(order(fan, (UUID) earlier.get()[0]));
    }

    OrderView order(FanId fan, UUID id) {
        var view = view(id);
        if (!stored(id).fan().equals(fan)) {
            throw new NotFound("order", id.toString());
        }
        return view;
    }

    List<OrderView> ofFan(FanId fan) {
        return jdbc.sql("select id from ticketing.ticket_order where fan_id = :fan order by created_at desc")
                .param("fan", fan.value()).query(UUID.class).list().stream().map(this::view).toList();
    }

    OrderView view(UUID id) {
        // The order's own tickets and, for a resale purchase, the ticket it bought.
        var tickets = jdbc.sql("""
                select t.id, t.session_code, t.seat_id, t.category, t.seat_kind, t.holder_name, t.price_cents, t.active,
                       t.fan_id <> o.fan_id
                from ticketing.ticket t join ticketing.ticket_order o on o.id = :id
                where t.order_id = :id
                   or t.id in (select ticket_id from ticketing.resale_listing where purchase_order = :id and status = 'SOLD')
                order by t.session_code, t.seat_index""")
                .param("id", id)
                .query((rs, n) -> new OrderView.TicketView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9))).list();
        return jdbc.sql("select status, total_cents, created_at, expires_at, paid_at, status_reason from ticketing.ticket_order where id = :id")
                .param("id", id)
                .query((rs, n) -> new OrderView(id, rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6), tickets))
                .optional().orElseThrow(() -> new NotFound("order", id.toString()));
    }

    /** Recent orders for the staff's view, newest first. */
    List<OrderView> recent(int limit) {
        return jdbc.sql("select id from ticketing.ticket_order order by created_at desc limit :n").param("n", limit)
                .query(UUID.class).list().stream().map(this::view).toList();
    }

    /** An order row with what the state changes need. */
    private record StoredOrder(UUID id, FanId fan, OrderStatus status, @Nullable String paymentRef,
                               Map<String, int[]> seats, List<UUID> ticketIds, boolean resale) {
        Map<String, Integer> counts() {
            var counts = new LinkedHashMap<String, Integer>();
            seats.forEach((session, s) -> counts.put(session, s.length));
            return counts;
        }
    }

    private StoredOrder lockOrder(UUID id) {
        jdbc.sql("select id from ticketing.ticket_order where id = :id for update").param("id", id).query(UUID.class)
                .optional().orElseThrow(() -> new NotFound("order", id.toString()));
        return stored(id);
    }

    private StoredOrder stored(UUID id) {
        var row = jdbc.sql("select fan_id, status, payment_ref, kind from ticketing.ticket_order where id = :id").param("id", id)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)})
                .optional().orElseThrow(() -> new NotFound("order", id.toString()));
        var perSession = new LinkedHashMap<String, List<Integer>>();
        var ticketIds = new ArrayList<UUID>();
        jdbc.sql("select id, session_code, seat_index from ticketing.ticket where order_id = :id order by session_code, seat_index")
                .param("id", id).query((rs, n) -> {
                    ticketIds.add(rs.getObject(1, UUID.class));
                    perSession.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getInt(3));
                    return null;
                }).list();
        var seats = new LinkedHashMap<String, int[]>();
        perSession.forEach((session, list) -> seats.put(session, list.stream().mapToInt(Integer::intValue).toArray()));
        return new StoredOrder(id, new FanId((UUID) row[0]), OrderStatus.valueOf((String) row[1]), (String) row[2], seats, ticketIds,
                "RESALE".equals(row[3]));
    }

    private boolean recordEvent(String eventId, UUID orderId, String outcome) {
        return jdbc.sql("""
                insert into ticketing.payment_event (event_id, order_id, outcome, received_at) values (:e, :o, :out, now())
                on conflict (event_id) do nothing""")
                .param("e", eventId).param("o", orderId).param("out", outcome).update() == 1;
    }

    private void markPaid(StoredOrder paying, String reference, @Nullable String reason) {
        var orderId = paying.id();
        paying.status().mustBecome(OrderStatus.PAID, orderId);
        jdbc.sql("""
                update ticketing.ticket_order set status = 'PAID', paid_at = :now, payment_ref = :ref, status_reason = :why
                where id = :id""")
                .param("now", Timestamp.from(clock.instant())).param("ref", reference).param("why", reason)
                .param("id", orderId).update();
        var order = stored(orderId);
        var issued = jdbc.sql("""
                select id, session_code, seat_id, category, seat_kind, holder_name from ticketing.ticket
                where order_id = :id order by session_code, seat_index""")
                .param("id", orderId)
                .query((rs, n) -> new IssuedTicket(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        PriceCategory.valueOf(rs.getString(4)), SeatKind.valueOf(rs.getString(5)), rs.getString(6))).list();
        // Published inside the transaction: the event publication registry keeps it if a listener fails.
        events.publishEvent(new OrderPaid(orderId, order.fan(), issued, clock.instant()));
    }

    /** A late payment gets its old seats back if every one of them is still free; all or none. */
    private boolean reallocate(StoredOrder order) {
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

    /** The order's new status, after its current one allowed the step (checked by the caller under the row lock). */
    private void setStatus(UUID orderId, OrderStatus status, String reason) {
        jdbc.sql("update ticketing.ticket_order set status = :status, status_reason = :why where id = :id")
                .param("status", status.name()).param("why", reason).param("id", orderId).update();
    }

    private void lateRefunded(StoredOrder order, String reference, String reason) {
        order.status().mustBecome(OrderStatus.LATE_REFUNDED, order.id());
        setStatus(order.id(), OrderStatus.LATE_REFUNDED, reason);
        jdbc.sql("update ticketing.ticket_order set payment_ref = :ref where id = :id").param("ref", reference).param("id", order.id()).update();
    }

    private void deactivate(UUID orderId) {
        jdbc.sql("update ticketing.ticket set active = false where order_id = :id").param("id", orderId).update();
    }

    private void giveBack(StoredOrder order) {
        if (order.resale()) {
            resales.release(order.id(), order.fan());
            return;
        }
        order.seats().forEach((session, seats) -> inventories.of(session).release(seats));
        tallies.giveBack(order.fan(), order.counts());
    }

    private static List<String> checkHolders(List<String> holders, int seats) {
        if (holders == null || holders.size() != seats) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "Each of the " + seats + " tickets needs its holder's name");
        }
        var names = new ArrayList<String>();
        for (var holder : holders) {
            names.add(holderName(holder));
        }
        return names;
    }

    /** A ticket holder's name as printed on the ticket: 1 to 120 printable characters, trimmed. */
    static String holderName(@Nullable String holder) {
        var name = holder == null ? "" : holder.strip();
        if (name.isEmpty() || name.length() > 120 || name.chars().anyMatch(Character::isISOControl)) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "A holder's name has 1 to 120 printable characters");
        }
        return name;
    }

    static void checkCard(@Nullable String card) {
        if (card == null || !card.matches("\\d{16}")) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "A card number has 16 digits");
        }
    }
}
