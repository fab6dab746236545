package org.podium.ticketing.internal.change;

import java.time.Duration;
import java.util.UUID;

import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.SaleRefused;

/**
 * A fan's paid tickets as transfers and resales see them, read under a row lock so two changes of
 * one ticket (a transfer accepted while it sells) cannot both happen.
 */
@Component
class OwnedTickets {

    private final JdbcClient jdbc;
    private final Inventories inventories;
    private final GamesClock gamesClock;

    OwnedTickets(JdbcClient jdbc, Inventories inventories, GamesClock gamesClock) {
        this.jdbc = jdbc;
        this.inventories = inventories;
        this.gamesClock = gamesClock;
    }

    record Owned(UUID id, FanId fan, String session, String seat, String holderName, int priceCents,
                 String orderStatus, boolean active) {
    }

    /** Locks the ticket's row; call inside a transaction. */
    Owned lock(UUID ticket) {
        return jdbc.sql("""
                select t.id, t.fan_id, t.session_code, t.seat_id, t.holder_name, t.price_cents, o.status, t.active
                from ticketing.ticket t join ticketing.ticket_order o on o.id = t.order_id
                where t.id = :id for update of t""")
                .param("id", ticket)
                .query((rs, n) -> new Owned(rs.getObject(1, UUID.class), new FanId(rs.getObject(2, UUID.class)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)))
                .optional().orElseThrow(() -> new NotFound("ticket", ticket.toString()));
    }

    /** The fan's own, paid and still valid ticket, with {@code before} left until its session starts. */
    Owned lockChangeable(FanId fan, UUID ticket, Duration before, String change) {
        var owned = lock(ticket);
        if (!owned.fan().equals(fan)) {
            throw new NotFound("ticket", ticket.toString());
        }
        if (!owned.active() || !owned.orderStatus().equals("PAID")) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "ticketNotValid", ticket);
        }
        var startsAt = inventories.session(owned.session()).startsAt();
        if (!gamesClock.now().isBefore(startsAt.minus(before))) {
            throw new SaleRefused(SaleRefused.Kind.CHANGE_CLOSED,
                    java.util.Map.of("closesAt", startsAt.minus(before).toString()), "changeClosed." + change,
                    before.toHours(), owned.session(), startsAt);
        }
        return owned;
    }
}
