package org.podium.finance.internal.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.podium.finance.internal.ledger.EntryDraft;
import org.podium.finance.internal.ledger.Ledger;
import org.podium.ticketing.OrderPaid;
import org.podium.ticketing.OrderRefunded;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ticketing revenue in the books. Each paid order and each refund the ticketing module reports is
 * kept (once: a redelivered event stores nothing twice); each night, and when the accountant asks,
 * the days not yet posted become summary entries in the sales journal: the money the payment
 * service holds for us (467) against services sold (706) and collected VAT (44571), and a
 * refund day the same lines reversed. A resold ticket's face value goes back to its seller, so
 * only the resale fee is revenue. The ledger ties to ticket sales: 467's movements equal what fans
 * paid less what was refunded and passed on to sellers.
 */
@Service
public class TicketingRevenue {

    /** The VAT rate on tickets (podium.finance.ticketing.vat-percent; the reduced rate by default). */
    @ConfigurationProperties("podium.finance.ticketing")
    public record Settings(BigDecimal vatPercent) {
        public Settings {
            vatPercent = vatPercent == null ? new BigDecimal("5.5") : vatPercent;
        }
    }

    /** A day's posting: the entries written (a sales summary, a refunds summary, or both). */
    public record DayPosted(LocalDate day, List<Ledger.Posted> entries) {}

    static final String BY = "ticketing summary";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Settings settings;
    private final TransactionTemplate tx;

    TicketingRevenue(JdbcClient jdbc, Ledger ledger, Settings settings, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        jdbc.sql("""
                insert into finance.ticket_movement (ticket_order, kind, on_day, gross_cents, to_sellers_cents) values (?, 'SALE', ?, ?, ?)
                on conflict do nothing""")
                .params(paid.order(), paid.paidAt().atZone(PARIS).toLocalDate(), paid.totalCents(), paid.toSellersCents()).update();
    }

    @ApplicationModuleListener
    void on(OrderRefunded refunded) {
        jdbc.sql("insert into finance.ticket_movement (ticket_order, kind, on_day, gross_cents) values (?, 'REFUND', ?, ?) on conflict do nothing")
                .params(refunded.order(), refunded.refundedAt().atZone(PARIS).toLocalDate(), refunded.amountCents()).update();
    }

    /** Every night at 02:30, Paris time: the days before today. */
    @Scheduled(cron = "0 30 2 * * *", zone = "Europe/Paris")
    void nightly() {
        postUntil(LocalDate.now(PARIS).minusDays(1));
    }

    /** Posts every day up to {@code until} with movements not yet in the books, oldest first, each day in its own transaction. */
    public List<DayPosted> postUntil(LocalDate until) {
        // Movements of nothing (a free order, a resale without fee) have no entry to be in: not a pending day.
        var days = jdbc.sql("""
                select distinct on_day from finance.ticket_movement where entry is null and on_day <= ? and gross_cents > to_sellers_cents
                order by on_day""").param(until).query(LocalDate.class).list();
        var posted = new ArrayList<DayPosted>();
        for (var day : days) {
            posted.add(tx.execute(status -> postDay(day)));
        }
        return posted;
    }

    /** Net-of-sellers sales less refunds waiting to be posted, in euros, for the accountant's page. */
    public BigDecimal pending() {
        return jdbc.sql("""
                select coalesce(sum(case kind when 'SALE' then gross_cents - to_sellers_cents else -gross_cents end), 0)
                from finance.ticket_movement where entry is null""").query(BigDecimal.class).single().movePointLeft(2);
    }

    private DayPosted postDay(LocalDate day) {
        var entries = new ArrayList<Ledger.Posted>();
        var sales = pendingCents(day, "SALE", "gross_cents - to_sellers_cents");
        if (sales.signum() > 0) {
            entries.add(post(day, "SALE", "Billetterie du " + day, sales, false));
        }
        var refunds = pendingCents(day, "REFUND", "gross_cents");
        if (refunds.signum() > 0) {
            entries.add(post(day, "REFUND", "Remboursements billetterie du " + day, refunds, true));
        }
        return new DayPosted(day, entries);
    }

    private BigDecimal pendingCents(LocalDate day, String kind, String amount) {
        return jdbc.sql("select coalesce(sum(" + amount + "), 0) from finance.ticket_movement where entry is null and on_day = ? and kind = ?")
                .params(day, kind).query(BigDecimal.class).single().movePointLeft(2);
    }

    private Ledger.Posted post(LocalDate day, String kind, String label, BigDecimal gross, boolean reversed) {
        var net = gross.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(100).add(settings.vatPercent()), 2, RoundingMode.HALF_EVEN);
        var vat = gross.subtract(net);
        var lines = new ArrayList<EntryDraft.Line>();
        lines.add(side("467", gross, !reversed, label));
        lines.add(side("706", net, reversed, label));
        if (vat.signum() > 0) {
            lines.add(side("44571", vat, reversed, label));
        }
        var posted = ledger.post(new EntryDraft("VTE", day, label, "BILLETTERIE-" + kind + "-" + day, lines), BY);
        jdbc.sql("update finance.ticket_movement set entry = ? where entry is null and on_day = ? and kind = ?")
                .params(posted.id(), day, kind).update();
        return posted;
    }

    private static EntryDraft.Line side(String account, BigDecimal amount, boolean debit, String label) {
        return debit ? new EntryDraft.Line(account, amount, BigDecimal.ZERO, label) : new EntryDraft.Line(account, BigDecimal.ZERO, amount, label);
    }
}
