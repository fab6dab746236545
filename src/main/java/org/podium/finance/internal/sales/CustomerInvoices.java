package org.podium.finance.internal.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.finance.internal.ActionRefused;
import org.podium.finance.internal.ledger.EntryDraft;
import org.podium.finance.internal.ledger.Ledger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices the committee issues (hospitality packages, broadcasting rights paid in instalments):
 * numbered FAC-year-000001 onwards without gap (the year's counter is locked in the invoice's
 * transaction, so a refused invoice gives its number back), posted at once to the sales journal
 * (411 customer / 706 services sold / 44571 collected VAT), and paid when a bank statement
 * credits its amount with its number in the remittance text (BankStatements).
 */
@Service
public class CustomerInvoices {

    public record CustomerInvoice(long id, String number, String customer, String customerVat, String label, LocalDate issued,
                                  LocalDate due, BigDecimal net, BigDecimal vat, BigDecimal gross, String status,
                                  @Nullable LocalDate paidOn) {}

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;

    CustomerInvoices(JdbcClient jdbc, Ledger ledger, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.events = events;
    }

    @Transactional
    public CustomerInvoice issue(String customer, String customerVat, String label, LocalDate issued, LocalDate due, BigDecimal net,
                                 BigDecimal vatPercent, String by) {
        var problems = new ArrayList<String>();
        if (customer.isBlank() || customer.length() > 70) problems.add("finance.customerInvoice.customer");
        if (label.isBlank() || label.length() > 140) problems.add("finance.customerInvoice.label");
        if (net.signum() <= 0 || net.scale() > 2) problems.add("finance.customerInvoice.amount");
        if (vatPercent.signum() < 0 || vatPercent.compareTo(BigDecimal.valueOf(100)) >= 0) problems.add("finance.customerInvoice.vat");
        if (due.isBefore(issued)) problems.add("finance.customerInvoice.due");
        ActionRefused.unless(problems);
        var sequence = jdbc.sql("""
                insert into finance.customer_invoice_number (year, next) values (?, 2)
                on conflict (year) do update set next = finance.customer_invoice_number.next + 1 returning next - 1""")
                .param(issued.getYear()).query(Integer.class).single();
        var number = "FAC-%d-%06d".formatted(issued.getYear(), sequence);
        var vat = net.multiply(vatPercent).movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
        var gross = net.add(vat);
        var lines = new ArrayList<EntryDraft.Line>();
        lines.add(new EntryDraft.Line("411", gross, BigDecimal.ZERO, customer + " " + number));
        lines.add(new EntryDraft.Line("706", BigDecimal.ZERO, net, label));
        if (vat.signum() > 0) {
            lines.add(new EntryDraft.Line("44571", BigDecimal.ZERO, vat, "TVA " + vatPercent.stripTrailingZeros().toPlainString() + " %"));
        }
        var posted = ledger.post(new EntryDraft("VTE", issued, customer + " " + label, number, lines), by);
        var id = jdbc.sql("""
                insert into finance.customer_invoice (number, customer, customer_vat, label, issued, due, net, vat_percent, vat, gross, status,
                    issued_by, entry) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?) returning id""")
                .params(number, customer.strip(), customerVat.strip(), label.strip(), issued, due, net, vatPercent, vat, gross, by, posted.id())
                .query(Long.class).single();
        events.publishEvent(new StaffActionPerformed(by, "finance.customer-invoice.issued", "customer-invoice:" + id,
                number + " " + customer.strip() + ", EUR " + gross.toPlainString(), Instant.now()));
        return find(id);
    }

    /**
     * A contract paid in instalments (broadcasting rights, say): {@code count} invoices of equal
     * amounts (the last one takes the rounding), each issued on its due date, one month apart.
     */
    @Transactional
    public List<CustomerInvoice> instalments(String customer, String customerVat, String label, BigDecimal totalNet, int count,
                                             LocalDate firstDue, BigDecimal vatPercent, String by) {
        if (count < 1 || count > 60) throw new ActionRefused("finance.customerInvoice.instalments");
        var each = totalNet.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        var issued = new ArrayList<CustomerInvoice>();
        for (var i = 0; i < count; i++) {
            var amount = i == count - 1 ? totalNet.subtract(each.multiply(BigDecimal.valueOf(count - 1))) : each;
            var due = firstDue.plusMonths(i);
            issued.add(issue(customer, customerVat, label + " (" + (i + 1) + "/" + count + ")", due, due, amount, vatPercent, by));
        }
        return issued;
    }

    /** A credit on the bank statement whose text names an issued invoice, for its amount: the invoice, else null. */
    public @Nullable CustomerInvoice payableBy(BigDecimal amount, String remittance) {
        var found = java.util.regex.Pattern.compile("FAC-\\d{4}-\\d{6}").matcher(remittance);
        while (found.find()) {
            var invoice = jdbc.sql(SELECT + " where number = ? and status = 'ISSUED'").param(found.group()).query(CustomerInvoice.class).optional();
            if (invoice.isPresent() && invoice.get().gross().compareTo(amount) == 0) {
                return invoice.get();
            }
        }
        return null;
    }

    /** Paid by a statement line: the bank journal takes the money from the customer's account. */
    public Ledger.Posted settle(CustomerInvoice invoice, LocalDate booked, String statementId, String by) {
        var label = "Encaissement " + invoice.customer() + " " + invoice.number();
        var posted = ledger.post(new EntryDraft("BQ", booked, label, statementId, List.of(
                new EntryDraft.Line("512", invoice.gross(), BigDecimal.ZERO, label),
                new EntryDraft.Line("411", BigDecimal.ZERO, invoice.gross(), label))), by);
        jdbc.sql("update finance.customer_invoice set status = 'PAID', paid_on = ?, payment_entry = ? where id = ?")
                .params(booked, posted.id(), invoice.id()).update();
        return posted;
    }

    public CustomerInvoice find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CustomerInvoice.class).optional()
                .orElseThrow(() -> new ActionRefused("finance.customerInvoice.unknown"));
    }

    public List<CustomerInvoice> recent() {
        return jdbc.sql(SELECT + " order by id desc limit 100").query(CustomerInvoice.class).list();
    }

    private static final String SELECT = """
            select id, number, customer, customer_vat as "customerVat", label, issued, due, net, vat, gross, status, paid_on as "paidOn"
            from finance.customer_invoice""";
}
