package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fan opens an account and reaches their page; an administrator signs in and sets the Games clock. */
@PodiumIntegrationTest
class SignInJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
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

    @Test
    void aFanRegistersSignsInAndSeesTheirAccount() {
        browser = Browser.start("fr");
        browser.get(url("/account"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/login");

        follow("Créer un compte spectateur");
        browser.findElement(By.id("email")).sendKeys("lea@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Léa");
        browser.findElement(By.id("password")).sendKeys("trop court");
        submit();
        assertThat(browser.findElement(By.cssSelector(".error")).getText()).isEqualTo("Entre 12 et 128 caractères.");

        browser.findElement(By.id("password")).sendKeys("un mot de passe assez long");
        submit();
        assertThat(new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("[role=status]"))).getText()).contains("Votre compte est prêt");

        browser.findElement(By.id("email")).sendKeys("lea@example.org");
        browser.findElement(By.id("password")).sendKeys("un mot de passe assez long");
        submit();
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/account");
        assertThat(browser.findElement(By.id("fan-name")).getText()).isEqualTo("Léa");
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
        assertThat(browser.findElement(By.id("games-now")).getText()).contains("Aug 4, 2024");
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector("p.clock")).getText()).contains("Sunday 4 August 2024");
    }
}
