package org.podium.finance.internal.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.ActionRefused;
import org.podium.finance.internal.FinanceProperties;
import org.podium.finance.internal.ledger.FiscalYears;
import org.podium.finance.internal.payables.BankStatementFiles;
import org.podium.finance.internal.payables.BankStatements;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customer invoices: numbered without gap per year (a refused invoice gives its number back),
 * posted to the sales journal, split into instalments, paid by the bank statement that credits
 * them with their number. Years 2051-2052, which no other test uses.
 */
@PodiumIntegrationTest
class CustomerInvoicesTests {

    @Autowired CustomerInvoices invoices;
    @Autowired FiscalYears years;
    @Autowired BankStatements statements;
    @Autowired FinanceProperties books;
    @Autowired JdbcClient jdbc;

    @Test
    void numbersRunWithoutGapAndARefusedInvoiceGivesItsNumberBack() {
        years.close(2051, "accountant");
        assertThatThrownBy(() -> invoices.issue("France Télévisions", "", "Droits", LocalDate.of(2051, 2, 1), LocalDate.of(2051, 3, 1),
                new BigDecimal("1000.00"), new BigDecimal("20"), "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.refused.closedYear"));
        years.reopen(2051, "an invoice to issue", "accountant");

        var first = invoices.issue("France Télévisions", "FR27552118465", "Droits de diffusion", LocalDate.of(2051, 2, 1),
                LocalDate.of(2051, 3, 1), new BigDecimal("1000.00"), new BigDecimal("20"), "accountant");
        var second = invoices.issue("Hospitality Partner SA", "", "Loge, finale du 100 m", LocalDate.of(2051, 2, 2),
                LocalDate.of(2051, 3, 2), new BigDecimal("12500.00"), new BigDecimal("20"), "accountant");

        assertThat(List.of(first.number(), second.number())).containsExactly("FAC-2051-000001", "FAC-2051-000002");
        assertThat(first.gross()).isEqualByComparingTo("1200.00");
        assertThat(lines(first.number())).containsExactly("411 1200.00 0.00", "706 0.00 1000.00", "44571 0.00 200.00");
        assertThatThrownBy(() -> invoices.issue(" ", "", "x", LocalDate.of(2051, 2, 3), LocalDate.of(2051, 2, 1), BigDecimal.ZERO,
                new BigDecimal("20"), "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.customerInvoice.customer",
                        "finance.customerInvoice.amount", "finance.customerInvoice.due"));
    }

    @Test
    void instalmentsArePaidByTheStatementThatNamesThem() throws Exception {
        var instalments = invoices.instalments("Broadcaster Europe", "", "Droits TV", new BigDecimal("100000.00"), 3,
                LocalDate.of(2052, 1, 31), new BigDecimal("20"), "accountant");

        assertThat(instalments).extracting(CustomerInvoices.CustomerInvoice::net)
                .containsExactly(new BigDecimal("33333.33"), new BigDecimal("33333.33"), new BigDecimal("33333.34"));
        assertThat(instalments).extracting(CustomerInvoices.CustomerInvoice::due)
                .containsExactly(LocalDate.of(2052, 1, 31), LocalDate.of(2052, 2, 29), LocalDate.of(2052, 3, 31));
        var paid = instalments.get(1);
        var statement = BankStatementFiles.statement("STMT-CI-2052", books.iban(), List.of(
                new BankStatementFiles.Booking(paid.gross(), false, LocalDate.of(2052, 3, 3), "", "Broadcaster Europe",
                        "Virement " + paid.number() + " droits TV"),
                new BankStatementFiles.Booking(new BigDecimal("1.00"), false, LocalDate.of(2052, 3, 3), "", "Broadcaster Europe",
                        "Virement " + instalments.get(2).number())));
        BankStatementFiles.validate(statement);

        var reconciliation = statements.importStatement("statement.xml", statement, "treasurer");

        assertThat(reconciliation.matched()).isEqualTo(1);
        assertThat(invoices.find(paid.id()).status()).isEqualTo("PAID");
        assertThat(invoices.find(instalments.get(2).id()).status()).isEqualTo("ISSUED");
        assertThat(jdbc.sql("""
                select l.account || ' ' || l.debit || ' ' || l.credit from finance.entry_line l join finance.customer_invoice c on c.payment_entry = l.entry
                where c.id = ? order by l.position""").param(paid.id()).query(String.class).list())
                .containsExactly("512 40000.00 0.00", "411 0.00 40000.00");
    }

    private List<String> lines(String number) {
        return jdbc.sql("""
                select l.account || ' ' || l.debit || ' ' || l.credit from finance.entry_line l join finance.customer_invoice c on c.entry = l.entry
                where c.number = ? order by l.position""").param(number).query(String.class).list();
    }
}
