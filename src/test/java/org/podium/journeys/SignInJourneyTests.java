package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.support.TestMailServer;
import org.podium.support.Accessibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fan opens an account and reaches their page; an administrator signs in and sets the Games clock. */
@PodiumIntegrationTest
class SignInJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired org.podium.accounts.FanAccounts accounts;
    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Submits the page's form and waits for the next page, as a person waits for it to load. */
    private void submit() {
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("main button[type=submit]"));
    }

    private void follow(String link) {
        Browser.clickAndWaitForNextPage(browser, By.linkText(link));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Registration with the password policy, then the e-mail verification: the mail is read from a real SMTP server. */
    @Test
    void aFanRegistersSignsInConfirmsTheirAddressFromTheMailAndSeesTheirAccount() {
        browser = Browser.start("fr");
        browser.get(url("/account"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/login");

        follow("Créer un compte spectateur");
        browser.findElement(By.id("email")).sendKeys("lea@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Léa");
        browser.findElement(By.id("password")).sendKeys("trop court");
        submit();
        assertThat(browser.findElement(By.id("password-error")).getText()).isEqualTo("Au moins 12 caractères.");

        browser.findElement(By.id("password")).sendKeys("azertyuiop123");
        submit();
        assertThat(browser.findElement(By.id("password-error")).getText()).startsWith("Ce mot de passe fait partie des premiers");
        assertThat(accounts.findByEmail("lea@example.org")).isEmpty();

        browser.findElement(By.id("password")).sendKeys("un mot de passe assez long");
        submit();
        assertThat(new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("[role=status]"))).getText()).startsWith("Nous vous avons envoyé un e-mail");

        browser.findElement(By.id("email")).sendKeys("lea@example.org");
        browser.findElement(By.id("password")).sendKeys("un mot de passe assez long");
        submit();
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/account");
        assertThat(browser.findElement(By.id("fan-name")).getText()).isEqualTo("Léa");
        assertThat(browser.findElement(By.id("address-status")).getText()).isEqualTo("pas encore confirmée");

        var link = TestMailServer.verificationLink("lea@example.org");
        assertThat(TestMailServer.to("lea@example.org")).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Confirmez votre adresse e-mail pour Podium"));
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirmez votre adresse e-mail");
        submit();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Votre adresse e-mail est confirmée");
        assertThat(browser.findElement(By.id("address-status")).getText()).isEqualTo("confirmée");
        Accessibility.assertNoSeriousViolation(browser);

        browser.get(link);
        submit();
        assertThat(browser.findElement(By.id("verify-failed")).getText()).startsWith("Ce lien est inconnu, déjà utilisé");
    }

    /**
     * Someone guesses a fan's password in the browser: after five wrong ones the page says sign-in is
     * paused, and the right password is not heard either until an administrator unlocks the account.
     * The browser reaches the platform from its own address (a relay leaving from 127.0.0.77), so the
     * pause of this address does not touch the rest of the suite.
     */
    @Test
    void fiveWrongPasswordsInTheBrowserPauseTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        var email = "guessed-" + java.util.UUID.randomUUID() + "@example.org";
        accounts.register(email, "Guessed Fan", "the owner's own long password", "en");
        try (var elsewhere = new org.podium.support.NetworkSwitch(port, java.net.InetAddress.getByName("127.0.0.77"))) {
            browser = Browser.start("en");
            var login = "http://localhost:" + elsewhere.port() + "/account/login";
            for (var i = 0; i < 5; i++) {
                browser.get(login);
                browser.findElement(By.id("email")).sendKeys(email);
                browser.findElement(By.id("password")).sendKeys("guess number " + i);
                submit();
                assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("Wrong name or password.");
            }
            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("password")).sendKeys("the owner's own long password");
            submit();
            assertThat(browser.findElement(By.id("sign-in-paused")).getText())
                    .isEqualTo("Too many failed sign-ins with this name or from this network: sign-in is paused for 5 min."
                            + " An administrator can unlock it sooner.");

            var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
            var unlock = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(url("/api/admin/sign-in/locks/" + email))).DELETE()
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (admin.username() + ":" + admin.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(unlock.statusCode()).isEqualTo(204);

            browser.findElement(By.id("email")).sendKeys(email);
            browser.findElement(By.id("password")).sendKeys("the owner's own long password");
            submit();
            assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/account");
            assertThat(browser.findElement(By.id("fan-name")).getText()).isEqualTo("Guessed Fan");
        }
    }

    @Test
    void aGateStaffMemberOpeningTheSocBoardSeesTheSitesOwnForbiddenPage() {
        var gate = demo.issued().stream().filter(c -> c.username().equals("gate")).findFirst().orElseThrow();
        browser = Browser.start("fr");
        browser.get(url("/staff/login"));
        browser.findElement(By.id("username")).sendKeys(gate.username());
        browser.findElement(By.id("password")).sendKeys(gate.password());
        submit();
        browser.get(url("/staff/soc"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        assertThat(browser.findElement(By.cssSelector("header.site-header")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        Accessibility.assertNoSeriousViolation(browser);
    }

    @Test
    void anAdministratorSignsInWithADemoAccountAndSetsTheGamesClock() {
        var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
        browser = Browser.start("en");
        browser.get(url("/staff/login"));
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(admin.password());
        submit();
        assertThat(browser.findElement(By.id("staff-name")).getText()).contains("admin");

        follow("Games clock");
        browser.findElement(By.cssSelector("input[name=mode][value=SIMULATED]")).click();
        var start = browser.findElement(By.id("start"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-08-04T20:00'", start);
        submit();

        var status = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[role=status], [role=alert]")).stream().findFirst().orElse(null));
        assertThat(status.getText()).isEqualTo("The Games clock is set.");
        assertThat(browser.findElement(By.id("games-now")).getText()).contains("4 Aug 2024");
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector("p.clock")).getText()).contains("Sunday 4 August 2024");
    }
}
