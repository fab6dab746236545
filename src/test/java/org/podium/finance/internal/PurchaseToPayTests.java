package org.podium.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.audit.AuditTrail;
import org.podium.finance.internal.ledger.Ledger;
import org.podium.finance.internal.payables.BankStatementFiles;
import org.podium.finance.internal.payables.BankStatements;
import org.podium.finance.internal.payables.Invoices;
import org.podium.finance.internal.payables.PaymentRuns;
import org.podium.finance.internal.payables.SepaCreditTransfer;
import org.podium.finance.internal.procurement.Budgets;
import org.podium.finance.internal.procurement.PurchaseOrders;
import org.podium.finance.internal.procurement.Suppliers;
import org.podium.platform.FileRejected;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purchase to pay on PostgreSQL: the supplier file and its two-person bank changes (seen by the
 * SOC), orders approved as the delegation-of-authority matrix says, the three-way match, payment
 * runs under segregation of duties with their SEPA file valid under the EPC schema, and the bank
 * statement (camt.053, valid under ISO's schema) that pays the invoices and posts to the ledger.
 */
@PodiumIntegrationTest
class PurchaseToPayTests {

    static final LocalDate INVOICED = LocalDate.of(2024, 7, 15);
    static final String IBAN = "FR7630006000011234567890189";

    @Autowired Suppliers suppliers;
    @Autowired PurchaseOrders orders;
    @Autowired Invoices invoices;
    @Autowired PaymentRuns runs;
    @Autowired BankStatements statements;
    @Autowired Budgets budgets;
    @Autowired Ledger ledger;
    @Autowired AuditTrail audit;
    @Autowired FinanceProperties books;
    @Autowired JdbcClient jdbc;

    Suppliers.Supplier supplier(String name, String createdBy) {
        return suppliers.create(name + " " + ThreadLocalRandom.current().nextInt(1_000_000), FinanceTestData.newSiret(), "", IBAN, "", createdBy);
    }

    PurchaseOrders.Order approvedOrder(Suppliers.Supplier supplier, String budget, List<PurchaseOrders.LineDraft> lines) {
        var order = orders.order(null, supplier.id(), budget, "Order for " + supplier.name(), lines, "buyer");
        while (!order.status().equals("APPROVED")) {
            order = orders.approve(order.id(), order.approvals() == 0 ? "approver" : "approver" + (order.approvals() + 1));
        }
        return order;
    }

    static PurchaseOrders.LineDraft line(String description, String quantity, String price) {
        return new PurchaseOrders.LineDraft(description, new BigDecimal(quantity), new BigDecimal(price));
    }

    static Invoices.LineDraft billed(int position, String quantity, String price) {
        return new Invoices.LineDraft(position, new BigDecimal(quantity), new BigDecimal(price));
    }

    @Test
    void theSupplierFileChecksIdentifiersAndABankChangeTakesTwoPeopleAndReachesTheSoc() {
        assertThatThrownBy(() -> suppliers.create("Bad identifiers", "40483304800023", "FR00404833048", "FR7630006000011234567890188", "", "buyer"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons())
                        .containsExactly("finance.supplier.siret", "finance.supplier.vat", "finance.supplier.iban"));
        assertThat(suppliers.all()).noneMatch(s -> s.name().equals("Bad identifiers"));

        var supplier = supplier("Coopérative des œufs de Bretagne", "buyer");
        suppliers.requestBankChange(supplier.id(), "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "buyer");
        assertThat(suppliers.find(supplier.id()).iban()).as("not before a second person confirms").isEqualTo(IBAN);
        assertThatThrownBy(() -> suppliers.confirmBankChange(supplier.id(), "buyer"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.sod.confirmOwnChange"));

        var changed = suppliers.confirmBankChange(supplier.id(), "buyer2");

        assertThat(changed.iban()).isEqualTo("DE89370400440532013000");
        assertThat(changed.cannotPay()).containsExactlyInAnyOrder("buyer", "buyer2");
        // The audit trail keeps each step once its transaction commits (a module listener, after the commit).
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.latest(200, "finance.supplier"))
                .extracting(a -> a.action() + " " + a.target())
                .contains("finance.supplier.bank-changed supplier:" + supplier.id(), "finance.supplier.bank-change-requested supplier:" + supplier.id()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from soc.alert where title = 'Supplier Bank Details Changed' and evidence like ?""")
                .param("%supplier:" + supplier.id() + "\"%").query(Integer.class).single()).isPositive());
    }

    @Test
    void ordersNeedTheApprovalsOfTheMatrixAndOneMoreOverBudget() {
        var supplier = supplier("Réseaux et fibres", "buyer");
        var small = orders.order(null, supplier.id(), "TEC-2024", "Switches", List.of(line("switch", "10", "1000.00")), "buyer");
        assertThat(small.approvalsNeeded()).isEqualTo(1);
        assertThatThrownBy(() -> orders.approve(small.id(), "buyer"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.sod.approveOwnOrder"));
        assertThat(orders.approve(small.id(), "approver").status()).isEqualTo("APPROVED");

        var large = orders.order(null, supplier.id(), "TEC-2024", "Servers", List.of(line("server", "3", "10000.00")), "buyer");
        assertThat(large.approvalsNeeded()).isEqualTo(2);
        assertThat(orders.approve(large.id(), "approver").status()).isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> orders.approve(large.id(), "approver"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.order.alreadyApproved"));
        assertThat(orders.approve(large.id(), "approver2").status()).isEqualTo("APPROVED");

        // The ceremonies line holds EUR 5,000: an order of 6,000 goes over it.
        var over = orders.order(null, supplier.id(), "CER-2024", "Confetti", List.of(line("confetti", "6000", "1.00")), "buyer");
        assertThat(over.overBudget()).isTrue();
        assertThat(over.approvalsNeeded()).isEqualTo(2);

        var technology = budgets.of("TEC-2024");
        assertThat(technology.committed()).isGreaterThanOrEqualTo(new BigDecimal("40000.00"));
    }

    @Test
    void aVarianceHoldsTheInvoiceUntilAnotherPersonAcceptsIt() {
        var supplier = supplier("Cageots du Val de Loire", "buyer");
        var order = approvedOrder(supplier, "CAT-2024", List.of(line("crate of apples", "100", "12.00")));
        var early = invoices.enter(order.id(), "AV-1", INVOICED, List.of(billed(1, "100", "12.00")), new BigDecimal("66.00"), "accountant");
        assertThat(early.match()).isEqualTo("NO_RECEIPT");
        assertThat(early.status()).isEqualTo("HELD");
        assertThat(early.entry()).isNull();

        orders.receive(order.id(), 1, new BigDecimal("60"), INVOICED, "buyer");
        var other = approvedOrder(supplier, "CAT-2024", List.of(line("crate of pears", "10", "100.00")));
        orders.receive(other.id(), 1, new BigDecimal("10"), INVOICED, "buyer");
        var dear = invoices.enter(other.id(), "AV-2", INVOICED, List.of(billed(1, "10", "103.00")), new BigDecimal("56.65"), "accountant");
        assertThat(dear.match()).isEqualTo("PRICE_VARIANCE");

        assertThatThrownBy(() -> invoices.approve(dear.id(), "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.sod.approveOwnInvoice"));
        var accepted = invoices.approve(dear.id(), "approver");
        assertThat(accepted.status()).isEqualTo("APPROVED");
        assertThat(accepted.entry()).isNotNull();
        assertThat(accepted.dueDate()).isEqualTo(LocalDate.of(2024, 9, 13));
        assertThatThrownBy(() -> invoices.enter(other.id(), "AV-2", INVOICED, List.of(billed(1, "1", "1.00")), BigDecimal.ZERO, "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.invoice.duplicate"));
    }

    @Test
    void fromOrderToPaymentTheBooksFollowAndTheBankStatementPays() throws Exception {
        var supplier = supplier("Traiteur des Jeux", "buyer2");
        var order = approvedOrder(supplier, "TEC-2024", List.of(line("crates", "100", "12.00"), line("delivery", "10", "150.00")));
        orders.receive(order.id(), 1, new BigDecimal("100"), INVOICED, "buyer");
        orders.receive(order.id(), 2, new BigDecimal("10"), INVOICED, "buyer");

        var invoice = invoices.enter(order.id(), "F-" + order.id(), INVOICED, List.of(billed(1, "100", "12.00"), billed(2, "10", "150.00")),
                new BigDecimal("540.00"), "accountant");

        assertThat(invoice.match()).isEqualTo("MATCHED");
        assertThat(invoice.status()).isEqualTo("APPROVED");
        assertThat(invoice.gross()).isEqualByComparingTo("3240.00");
        assertThat(lines(invoice.entry())).containsExactly("611 D 2700.00", "44566 D 540.00", "401 C 3240.00");

        var prepared = runs.prepare(LocalDate.of(2024, 9, 12), LocalDate.of(2024, 9, 13), "treasurer");
        assertThat(invoices.find(invoice.id()).paymentRun()).isEqualTo(prepared.run().id());
        assertThatThrownBy(() -> runs.approve(prepared.run().id(), "treasurer"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.sod.approveOwnRun"));
        runs.approve(prepared.run().id(), "treasurer2");

        var file = runs.file(prepared.run().id());
        SepaCreditTransfer.validate(file);
        var xml = new String(file, StandardCharsets.UTF_8);
        assertThat(xml).contains("<EndToEndId>PODIUM-INV-" + invoice.id() + "</EndToEndId>", "<InstdAmt Ccy=\"EUR\">3240.00</InstdAmt>",
                "<IBAN>" + IBAN + "</IBAN>", "<ReqdExctnDt><Dt>2024-09-12</Dt></ReqdExctnDt>");

        var statementId = "STMT-" + invoice.id();
        var statement = BankStatementFiles.statement(statementId, books.iban(), List.of(
                new BankStatementFiles.Booking(new BigDecimal("3240.00"), true, LocalDate.of(2024, 9, 12), PaymentRuns.endToEndId(invoice.id()),
                        supplier.name(), "Facture " + invoice.number()),
                new BankStatementFiles.Booking(new BigDecimal("12.00"), true, LocalDate.of(2024, 9, 12), "", "Banque", "Frais"),
                new BankStatementFiles.Booking(new BigDecimal("3240.01"), true, LocalDate.of(2024, 9, 12), "PODIUM-INV-999999999", "?", "?")));
        BankStatementFiles.validate(statement);

        var reconciliation = statements.importStatement("statement.xml", statement, "treasurer");

        assertThat(reconciliation.matched()).isEqualTo(1);
        assertThat(reconciliation.unmatched()).isEqualTo(2);
        var paid = invoices.find(invoice.id());
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(statements.unmatched()).filteredOn(l -> l.statementId().equals(statementId))
                .extracting(BankStatements.Line::amount).containsExactlyInAnyOrder(new BigDecimal("12.00"), new BigDecimal("3240.01"));
        var payment = jdbc.sql("select entry from finance.statement_line where invoice = ?").param(invoice.id()).query(Long.class).single();
        assertThat(lines(payment)).containsExactly("401 D 3240.00", "512 C 3240.00");
        assertThat(ledger.verify().intact()).isTrue();

        assertThatThrownBy(() -> statements.importStatement("statement.xml", statement, "treasurer"))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.reason()).contains("already imported"));
        assertThat(jdbc.sql("select count(*) from finance.statement_line l join finance.bank_statement s on s.id = l.statement where s.statement_id = ?")
                .param(statementId).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aFacturXInvoiceIsReadMatchedAndPosted() throws Exception {
        // The supplier of the FeRD's sample invoice (its VAT number is in the file).
        var supplier = suppliers.create("Lieferant GmbH " + ThreadLocalRandom.current().nextInt(1_000_000), FinanceTestData.newSiret(),
                "DE123456789", "DE89370400440532013000", "COBADEFFXXX", "buyer");
        var order = approvedOrder(supplier, "CAT-2024", List.of(line("Trennblätter A4", "20", "9.90"), line("Joghurt Banane", "50", "5.50")));
        orders.receive(order.id(), 1, new BigDecimal("20"), INVOICED, "buyer");
        orders.receive(order.id(), 2, new BigDecimal("50"), INVOICED, "buyer");
        var pdf = new org.springframework.core.io.ClassPathResource("finance/facturx/EN16931_Einfach.pdf").getContentAsByteArray();

        var invoice = invoices.importElectronic(order.id(), "EN16931_Einfach.pdf", pdf, "accountant");

        assertThat(invoice.number()).isEqualTo("471102");
        assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(invoice.match()).isEqualTo("MATCHED");
        assertThat(invoice.gross()).isEqualByComparingTo("529.87");
        assertThat(lines(invoice.entry())).containsExactly("606 D 473.00", "44566 D 56.87", "401 C 529.87");

        var withVat = suppliers.create("Autre fournisseur " + ThreadLocalRandom.current().nextInt(1_000_000), FinanceTestData.newSiret(),
                "DE999999999", IBAN, "", "buyer");
        var foreign = approvedOrder(withVat, "CAT-2024", List.of(line("Trennblätter A4", "20", "9.90")));
        assertThatThrownBy(() -> invoices.importElectronic(foreign.id(), "EN16931_Einfach.pdf", pdf, "accountant"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.invoice.otherSupplier:Lieferant GmbH"));
    }

    @Test
    void aPurchaseEntryCarriesItsAreaBudgetLineAndVenue() {
        var supplier = supplier("Tribunes et gradins", "buyer");
        assertThatThrownBy(() -> orders.order(null, supplier.id(), "VEN-2024", "nowhere-arena", "Seats", List.of(line("seat", "1", "1.00")), "buyer"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.order.venue"));
        var order = orders.order(null, supplier.id(), "VEN-2024", "stade-de-france", "Temporary stands", List.of(line("stand", "2", "5000.00")),
                "buyer");
        orders.approve(order.id(), "approver");
        orders.receive(order.id(), 1, new BigDecimal("2"), INVOICED, "buyer");
        var invoice = invoices.enter(order.id(), "TG-" + order.id(), INVOICED, List.of(billed(1, "2", "5000.00")), new BigDecimal("2000.00"), "accountant");

        var axes = jdbc.sql("select area || ' ' || budget_line || ' ' || venue from finance.entry_analytic where entry = ?").param(invoice.entry())
                .query(String.class).single();
        assertThat(axes).isEqualTo("Venues and overlay VEN-2024 stade-de-france");
        assertThat(budgets.spending(2024)).anySatisfy(s -> {
            assertThat(s.area()).isEqualTo("Venues and overlay");
            assertThat(s.venue()).isEqualTo("stade-de-france");
            assertThat(s.amount()).isGreaterThanOrEqualTo(new BigDecimal("10000.00"));
        });
        assertThatThrownBy(() -> jdbc.sql("update finance.entry_analytic set venue = 'elsewhere' where entry = ?").param(invoice.entry()).update())
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void nobodyPaysASupplierTheyCreated() {
        var supplier = supplier("Fournisseur de complaisance", "insider");
        var order = approvedOrder(supplier, "TRA-2024", List.of(line("bus hire", "1", "900.00")));
        orders.receive(order.id(), 1, BigDecimal.ONE, INVOICED, "buyer");
        var invoice = invoices.enter(order.id(), "X-" + order.id(), INVOICED, List.of(billed(1, "1", "900.00")), new BigDecimal("180.00"), "accountant");

        try {
            var prepared = runs.prepare(LocalDate.of(2024, 9, 12), LocalDate.of(2024, 9, 13), "insider");
            assertThat(prepared.withheld()).contains(invoice.id());
        } catch (ActionRefused nothingElseDue) {
            assertThat(nothingElseDue.reasons()).containsExactly("finance.run.nothingDue");
        }
        assertThat(invoices.find(invoice.id()).paymentRun()).isNull();

        var prepared = runs.prepare(LocalDate.of(2024, 9, 12), LocalDate.of(2024, 9, 13), "treasurer");
        assertThatThrownBy(() -> runs.approve(prepared.run().id(), "insider"))
                .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.reasons()).contains("finance.sod.paySupplier:" + supplier.name()));
        assertThat(runs.find(prepared.run().id()).status()).isEqualTo("PREPARED");
    }

    /** An entry's lines as "account D|C amount". */
    private List<String> lines(Long entry) {
        return jdbc.sql("select account, debit, credit from finance.entry_line where entry = ? order by position").param(entry)
                .query((rs, n) -> rs.getString(1) + (rs.getBigDecimal(2).signum() > 0 ? " D " + rs.getBigDecimal(2) : " C " + rs.getBigDecimal(3)))
                .list();
    }
}
