package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A fan watches the medal table while the women's javelin final goes START_LIST, LIVE, OFFICIAL. */
@PodiumIntegrationTest
class MedalTableJourneyTests {

    private static final String JAVELIN_FINAL = "ATHWJAVELIN-----------FNL-000100--";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void send(String json) throws Exception {
        var operator = demo.issued().stream().filter(c -> c.username().equals("results")).findFirst().orElseThrow();
        mvc.perform(post("/api/staff/results/units/" + JAVELIN_FINAL).with(httpBasic(operator.username(), operator.password()))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }

    @Test
    void medalsOfAnOfficialFinalAppearOnTheOpenMedalTableWithoutReload() throws Exception {
        browser = Browser.start("en");
        browser.get("http://localhost:" + port + "/medals");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Medal table");
        assertThat(browser.findElements(By.cssSelector("tr[data-noc=PAN]"))).as("no medal for Panama yet").isEmpty();
        // The page marks itself so that a reload would be noticed.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.notReloaded = true");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !!document.querySelector('[sse-connect]') && typeof htmx !== 'undefined'"));
        Thread.sleep(500); // let the event stream connect

        send("""
                {"status":"START_LIST","entries":[
                  {"competitorCode":"J1","competitorName":"DUNCAN Mariana","noc":"PAN","resultType":"DISTANCE"},
                  {"competitorCode":"J2","competitorName":"LEE Sun","noc":"KOR","resultType":"DISTANCE"},
                  {"competitorCode":"J3","competitorName":"ROSS Anna","noc":"NZL","resultType":"DISTANCE"}]}""");
        send("""
                {"status":"LIVE","entries":[{"competitorCode":"J1","value":"63.10"},{"competitorCode":"J2","value":"61.00"},
                  {"competitorCode":"J3","value":"60.12"}]}""");
        send("""
                {"status":"OFFICIAL","entries":[{"competitorCode":"J1","value":"65.80"},{"competitorCode":"J2","value":"63.62"},
                  {"competitorCode":"J3","value":"62.97"}]}""");

        var panama = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("tr[data-noc=PAN]")).stream().findFirst().orElse(null));
        assertThat(panama.findElement(By.cssSelector("td.gold")).getText()).isEqualTo("1");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.notReloaded === true"))
                .as("the page was updated in place").isTrue();
    }
}
