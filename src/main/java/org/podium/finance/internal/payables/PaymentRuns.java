package org.podium.finance.internal.payables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.finance.internal.ActionRefused;
import org.podium.finance.internal.procurement.Suppliers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment runs: a treasurer selects the approved invoices due by a date, another treasurer
 * approves the run, and its SEPA credit transfer file (pain.001.001.09, checked against the EPC
 * schema) is issued. Nobody pays a supplier they created or whose bank details they asked for or
 * confirmed: such invoices are left out of the run they prepare, and approving a run that holds
 * one is refused. Invoices are paid when the bank statement shows the transfer (BankStatements).
 */
@Service
public class PaymentRuns {

    public record Run(long id, LocalDate execution, String status, String preparedBy, @Nullable String approvedBy,
                      @Nullable String messageId, int payments, BigDecimal total) {}

    /** A prepared run, and the ids of the invoices due that its preparer may not pay (another treasurer's to run). */
    public record Prepared(Run run, List<Long> withheld) {}

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final SepaCreditTransfer sepa;
    private final ApplicationEventPublisher events;

    PaymentRuns(JdbcClient jdbc, SepaCreditTransfer sepa, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sepa = sepa;
        this.events = events;
    }

    /** The end-to-end id a transfer carries, and the bank statement gives back. */
    public static String endToEndId(long invoice) {
        return "PODIUM-INV-" + invoice;
    }

    @Transactional
    public Prepared prepare(LocalDate execution, LocalDate dueBy, String treasurer) {
        var due = payable("i.status = 'APPROVED' and i.payment_run is null and i.due_date <= ? order by i.id for update of i", dueBy);
        var selected = due.stream().filter(p -> !p.supplier().cannotPay().contains(treasurer)).toList();
        var withheld = due.stream().filter(p -> p.supplier().cannotPay().contains(treasurer)).map(Payable::invoice).toList();
        if (selected.isEmpty()) throw new ActionRefused("finance.run.nothingDue");
        var total = selected.stream().map(Payable::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        var id = jdbc.sql("insert into finance.payment_run (execution, status, prepared_by, payments, total) values (?, 'PREPARED', ?, ?, ?) returning id")
                .params(execution, treasurer, selected.size(), total).query(Long.class).single();
        jdbc.sql("update finance.invoice set status = 'IN_RUN', payment_run = ? where id = any(?)")
                .params(id, selected.stream().map(Payable::invoice).toArray(Long[]::new)).update();
        events.publishEvent(new StaffActionPerformed(treasurer, "finance.run.prepared", "run:" + id,
                selected.size() + " invoice(s), EUR " + total.toPlainString() + ", execution " + execution, Instant.now()));
        return new Prepared(find(id), withheld);
    }

    /** A second treasurer approves: the file is written, validated and kept with the run. */
    @Transactional
    public Run approve(long id, String treasurer) {
        var run = lock(id);
        if (!run.status().equals("PREPARED")) throw new ActionRefused("finance.run.notPrepared");
        if (run.preparedBy().equals(treasurer)) throw new ActionRefused("finance.sod.approveOwnRun");
        var problems = new java.util.LinkedHashSet<String>();
        var payments = new ArrayList<SepaCreditTransfer.Payment>();
        for (var payable : payable("i.payment_run = ? order by i.id", id)) {
            var supplier = payable.supplier();
            if (supplier.cannotPay().contains(treasurer)) {
                problems.add("finance.sod.paySupplier:" + supplier.name());
            }
            if (supplier.pendingIban() != null) {
                problems.add("finance.run.bankChangePending:" + supplier.name());
            }
            payments.add(new SepaCreditTransfer.Payment(endToEndId(payable.invoice()), supplier.name(), supplier.iban(), supplier.bic(),
                    payable.gross(), "Facture " + payable.number() + " du " + payable.invoiceDate()));
        }
        ActionRefused.unless(List.copyOf(problems));
        var messageId = "PODIUM-RUN-" + id;
        var file = sepa.file(messageId, run.execution(), OffsetDateTime.now(PARIS), payments);
        jdbc.sql("update finance.payment_run set status = 'APPROVED', approved_by = ?, message_id = ?, file = ? where id = ?")
                .params(treasurer, messageId, file, id).update();
        events.publishEvent(new StaffActionPerformed(treasurer, "finance.run.approved", "run:" + id,
                run.payments() + " transfer(s), EUR " + run.total().toPlainString() + ", file " + messageId, Instant.now()));
        return find(id);
    }

    /** An invoice to pay beside its supplier's file, read in one query for the whole run. */
    private record Payable(long invoice, String number, LocalDate invoiceDate, BigDecimal gross, Suppliers.Supplier supplier) {}

    private List<Payable> payable(String where, Object param) {
        return jdbc.sql("""
                select i.id, i.number, i.invoice_date, i.gross, s.id as supplier, s.name, s.siret, s.vat, s.iban, s.bic, s.created_by,
                       s.bank_requested_by, s.bank_confirmed_by, s.pending_iban, s.pending_bic, s.pending_by
                from finance.invoice i join finance.supplier s on s.id = i.supplier""" + " where " + where).param(param)
                .query((rs, n) -> new Payable(rs.getLong("id"), rs.getString("number"), rs.getObject("invoice_date", LocalDate.class),
                        rs.getBigDecimal("gross"), new Suppliers.Supplier(rs.getLong("supplier"), rs.getString("name"), rs.getString("siret"),
                        rs.getString("vat"), rs.getString("iban"), rs.getString("bic"), rs.getString("created_by"),
                        rs.getString("bank_requested_by"), rs.getString("bank_confirmed_by"), rs.getString("pending_iban"),
                        rs.getString("pending_bic"), rs.getString("pending_by")))).list();
    }

    /** The run's SEPA file, once approved. */
    public byte[] file(long id) {
        return jdbc.sql("select file from finance.payment_run where id = ? and file is not null").param(id).query(byte[].class).optional()
                .orElseThrow(() -> new ActionRefused("finance.run.noFile"));
    }

    public Run find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Run.class).optional().orElseThrow(() -> new ActionRefused("finance.run.unknown"));
    }

    public List<Run> recent() {
        return jdbc.sql(SELECT + " order by id desc limit 50").query(Run.class).list();
    }

    private Run lock(long id) {
        jdbc.sql("select id from finance.payment_run where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new ActionRefused("finance.run.unknown"));
        return find(id);
    }

    private static final String SELECT = """
            select id, execution, status, prepared_by as "preparedBy", approved_by as "approvedBy", message_id as "messageId", payments, total
            from finance.payment_run""";
}
