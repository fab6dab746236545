package org.podium.finance.internal.ledger;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.finance.internal.ActionRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening fiscal years (the calendar year). A closed year takes no entry; closing
 * holds the chain's head, on which every posting waits (the ledger checks the year under that
 * lock), so no entry slips in while the year closes. A year closes once the year before it is
 * closed (or has no entry) and once the ticket
 * sales of its days are all in the books; only the last closed year reopens, with a reason, so the
 * years behind it stay as they were filed. Both are in the audit trail.
 */
@Service
public class FiscalYears {

    public record FiscalYear(int year, String status, @Nullable String closedBy, @Nullable String reopenedBy, @Nullable String reason) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FiscalYears(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public FiscalYear close(int year, String accountant) {
        jdbc.sql("select head from finance.chain where id = 1 for update").query(String.class).single();
        if (closed(year)) throw new ActionRefused("finance.year.alreadyClosed");
        var previousEntries = jdbc.sql("select count(*) from finance.entry where entry_date between make_date(?, 1, 1) and make_date(?, 12, 31)")
                .params(year - 1, year - 1).query(Long.class).single();
        if (previousEntries > 0 && !closed(year - 1)) throw new ActionRefused("finance.year.previousOpen:" + (year - 1));
        var pendingSales = jdbc.sql("""
                select count(*) from finance.ticket_movement where entry is null and gross_cents > to_sellers_cents
                and on_day between make_date(?, 1, 1) and make_date(?, 12, 31)""").params(year, year).query(Long.class).single();
        if (pendingSales > 0) throw new ActionRefused("finance.year.ticketingPending");
        jdbc.sql("""
                insert into finance.fiscal_year (year, status, closed_by, closed_at) values (?, 'CLOSED', ?, now())
                on conflict (year) do update set status = 'CLOSED', closed_by = excluded.closed_by, closed_at = now()""")
                .params(year, accountant).update();
        events.publishEvent(new StaffActionPerformed(accountant, "finance.year.closed", "year:" + year, "fiscal year " + year + " closed", Instant.now()));
        return find(year);
    }

    @Transactional
    public FiscalYear reopen(int year, String reason, String accountant) {
        jdbc.sql("select head from finance.chain where id = 1 for update").query(String.class).single();
        if (!closed(year)) throw new ActionRefused("finance.year.notClosed");
        if (reason.isBlank() || reason.length() > 500) throw new ActionRefused("finance.year.reason");
        if (jdbc.sql("select count(*) from finance.fiscal_year where year > ? and status = 'CLOSED'").param(year).query(Long.class).single() > 0) {
            throw new ActionRefused("finance.year.laterClosed");
        }
        jdbc.sql("update finance.fiscal_year set status = 'OPEN', reopened_by = ?, reopened_at = now(), reason = ? where year = ?")
                .params(accountant, reason.strip(), year).update();
        events.publishEvent(new StaffActionPerformed(accountant, "finance.year.reopened", "year:" + year, reason.strip(), Instant.now()));
        return find(year);
    }

    /** Whether a year is closed; the ledger asks under the chain's lock before it validates an entry. */
    boolean closed(int year) {
        return jdbc.sql("select count(*) from finance.fiscal_year where year = ? and status = 'CLOSED'").param(year).query(Long.class).single() > 0;
    }

    public FiscalYear find(int year) {
        return jdbc.sql("""
                select year, status, closed_by as "closedBy", reopened_by as "reopenedBy", reason from finance.fiscal_year where year = ?""")
                .param(year).query(FiscalYear.class).optional().orElse(new FiscalYear(year, "OPEN", null, null, null));
    }

    public List<FiscalYear> all() {
        return jdbc.sql("select year, status, closed_by as \"closedBy\", reopened_by as \"reopenedBy\", reason from finance.fiscal_year order by year")
                .query(FiscalYear.class).list();
    }
}
