package org.podium.finance.internal.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.finance.internal.ledger.Ledger;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.OrderPaid;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ticket sales reach the books and tie: what the ticketing module stored as paid, refunded and
 * passed on to resale sellers is what the finance module holds, and the sales journal's summary
 * entries move 467 by exactly that.
 */
@PodiumIntegrationTest
class TicketingRevenueTests {

    @Autowired TicketingTestSupport ticketing;
    @Autowired TicketingRevenue revenue;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void salesRefundsAndResalesAreBookedAndTheLedgerTiesToThem() {
        var alice = ticketing.newFan("Alice Revenue");
        var bob = ticketing.newFan("Bob Revenue");
        var carol = ticketing.newFan("Carol Revenue");
        var refunded = ticketing.paidOrder("stade-de-france", alice.id(), 2, "Alice Revenue");
        ticketing.refund(refunded.order(), "session moved", "ticketing");
        var kept = ticketing.paidOrder("stade-de-france", bob.id(), 1, "Bob Revenue");
        var listing = ticketing.listForResale(bob.id(), kept.tickets().getFirst());
        var resale = ticketing.buyResale(carol.id(), listing, "Carol Revenue");
        ticketing.confirmPayment(resale);
        var orders = List.of(refunded.order(), kept.order(), resale);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from finance.ticket_movement where ticket_order = any(?)").param(orders.toArray(UUID[]::new))
                        .query(Integer.class).single()).isEqualTo(4));

        // The finance module's amounts against the ticketing module's own records.
        for (var order : orders) {
            var paid = jdbc.sql("select total_cents from ticketing.ticket_order where id = ?").param(order).query(Long.class).single();
            assertThat(movement(order, "SALE", "gross_cents")).isEqualTo(paid);
        }
        assertThat(movement(refunded.order(), "REFUND", "gross_cents"))
                .isEqualTo(jdbc.sql("select total_cents from ticketing.ticket_order where id = ?").param(refunded.order()).query(Long.class).single());
        var faceValue = jdbc.sql("select price_cents from ticketing.resale_listing where id = ?").param(listing).query(Long.class).single();
        assertThat(movement(resale, "SALE", "to_sellers_cents")).isEqualTo(faceValue).isPositive();
        assertThat(movement(kept.order(), "SALE", "to_sellers_cents")).isZero();

        // A redelivered event stores nothing twice.
        var again = new OrderPaid(kept.order(), bob.id(), List.of(), java.time.Instant.now(), 1, 0);
        revenue.on(again);
        assertThat(movement(kept.order(), "SALE", "gross_cents")).isNotEqualTo(1);

        revenue.postUntil(LocalDate.of(2100, 1, 1));

        assertThat(jdbc.sql("select count(*) from finance.ticket_movement where entry is null and gross_cents > to_sellers_cents")
                .query(Integer.class).single()).isZero();
        var booked = jdbc.sql("""
                select coalesce(sum(l.debit - l.credit), 0) from finance.entry_line l join finance.entry e on e.id = l.entry
                where e.validated_by = ? and l.account = '467'""").param(TicketingRevenue.BY).query(BigDecimal.class).single();
        var reported = jdbc.sql("""
                select coalesce(sum(case kind when 'SALE' then gross_cents - to_sellers_cents else -gross_cents end), 0)
                from finance.ticket_movement""").query(BigDecimal.class).single().movePointLeft(2);
        assertThat(booked).isEqualByComparingTo(reported);
        var revenueAndVat = jdbc.sql("""
                select coalesce(sum(l.credit - l.debit), 0) from finance.entry_line l join finance.entry e on e.id = l.entry
                where e.validated_by = ? and l.account in ('706', '44571')""").param(TicketingRevenue.BY).query(BigDecimal.class).single();
        assertThat(revenueAndVat).isEqualByComparingTo(booked);
        var refundEntry = jdbc.sql("select entry from finance.ticket_movement where ticket_order = ? and kind = 'REFUND'")
                .param(refunded.order()).query(Long.class).single();
        assertThat(jdbc.sql("select label from finance.entry where id = ?").param(refundEntry).query(String.class).single())
                .startsWith("Remboursements billetterie du ");
        assertThat(revenue.pending()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void theVatOfASummaryIsTheReducedRateOfItsGross() {
        var day = LocalDate.of(2035, 3, 3);
        var order = UUID.randomUUID();
        jdbc.sql("insert into finance.ticket_movement (ticket_order, kind, on_day, gross_cents) values (?, 'SALE', ?, 10550)").params(order, day).update();

        revenue.postUntil(day);

        var entry = jdbc.sql("select entry from finance.ticket_movement where ticket_order = ?").param(order).query(Long.class).single();
        var lines = jdbc.sql("select account || ' ' || debit || ' ' || credit from finance.entry_line where entry = ? order by position")
                .param(entry).query(String.class).list();
        // 105.50 tax included at 5.5 %: 100.00 before tax, 5.50 of VAT.
        assertThat(lines).containsExactly("467 105.50 0.00", "706 0.00 100.00", "44571 0.00 5.50");
    }

    private long movement(UUID order, String kind, String column) {
        return jdbc.sql("select " + column + " from finance.ticket_movement where ticket_order = ? and kind = ?").params(order, kind)
                .query(Long.class).single();
    }
}
