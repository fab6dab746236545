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

    public SalesFigures(JdbcClient jdbc, SaleViews views) {
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
