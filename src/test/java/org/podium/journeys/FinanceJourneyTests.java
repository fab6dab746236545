package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.catering.internal.stock.Store;
import org.podium.finance.internal.FinanceProperties;
import org.podium.finance.internal.FinanceTestData;
import org.podium.finance.internal.payables.BankStatementFiles;
import org.podium.finance.internal.payables.Invoices;
import org.podium.finance.internal.payables.PaymentRuns;
import org.podium.finance.internal.payables.SepaCreditTransfer;
import org.podium.finance.internal.procurement.Requisitions;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Purchase to pay in the browser, each step by its own person: the restaurant's order arrives as a
 * requisition, a buyer creates the supplier and orders, an approver approves, the buyer records
 * the delivery, the accountant enters the invoice (matched), one treasurer prepares the payment
 * run and another approves it; the SEPA file downloaded is valid under the EPC schema, and the
 * bank's statement, imported, pays the invoice.
 */
@PodiumIntegrationTest
class FinanceJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired Store store;
    @Autowired Requisitions requisitions;
    @Autowired Invoices invoices;
    @Autowired FinanceProperties books;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The one browser, signed in as {@code username} (each step is someone else's). */
    private void as(String username) {
        if (browser == null) {
            browser = Browser.start("en");
        }
        browser.manage().deleteAllCookies();
        var staff = demo.issued().stream().filter(c -> c.username().equals(username)).findFirst().orElseThrow();
        browser.get(url("/staff/login"));
        browser.findElement(By.id("username")).sendKeys(staff.username());
        browser.findElement(By.id("password")).sendKeys(staff.password());
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/staff"));
        browser.get(url("/staff/finance"));
    }

    private String notice() {
        return browser.findElement(By.id("done")).getText();
    }

    @Test
    void fromTheRestaurantsRequisitionToThePaidInvoice() throws Exception {
        var request = store.order("FLOUR", 500, LocalDate.of(2024, 7, 22), "catering");
        var requisition = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> requisitions.all().stream()
                .filter(r -> r.sourceRef().equals(Long.toString(request.request()))).findFirst(), java.util.Optional::isPresent).orElseThrow();
        var supplierName = "Minoterie " + UUID.randomUUID().toString().substring(0, 8);

        as("buyer");
        browser.findElement(By.id("supplier-name")).sendKeys(supplierName);
        browser.findElement(By.id("supplier-siret")).sendKeys(FinanceTestData.newSiret());
        browser.findElement(By.id("supplier-iban")).sendKeys("FR76 3000 6000 0112 3456 7890 189");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#new-supplier button"));
        assertThat(notice()).contains("Supplier created", supplierName);

        var row = "#requisitions tr[data-requisition='" + requisition.id() + "']";
        new Select(browser.findElement(By.cssSelector(row + " select[name=supplier]"))).selectByVisibleText(supplierName);
        new Select(browser.findElement(By.cssSelector(row + " select[name=budgetLine]"))).selectByValue("CAT-2024");
        browser.findElement(By.cssSelector(row + " input[name=unitPrice]")).sendKeys("1.20");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector(row + " button"));
        assertThat(notice()).contains("(1) approval(s) needed");
        var order = Long.parseLong(notice().replaceAll(".*#(\\d+).*", "$1"));
        Accessibility.assertNoSeriousViolation(browser);

        as("approver");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#orders-to-approve tr[data-order='" + order + "'] button"));
        assertThat(notice()).contains("#" + order + ": APPROVED");

        as("buyer");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#to-receive tr[data-order='" + order + "'] button"));
        assertThat(notice()).contains("Receipt recorded on order #" + order);

        as("accountant");
        var number = "MIN-" + order;
        browser.findElement(By.id("inv-number-" + order)).sendKeys(number);
        var vat = browser.findElement(By.id("inv-vat-" + order));
        vat.clear();
        vat.sendKeys("33.00");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#invoice-for-" + order + " button"));
        assertThat(notice()).contains(number, "MATCHED", "APPROVED");
        assertThat(browser.findElement(By.cssSelector("#invoices tr[data-invoice='" + number + "']")).getText())
                .contains(supplierName, "633.00", "Matched", "Approved");
        Accessibility.assertNoSeriousViolation(browser);
        var invoice = invoices.recent().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();

        as("treasurer");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#prepare-run button"));
        assertThat(notice()).contains("Payment run #");
        var run = invoices.find(invoice.id()).paymentRun();
        assertThat(run).isNotNull();

        as("treasurer2");
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#runs tr[data-run='" + run + "'] button"));
        assertThat(notice()).contains("file PODIUM-RUN-" + run + " issued");
        var file = download("/staff/finance/runs/" + run + "/file");
        SepaCreditTransfer.validate(file);
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<EndToEndId>" + PaymentRuns.endToEndId(invoice.id()) + "</EndToEndId>",
                "<InstdAmt Ccy=\"EUR\">633.00</InstdAmt>", "<Nm>" + supplierName + "</Nm>");

        var statement = Files.createTempFile("camt053-", ".xml");
        Files.write(statement, BankStatementFiles.statement("STMT-J-" + invoice.id(), books.iban(), List.of(new BankStatementFiles.Booking(
                new BigDecimal("633.00"), true, LocalDate.now(), PaymentRuns.endToEndId(invoice.id()), supplierName, "Facture " + number))));
        browser.findElement(By.id("statement-file")).sendKeys(statement.toString());
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#statement-upload button"));
        assertThat(notice()).contains("STMT-J-" + invoice.id() + ": 1 / 1");
        assertThat(browser.findElement(By.cssSelector("#invoices tr[data-invoice='" + number + "']")).getText()).contains("Paid");
        Files.delete(statement);
    }

    /** A file as the signed-in browser would download it (its session cookie on a plain request). */
    private byte[] download(String path) throws Exception {
        var session = browser.manage().getCookieNamed("JSESSIONID");
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("PODIUM-RUN-");
            return response.body();
        }
    }
}
