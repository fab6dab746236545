package org.podium.finance.internal.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.finance.internal.ActionRefused;
import org.podium.finance.internal.FinanceProperties;
import org.podium.finance.internal.ledger.EntryDraft;
import org.podium.finance.internal.ledger.Ledger;
import org.podium.finance.internal.sales.CustomerInvoices;
import org.podium.platform.FileRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank reconciliation: a camt.053 statement of the organisation's account is imported whole or
 * not at all; each debit whose end-to-end id names an invoice of an approved run, for the
 * invoice's amount, pays it and is posted to the bank journal (supplier payable against bank);
 * each credit whose text names a customer invoice, for its amount, settles it (bank against the
 * customer's account).
 * Everything else (another amount, no reference, money coming in) waits for a person, who can
 * settle a line against an invoice by hand.
 */
@Service
public class BankStatements {

    public record Reconciliation(String statementId, int entries, int matched, int unmatched) {}

    public record Line(long id, String statementId, LocalDate bookedOn, BigDecimal amount, boolean debit, String endToEndId,
                       String remittance, String counterparty, @Nullable Long invoice) {}

    private static final Pattern OUR_ID = Pattern.compile("PODIUM-INV-(\\d{1,18})");

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final Ledger ledger;
    private final FinanceProperties books;
    private final ApplicationEventPublisher events;
    private final CustomerInvoices customerInvoices;

    BankStatements(JdbcClient jdbc, Invoices invoices, Ledger ledger, FinanceProperties books, ApplicationEventPublisher events,
                   CustomerInvoices customerInvoices) {
        this.customerInvoices = customerInvoices;
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.ledger = ledger;
        this.books = books;
        this.events = events;
    }

    @Transactional
    public Reconciliation importStatement(String fileName, byte[] file, String by) {
        var statement = Camt053.read(fileName, file);
        if (!statement.iban().replace(" ", "").equals(books.iban())) {
            throw new FileRejected(fileName, 0, "the statement is of account " + statement.iban() + ", not the organisation's");
        }
        if (jdbc.sql("select count(*) from finance.bank_statement where statement_id = ?").param(statement.id()).query(Integer.class).single() > 0) {
            throw new FileRejected(fileName, 0, "statement " + statement.id() + " was already imported");
        }
        var statementRow = jdbc.sql("insert into finance.bank_statement (statement_id, account, imported_by) values (?, ?, ?) returning id")
                .params(statement.id(), statement.iban(), by).query(Long.class).single();
        var matched = 0;
        for (var entry : statement.entries()) {
            var line = jdbc.sql("""
                    insert into finance.statement_line (statement, booked_on, amount, debit, end_to_end_id, remittance, counterparty)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(statementRow, entry.bookedOn(), entry.amount(), entry.debit(), entry.endToEndId(), entry.remittance(),
                            entry.counterparty()).query(Long.class).single();
            var invoice = ourInvoice(entry);
            var customerInvoice = !entry.debit() && entry.currency().equals("EUR")
                    ? customerInvoices.payableBy(entry.amount(), entry.remittance()) : null;
            if (invoice != null) {
                settle(line, invoice, statement.id(), by);
                matched++;
            } else if (customerInvoice != null) {
                var posted = customerInvoices.settle(customerInvoice, entry.bookedOn(), statement.id(), by);
                jdbc.sql("update finance.statement_line set customer_invoice = ?, entry = ? where id = ?")
                        .params(customerInvoice.id(), posted.id(), line).update();
                matched++;
            }
        }
        var result = new Reconciliation(statement.id(), statement.entries().size(), matched, statement.entries().size() - matched);
        events.publishEvent(new StaffActionPerformed(by, "finance.statement.imported", "statement:" + statement.id(),
                result.entries() + " entries, " + matched + " reconciled", Instant.now()));
        return result;
    }

    /** A person settles a line the import left: against an invoice in an approved run, for its amount. */
    @Transactional
    public void settleByHand(long lineId, long invoiceId, String by) {
        var line = jdbc.sql(SELECT + " where l.id = ? for update of l").param(lineId).query(Line.class).optional()
                .orElseThrow(() -> new ActionRefused("finance.statement.unknownLine"));
        var invoice = invoices.find(invoiceId);
        if (line.invoice() != null) throw new ActionRefused("finance.statement.alreadySettled");
        if (!line.debit() || !payable(invoice) || invoice.gross().compareTo(line.amount()) != 0) {
            throw new ActionRefused("finance.statement.mismatch");
        }
        settle(lineId, invoice, line.statementId(), by);
    }

    public List<Line> unmatched() {
        return jdbc.sql(SELECT + " where l.invoice is null and l.customer_invoice is null order by l.booked_on, l.id").query(Line.class).list();
    }

    private Invoices.@Nullable Invoice ourInvoice(Camt053.Entry entry) {
        var id = OUR_ID.matcher(entry.endToEndId());
        if (!entry.debit() || !entry.currency().equals("EUR") || !id.matches()) {
            return null;
        }
        var invoice = invoices.byId(Long.parseLong(id.group(1)));
        return invoice != null && payable(invoice) && invoice.gross().compareTo(entry.amount()) == 0 ? invoice : null;
    }

    /** In a run whose file was issued, not yet paid. */
    private boolean payable(Invoices.Invoice invoice) {
        return invoice.status().equals("IN_RUN") && invoice.paymentRun() != null
                && jdbc.sql("select status from finance.payment_run where id = ?").param(invoice.paymentRun()).query(String.class).single().equals("APPROVED");
    }

    private void settle(long line, Invoices.Invoice invoice, String statementId, String by) {
        var label = "Paiement " + invoice.supplierName() + " " + invoice.number();
        var booked = jdbc.sql("select booked_on from finance.statement_line where id = ?").param(line).query(LocalDate.class).single();
        var posted = ledger.post(new EntryDraft("BQ", booked, label, statementId, List.of(
                new EntryDraft.Line("401", invoice.gross(), BigDecimal.ZERO, label),
                new EntryDraft.Line("512", BigDecimal.ZERO, invoice.gross(), label))), by);
        jdbc.sql("update finance.invoice set status = 'PAID', paid_on = ? where id = ?").params(booked, invoice.id()).update();
        jdbc.sql("update finance.statement_line set invoice = ?, entry = ? where id = ?").params(invoice.id(), posted.id(), line).update();
        events.publishEvent(new StaffActionPerformed(by, "finance.invoice.paid", "invoice:" + invoice.id(),
                label + " on " + booked + ", posted as BQ-" + posted.number(), Instant.now()));
    }

    private static final String SELECT = """
            select l.id, s.statement_id as "statementId", l.booked_on as "bookedOn", l.amount, l.debit, l.end_to_end_id as "endToEndId",
                   l.remittance, l.counterparty, l.invoice
            from finance.statement_line l join finance.bank_statement s on s.id = l.statement""";
}
