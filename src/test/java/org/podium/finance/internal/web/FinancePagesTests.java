package org.podium.finance.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.FinanceTestData;
import org.podium.finance.internal.payables.Invoices;
import org.podium.finance.internal.procurement.PurchaseOrders;
import org.podium.finance.internal.procurement.Suppliers;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The finance desk as each role sees it: refusals listed with their reasons, late charges shown, steps kept to their roles. */
@PodiumIntegrationTest
class FinancePagesTests {

    @Autowired MockMvc mvc;
    @Autowired Suppliers suppliers;
    @Autowired PurchaseOrders orders;
    @Autowired Invoices invoices;

    private String desk(String... roles) throws Exception {
        return mvc.perform(get("/staff/finance").with(user("desk-reader").roles(roles))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnpaidInvoicePastItsDueDateShowsTheChargesTheLawAdds() throws Exception {
        var supplier = suppliers.create("Retardataire " + ThreadLocalRandom.current().nextInt(1_000_000), FinanceTestData.newSiret(), "",
                "FR7630006000011234567890189", "", "buyer");
        var order = orders.order(null, supplier.id(), "CAT-2024", "Plates", List.of(new PurchaseOrders.LineDraft("plate", BigDecimal.TEN,
                new BigDecimal("100.00"))), "buyer");
        orders.approve(order.id(), "approver");
        orders.receive(order.id(), 1, BigDecimal.TEN, LocalDate.of(2024, 7, 1), "buyer");
        var invoice = invoices.enter(order.id(), "LATE-" + order.id(), LocalDate.of(2024, 7, 1),
                List.of(new Invoices.LineDraft(1, BigDecimal.TEN, new BigDecimal("100.00"))), new BigDecimal("200.00"), "accountant");

        var page = desk("ACCOUNTANT");

        var row = page.substring(page.indexOf("data-invoice=\"" + invoice.number() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("days late", "indemnity EUR 40.00");

        var ledger = mvc.perform(get("/staff/finance").param("year", "2024").param("account", "401")
                .with(user("desk-reader").roles("ACCOUNTANT"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // A year is a name, not a quantity: no thousands separator in it.
        assertThat(ledger).contains("Trial balance 2024", "General ledger 2024, account 401").doesNotContain("2,024");
        var generalLedger = ledger.substring(ledger.indexOf("id=\"general-ledger\""));
        assertThat(generalLedger.substring(0, generalLedger.indexOf("</table>"))).contains(invoice.number(), "1 200.00");
    }

    @Test
    void aRefusalIsListedWithItsReasonAndAStepStaysWithItsRole() throws Exception {
        var refused = mvc.perform(post("/staff/finance/suppliers").with(user("a-buyer").roles("BUYER")).with(csrf())
                        .param("name", "Bad").param("siret", "123").param("iban", "FR00"))
                .andReturn();
        assertThat(refused.getFlashMap().get("refused")).asString().contains("finance.supplier.siret", "finance.supplier.iban");

        var forbidden = mvc.perform(post("/staff/finance/runs").with(user("a-buyer").roles("BUYER")).with(csrf())
                .param("execution", "2024-09-12").param("dueBy", "2024-09-13")).andReturn().getResponse().getStatus();
        assertThat(forbidden).isEqualTo(403);
        var admin = mvc.perform(get("/staff/finance").with(user("admin").roles("ADMIN"))).andReturn().getResponse().getStatus();
        assertThat(admin).isEqualTo(403);
        assertThat(desk("BUYER")).contains("new-supplier").doesNotContain("prepare-run", "trial-balance");
    }
}
