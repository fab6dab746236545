package org.podium.finance.internal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Budget lines against what is committed and spent. An approved order commits its amount until
 * invoices consume it; an approved invoice is actual spending. Both count against the line, and
 * the line alerts when they reach its thresholds (80 and 100 % by default).
 */
@Service
public class Budgets {

    /**
     * A line's figures: committed is what approved orders still owe (their amount less what has
     * been invoiced against them), actual what approved invoices cost before tax.
     */
    public record Status(String code, String area, int year, String account, BigDecimal amount, BigDecimal committed,
                         BigDecimal actual, int alertPercent) {

        public BigDecimal available() {
            return amount.subtract(committed).subtract(actual);
        }

        /** Committed and spent as a percentage of the line. */
        public int usedPercent() {
            return amount.signum() == 0 ? 100
                    : committed.add(actual).multiply(BigDecimal.valueOf(100)).divide(amount, 0, RoundingMode.DOWN).intValue();
        }
    }

    private final JdbcClient jdbc;
    private final BudgetPlan plan;

    Budgets(JdbcClient jdbc, BudgetPlan plan) {
        this.jdbc = jdbc;
        this.plan = plan;
    }

    /** The configured lines, written at start (amounts follow the configuration). */
    @EventListener(ApplicationReadyEvent.class)
    void loadPlan() {
        for (var line : plan.lines()) {
            jdbc.sql("""
                    insert into finance.budget_line (code, area, year, account, amount) values (?, ?, ?, ?, ?)
                    on conflict (code) do update set area = excluded.area, year = excluded.year, account = excluded.account, amount = excluded.amount""")
                    .params(line.code(), line.area(), line.year(), line.account(), line.amount()).update();
        }
    }

    public List<Status> all() {
        record Row(String code, String area, int year, String account, BigDecimal amount, BigDecimal committed, BigDecimal actual) {}
        return jdbc.sql("""
                select b.code, b.area, b.year, b.account, b.amount,
                       coalesce((select sum(greatest(o.net - coalesce((select sum(i.net) from finance.invoice i
                                     where i.purchase_order = o.id and i.status <> 'HELD'), 0), 0))
                                 from finance.purchase_order o where o.budget_line = b.code and o.status = 'APPROVED'), 0) as committed,
                       coalesce((select sum(i.net) from finance.invoice i join finance.purchase_order o on o.id = i.purchase_order
                                 where o.budget_line = b.code and i.status <> 'HELD'), 0) as actual
                from finance.budget_line b order by b.year, b.code""")
                .query(Row.class).list().stream()
                .map(r -> {
                    var status = new Status(r.code(), r.area(), r.year(), r.account(), r.amount(), r.committed(), r.actual(), 0);
                    return new Status(r.code(), r.area(), r.year(), r.account(), r.amount(), r.committed(), r.actual(),
                            alertReached(status.usedPercent()));
                }).toList();
    }

    /** Spending of a year (expense lines of purchase entries, before tax) by functional area and venue: the analytic axes. */
    public record Spending(String area, String venue, BigDecimal amount) {}

    public List<Spending> spending(int year) {
        return jdbc.sql("""
                select a.area, coalesce(a.venue, '') as venue, sum(l.debit - l.credit) as amount
                from finance.entry_analytic a join finance.entry e on e.id = a.entry join finance.entry_line l on l.entry = e.id
                where l.account like '6%' and e.entry_date between make_date(?, 1, 1) and make_date(?, 12, 31)
                group by a.area, a.venue order by a.area, a.venue""").params(year, year).query(Spending.class).list();
    }

    public Status of(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new org.podium.finance.internal.ActionRefused("finance.budget.unknown"));
    }

    /** The highest alert threshold reached, 0 when none is. */
    private int alertReached(int usedPercent) {
        return plan.alertPercents().stream().filter(p -> usedPercent >= p).max(Integer::compare).orElse(0);
    }
}
