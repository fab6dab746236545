package org.podium.finance.internal.payables;

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
import org.podium.finance.internal.procurement.Budgets;
import org.podium.finance.internal.procurement.PurchaseOrders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supplier invoices against purchase orders. Each is three-way matched when entered: a match is
 * approved for payment at once and posted to the purchases journal (expense of its budget line's
 * account, deductible VAT, the supplier's payable); a variance holds it until an approver other
 * than whoever entered it accepts it. Its due date follows the payment term in force.
 */
@Service
public class Invoices {

    /** A line as invoiced: the order line it bills, quantity and unit price before tax. */
    public record LineDraft(int position, BigDecimal quantity, BigDecimal unitPrice) {}

    public record Invoice(long id, long supplier, String supplierName, long purchaseOrder, String number, LocalDate invoiceDate,
                          LocalDate dueDate, BigDecimal net, BigDecimal vat, BigDecimal gross, String match, String status,
                          String enteredBy, @Nullable String approvedBy, @Nullable Long entry, @Nullable Long paymentRun,
                          @Nullable LocalDate paidOn) {}

    /** Who approves a matched invoice: the match itself, in the trail under this name. */
    static final String BY_MATCH = "three-way match";

    private final JdbcClient jdbc;
    private final PurchaseOrders orders;
    private final Budgets budgets;
    private final Ledger ledger;
    private final PaymentTerms terms;
    private final ThreeWayMatch.Tolerances tolerances;
    private final ApplicationEventPublisher events;

    Invoices(JdbcClient jdbc, PurchaseOrders orders, Budgets budgets, Ledger ledger, PaymentTerms terms,
             ThreeWayMatch.Tolerances tolerances, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.budgets = budgets;
        this.ledger = ledger;
        this.terms = terms;
        this.tolerances = tolerances;
        this.events = events;
    }

    @Transactional
    public Invoice enter(long purchaseOrder, String number, LocalDate invoiceDate, List<LineDraft> lines, BigDecimal vat, String by) {
        var order = orders.find(purchaseOrder);
        var problems = new ArrayList<String>();
        if (!order.status().equals("APPROVED")) problems.add("finance.order.notApproved");
        if (number.isBlank() || number.length() > 35) problems.add("finance.invoice.number");
        if (vat.signum() < 0 || vat.scale() > 2) problems.add("finance.invoice.vat");
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.quantity().signum() <= 0 || l.unitPrice().signum() < 0
                || order.lines().stream().noneMatch(o -> o.position() == l.position()))) problems.add("finance.invoice.lines");
        if (problems.isEmpty() && jdbc.sql("select count(*) from finance.invoice where supplier = ? and number = ?")
                .params(order.supplier(), number.strip()).query(Integer.class).single() > 0) problems.add("finance.invoice.duplicate");
        ActionRefused.unless(problems);
        var matchLines = lines.stream().map(l -> {
            var ordered = order.lines().stream().filter(o -> o.position() == l.position()).findFirst().orElseThrow();
            var before = jdbc.sql("""
                    select coalesce(sum(l.quantity), 0) from finance.invoice_line l join finance.invoice i on i.id = l.invoice
                    where i.purchase_order = ? and l.position = ?""").params(purchaseOrder, l.position()).query(BigDecimal.class).single();
            return new ThreeWayMatch.Line(l.position(), ordered.quantity(), ordered.unitPrice(), ordered.received(), before, l.quantity(), l.unitPrice());
        }).toList();
        var match = ThreeWayMatch.match(matchLines, tolerances);
        var net = lines.stream().map(l -> l.quantity().multiply(l.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN);
        var gross = net.add(vat);
        if (gross.signum() <= 0) throw new ActionRefused("finance.invoice.lines");
        var matched = match.outcome() == ThreeWayMatch.Outcome.MATCHED;
        var id = jdbc.sql("""
                insert into finance.invoice (supplier, purchase_order, number, invoice_date, due_date, net, vat, gross, match, status, entered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'HELD', ?) returning id""")
                .params(order.supplier(), purchaseOrder, number.strip(), invoiceDate, terms.dueDate(invoiceDate), net, vat, gross,
                        match.outcome().name(), by).query(Long.class).single();
        for (var line : lines) {
            jdbc.sql("insert into finance.invoice_line (invoice, position, quantity, unit_price) values (?, ?, ?, ?)")
                    .params(id, line.position(), line.quantity(), line.unitPrice()).update();
        }
        events.publishEvent(new StaffActionPerformed(by, "finance.invoice.entered", "invoice:" + id,
                order.supplierName() + " " + number.strip() + ", EUR " + gross.toPlainString() + ", " + match.outcome(), Instant.now()));
        if (matched) {
            approveAndPost(id, BY_MATCH);
        }
        return find(id);
    }

    /**
     * A supplier's Factur-X invoice against an order: the file's lines bill the order's lines in
     * their order, its VAT is the file's; then matched and approved or held as one typed in. A file
     * from another supplier (by VAT number) or in another currency is refused.
     */
    @Transactional
    public Invoice importElectronic(long purchaseOrder, String fileName, byte[] pdf, String by) {
        var received = ElectronicInvoice.read(fileName, pdf);
        var order = orders.find(purchaseOrder);
        if (!received.currency().equals("EUR")) {
            throw new ActionRefused("finance.invoice.currency:" + received.currency());
        }
        var supplierVat = jdbc.sql("select vat from finance.supplier where id = ?").param(order.supplier()).query(String.class).single();
        if (!supplierVat.isEmpty() && !received.sellerVat().isEmpty() && !supplierVat.equalsIgnoreCase(received.sellerVat().replace(" ", ""))) {
            throw new ActionRefused("finance.invoice.otherSupplier:" + received.seller());
        }
        if (received.lines().size() > order.lines().size()) {
            throw new ActionRefused("finance.invoice.lines");
        }
        var lines = new ArrayList<LineDraft>();
        for (var i = 0; i < received.lines().size(); i++) {
            var line = received.lines().get(i);
            lines.add(new LineDraft(order.lines().get(i).position(), line.quantity(), line.unitPrice()));
        }
        // Allowances or charges on the whole invoice are not lines: such a file is entered by hand.
        var fromLines = lines.stream().map(l -> l.quantity().multiply(l.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN);
        if (fromLines.compareTo(received.net()) != 0) {
            throw new ActionRefused("finance.invoice.totals:" + received.net().toPlainString());
        }
        return enter(purchaseOrder, received.number(), received.issued(), lines, received.vat(), by);
    }

    /** An approver accepts a held invoice's variance; it is then posted and can be paid. */
    @Transactional
    public Invoice approve(long id, String approver) {
        var invoice = find(id);
        if (!invoice.status().equals("HELD")) throw new ActionRefused("finance.invoice.notHeld");
        if (invoice.enteredBy().equals(approver)) throw new ActionRefused("finance.sod.approveOwnInvoice");
        approveAndPost(id, approver);
        return find(id);
    }

    private void approveAndPost(long id, String approver) {
        var invoice = find(id);
        var order = orders.find(invoice.purchaseOrder());
        var budget = budgets.of(order.budgetLine());
        var account = budget.account();
        var label = invoice.supplierName() + " " + invoice.number();
        var lines = new ArrayList<EntryDraft.Line>();
        lines.add(new EntryDraft.Line(account, invoice.net(), BigDecimal.ZERO, label));
        if (invoice.vat().signum() > 0) {
            lines.add(new EntryDraft.Line("44566", invoice.vat(), BigDecimal.ZERO, label));
        }
        lines.add(new EntryDraft.Line("401", BigDecimal.ZERO, invoice.gross(), label));
        // A net of zero with VAT only would leave a zero line: drop it, the entry stays balanced.
        lines.removeIf(l -> l.debit().signum() == 0 && l.credit().signum() == 0);
        var posted = ledger.post(new EntryDraft("ACH", invoice.invoiceDate(), label, invoice.number(), lines), approver);
        jdbc.sql("insert into finance.entry_analytic (entry, area, budget_line, venue) values (?, ?, ?, ?)")
                .params(posted.id(), budget.area(), budget.code(), order.venue()).update();
        jdbc.sql("update finance.invoice set status = 'APPROVED', approved_by = ?, entry = ? where id = ?")
                .params(approver, posted.id(), id).update();
        events.publishEvent(new StaffActionPerformed(approver, "finance.invoice.approved", "invoice:" + id,
                label + " posted as ACH-" + posted.number(), Instant.now()));
    }

    public Invoice find(long id) {
        return list("where i.id = ?", id).stream().findFirst().orElseThrow(() -> new ActionRefused("finance.invoice.unknown"));
    }

    /** The invoice with this id, or null when there is none (a reference read from a bank file). */
    @Nullable Invoice byId(long id) {
        return list("where i.id = ?", id).stream().findFirst().orElse(null);
    }

    public List<Invoice> inStatus(String status) {
        return list("where i.status = ?", status);
    }

    public List<Invoice> recent() {
        return list("", null);
    }

    private List<Invoice> list(String where, @Nullable Object param) {
        var sql = jdbc.sql("""
                select i.id, i.supplier, s.name as "supplierName", i.purchase_order as "purchaseOrder", i.number, i.invoice_date as "invoiceDate",
                       i.due_date as "dueDate", i.net, i.vat, i.gross, i.match, i.status, i.entered_by as "enteredBy",
                       i.approved_by as "approvedBy", i.entry, i.payment_run as "paymentRun", i.paid_on as "paidOn"
                from finance.invoice i join finance.supplier s on s.id = i.supplier %s order by i.id desc""".formatted(where));
        return (param == null ? sql : sql.param(param)).query(Invoice.class).list();
    }
}
