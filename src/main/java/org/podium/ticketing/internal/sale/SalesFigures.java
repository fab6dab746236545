package org.podium.ticketing.internal.sale;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.web.SaleViews;

/** The manager's live view of a session's sale, and the totals the reliability check compares. */
@Component
public class SalesFigures {

    private final JdbcClient jdbc;
    private final SaleViews views;

    private final org.podium.ticketing.internal.inventory.Inventories inventories;

    public SalesFigures(JdbcClient jdbc, SaleViews views, org.podium.ticketing.internal.inventory.Inventories inventories) {
        this.inventories = inventories;
        this.jdbc = jdbc;
        this.views = views;
    }

    public record SessionSales(SaleViews.Availability availability, List<Minute> ticketsPerMinute, long paidTickets, long paidCents) {

        /** A minute's bar height, in percent of the busiest minute shown (at least 1 % when it sold anything). */
        public long barPercent(Minute minute) {
            var busiest = ticketsPerMinute.stream().mapToLong(Minute::tickets).max().orElse(0);
            return busiest == 0 ? 0 : Math.max(1, minute.tickets() * 100 / busiest);
        }
    }

    /** Tickets of paid orders placed in one minute. */
    public record Minute(Instant minute, long tickets) {
    }

    public SessionSales of(String session) {
        var perMinute = jdbc.sql("""
                select date_trunc('minute', o.created_at) m, count(*) from ticketing.ticket t
                join ticketing.ticket_order o on o.id = t.order_id
                where t.session_code = :s and o.status = 'PAID' and o.created_at > now() - interval '60 minutes'
                group by m order by m""")
                .param("s", session).query((rs, n) -> new Minute(rs.getTimestamp(1).toInstant(), rs.getLong(2))).list();
        var totals = jdbc.sql("""
                select count(*), coalesce(sum(t.price_cents), 0) from ticketing.ticket t
                join ticketing.ticket_order o on o.id = t.order_id where t.session_code = :s and o.status = 'PAID'""")
                .param("s", session).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new SessionSales(views.availability(session), perMinute, totals[0], totals[1]);
    }

    /** Tickets of paid orders paid on one day (Paris time), per price category A to D. */
    public record SalesDay(java.time.LocalDate day, long a, long b, long c, long d) {

        public long total() {
            return a + b + c + d;
        }
    }

    /** Every day with paid tickets, in day order. */
    public List<SalesDay> byDay() {
        var days = new java.util.TreeMap<java.time.LocalDate, long[]>();
        jdbc.sql("""
                select (coalesce(o.paid_at, o.created_at) at time zone 'Europe/Paris')::date, t.category, count(*)
                from ticketing.ticket t join ticketing.ticket_order o on o.id = t.order_id
                where o.status = 'PAID' group by 1, 2""")
                .query((rs, n) -> {
                    days.computeIfAbsent(rs.getObject(1, java.time.LocalDate.class), d -> new long[4])
                            [rs.getString(2).charAt(0) - 'A'] += rs.getLong(3);
                    return null;
                }).list();
        return days.entrySet().stream().map(e -> new SalesDay(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3])).toList();
    }

    /**
     * A session's sell-through: tickets sold out of its seats on public sale (free, held, sold and
     * held back for drops; the partners' quota is not sold here).
     */
    public record SellThrough(String session, long sold, long seats) {

        /** Per thousand, so that pages show one decimal of percent without floating point. */
        public long perMille() {
            return seats == 0 ? 0 : sold * 1000 / seats;
        }
    }

    /** The sessions with paid tickets, most sold first (at most {@code limit}). */
    public List<SellThrough> sellThrough(int limit) {
        // Counted first, then each session's seats from its inventory: an inventory not yet in
        // memory is loaded from the database, which must not happen inside this query's row mapper.
        var sold = new java.util.LinkedHashMap<String, Long>();
        jdbc.sql("""
                        select t.session_code, count(*) from ticketing.ticket t join ticketing.ticket_order o on o.id = t.order_id
                        where o.status = 'PAID' and t.active group by 1 order by 2 desc, 1 limit :n""")
                .param("n", limit)
                .query((rs, n) -> sold.put(rs.getString(1), rs.getLong(2))).list();
        var lines = new java.util.ArrayList<SellThrough>();
        sold.forEach((session, tickets) -> {
            var counts = inventories.of(session).availability();
            long seats = 0;
            for (var i = 0; i < counts.free().length; i++) {
                seats += counts.free()[i] + counts.held()[i] + counts.sold()[i] + counts.heldBack()[i];
            }
            lines.add(new SellThrough(session, tickets, seats));
        });
        return lines;
    }

    /** Over the whole sale: paid orders' totals against their tickets' prices, and seats sold twice. */
    public record Ledger(long paidOrders, long paidOrderCents, long paidTicketCents, long seatsSoldTwice,
                  long confirmedPaymentsWithoutPaidOrder) {
    }

    public Ledger ledger() {
        return jdbc.sql("""
                select (select count(*) from ticketing.ticket_order where status = 'PAID'),
                       (select coalesce(sum(total_cents), 0) from ticketing.ticket_order where status = 'PAID'),
                       (select coalesce(sum(t.price_cents), 0) from ticketing.ticket t join ticketing.ticket_order o
                            on o.id = t.order_id where o.status = 'PAID' and t.active),
                       (select count(*) from (select session_code, seat_index from ticketing.ticket t
                            join ticketing.ticket_order o on o.id = t.order_id where o.status = 'PAID'
                            group by session_code, seat_index having count(*) > 1) twice),
                       (select count(*) from ticketing.sandbox_payment p join ticketing.ticket_order o on o.id = p.order_id
                            where p.outcome in ('SUCCEEDED', 'LATE') and p.status = 'NOTIFIED'
                            and o.status not in ('PAID', 'LATE_REFUNDED', 'REFUNDED'))""")
                .query((rs, n) -> new Ledger(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).single();
    }
}
