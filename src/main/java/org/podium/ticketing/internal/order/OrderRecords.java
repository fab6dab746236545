package org.podium.ticketing.internal.order;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanId;
import org.podium.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.change.Resales;
import org.podium.ticketing.internal.SaleRefused;

/**
 * Orders as PostgreSQL keeps them: a locked order row with what its state changes need, the
 * status written after {@link OrderStatus} allowed the step, the seats an order gives back, and
 * the views fans and staff read. PostgreSQL is the truth (a seat has at most one active ticket,
 * by a unique index); the in-memory inventory follows each committed change.
 */
@Component
class OrderRecords {

    private final JdbcClient jdbc;
    private final Inventories inventories;
    private final FanTallies tallies;
    private final Resales resales;
    private final Clock clock;

    private final org.podium.ticketing.internal.payment.PaymentProvider payments;

    OrderRecords(JdbcClient jdbc, Inventories inventories, FanTallies tallies, Resales resales, Clock clock,
                 org.podium.ticketing.internal.payment.PaymentProvider payments) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.inventories = inventories;
        this.tallies = tallies;
        this.resales = resales;
        this.clock = clock;
    }

    /** An order row with what the state changes need. */
    record StoredOrder(UUID id, FanId fan, OrderStatus status, @Nullable String paymentRef,
                               Map<String, int[]> seats, List<UUID> ticketIds, boolean resale) {
        Map<String, Integer> counts() {
            var counts = new LinkedHashMap<String, Integer>();
            seats.forEach((session, s) -> counts.put(session, s.length));
            return counts;
        }
    }

    StoredOrder lock(UUID id) {
        jdbc.sql("select id from ticketing.ticket_order where id = :id for update").param("id", id).query(UUID.class)
                .optional().orElseThrow(() -> new NotFound("order", id.toString()));
        return stored(id);
    }

    StoredOrder stored(UUID id) {
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

    /** The order's new status, after its current one allowed the step (checked by the caller under the row lock). */
    void setStatus(UUID orderId, OrderStatus status, String reason) {
        jdbc.sql("update ticketing.ticket_order set status = :status, status_reason = :why where id = :id")
                .param("status", status.name()).param("why", reason).param("id", orderId).update();
    }

    void deactivate(UUID orderId) {
        jdbc.sql("update ticketing.ticket set active = false where order_id = :id").param("id", orderId).update();
    }

    void giveBack(StoredOrder order) {
        if (order.resale()) {
            resales.release(order.id(), order.fan());
            return;
        }
        order.seats().forEach((session, seats) -> inventories.of(session).release(seats));
        tallies.giveBack(order.fan(), order.counts());
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
            throw new SaleRefused(SaleRefused.Kind.IDEMPOTENCY_KEY_REUSED, "idempotencyKeyReused", key);
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
        return jdbc.sql("select status, total_cents, created_at, expires_at, paid_at, status_reason, payment_ref from ticketing.ticket_order where id = :id")
                .param("id", id)
                .query((rs, n) -> new OrderView(id, rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6), tickets,
                        "PENDING_PAYMENT".equals(rs.getString(1)) && rs.getString(7) != null ? payments.page(rs.getString(7)) : null))
                .optional().orElseThrow(() -> new NotFound("order", id.toString()));
    }

    /** Recent orders for the staff's view, newest first, each with the fan who placed it. */
    List<Orders.ByFan> recent(int limit) {
        return jdbc.sql("select id, fan_id from ticketing.ticket_order order by created_at desc limit :n").param("n", limit)
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
                .map(e -> new Orders.ByFan(view(e.getKey()), new org.podium.accounts.FanId(e.getValue()))).toList();
    }
}
