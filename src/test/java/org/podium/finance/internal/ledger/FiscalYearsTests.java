package org.podium.finance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.ActionRefused;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fiscal years close and reopen by their rules, a closed year takes no entry, and the statements
 * add up: the income statement of a year worked by hand, the balance sheet balancing. Years far
 * from the other tests' (2041-2046) so that closing them stops no one.
 */
@PodiumIntegrationTest
class FiscalYearsTests {

    @Autowired FiscalYears years;
    @Autowired Ledger ledger;
    @Autowired FinancialStatements statements;
    @Autowired JdbcClient jdbc;

    static EntryDraft invoice(LocalDate day, String ref) {
        return new EntryDraft("ACH", day, "Catering " + ref, ref, List.of(EntryDraft.Line.debit("606", "1000.00", "meals"),
                EntryDraft.Line.debit("44566", "55.00", "VAT"), EntryDraft.Line.credit("401", "1055.00", "caterer")));
    }

    @Test
    void aClosedYearTakesNoEntryAndOnlyTheLastClosedReopens() {
        ledger.post(invoice(LocalDate.of(2041, 1, 5), "FY-1"), "accountant");
        assertThatThrownBy(() -> years.close(2042, "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.year.previousOpen:2041"));

        years.close(2041, "accountant");
        var before = ledger.post(invoice(LocalDate.of(2042, 1, 5), "FY-2"), "accountant");
        assertThatThrownBy(() -> ledger.post(invoice(LocalDate.of(2041, 12, 31), "FY-3"), "accountant"))
                .isInstanceOfSatisfying(Ledger.EntryRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.refused.closedYear"));
        var after = ledger.post(invoice(LocalDate.of(2042, 1, 6), "FY-4"), "accountant");
        assertThat(after.number()).as("the refused entry gave its number back").isEqualTo(before.number() + 1);

        years.close(2042, "accountant");
        assertThatThrownBy(() -> years.reopen(2041, "a late invoice", "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.year.laterClosed"));
        assertThatThrownBy(() -> years.reopen(2042, " ", "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.year.reason"));
        assertThat(years.reopen(2042, "a supplier's invoice found late", "accountant").status()).isEqualTo("OPEN");
        ledger.post(invoice(LocalDate.of(2042, 12, 30), "FY-5"), "accountant");
        assertThat(years.find(2041).status()).isEqualTo("CLOSED");
    }

    @Test
    void aYearWithTicketSalesNotYetInTheBooksDoesNotClose() {
        jdbc.sql("insert into finance.ticket_movement (ticket_order, kind, on_day, gross_cents) values (gen_random_uuid(), 'SALE', '2046-06-01', 500)")
                .update();
        assertThatThrownBy(() -> years.close(2046, "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.year.ticketingPending"));
    }

    @Test
    void theStatementsAddUp() {
        var day = LocalDate.of(2044, 3, 1);
        ledger.post(invoice(day, "FS-1"), "accountant");
        ledger.post(new EntryDraft("VTE", day, "Hospitality package", "FS-2", List.of(EntryDraft.Line.debit("411", "2400.00", "client"),
                EntryDraft.Line.credit("706", "2000.00", "package"), EntryDraft.Line.credit("44571", "400.00", "VAT"))), "accountant");

        var income = statements.incomeStatement(2044);
        assertThat(income.expenses()).extracting(FinancialStatements.Line::account, FinancialStatements.Line::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("606", new BigDecimal("1000.00")));
        assertThat(income.totalRevenue()).isEqualByComparingTo("2000.00");
        assertThat(income.result()).isEqualByComparingTo("1000.00");

        var sheet = statements.balanceSheet(2044);
        assertThat(sheet.totalAssets()).isEqualByComparingTo(sheet.totalLiabilities()).isPositive();
        assertThat(sheet.assets()).extracting(FinancialStatements.Line::account).contains("411", "44566");
        assertThat(sheet.liabilities()).extracting(FinancialStatements.Line::account).contains("401", "44571");
    }
}
