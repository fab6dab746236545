package org.podium.journeys;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;


/** axe-core, the accessibility engine behind most WCAG audits, finds nothing serious on the main pages. */
@PodiumIntegrationTest
class AccessibilityJourneyTests {

    private static WebDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start("fr");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?lang=fr", "/?lang=en", "/schedule?day=2024-07-28", "/venues/stade-de-france",
            "/venues/la-concorde", "/sports/SWM", "/account/register", "/medals", "/medals/events/SWMM100MBR", "/medals/events/FBLMTEAM11", "/medals/events/JUDM60KG",
            "/results/units/SWMM100MBR------------FNL-000100--", "/scoreboard/paris-la-defense-arena", "/nocs/FRA",
            "/commentator/units/SWMM100MBR------------FNL-000100--", "/tickets?day=2024-08-02",
            "/tickets/sessions/STA-20240802-1", "/tickets/sessions/LC1-20240727-1"})
    void hasNoSeriousAccessibilityViolation(String page) {
        browser.get("http://localhost:" + port + page);
        Accessibility.assertNoSeriousViolation(browser);
        org.assertj.core.api.Assertions.assertThat(Browser.contentSecurityViolations(browser)).as("blocked by the page's CSP").isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired org.podium.accounts.internal.DemoAccounts demo;

    /** The back office, signed in as the administrator (every role's pages): its layout, forms and charts. */
    @org.junit.jupiter.api.Test
    void theBackOfficeHasNoSeriousAccessibilityViolation() {
        var opened = new java.util.ArrayList<org.openqa.selenium.chrome.ChromeDriver>();
        try {
            var admin = GateBrowsers.staffSignedIn(opened, "http://localhost:" + port, demo, "admin");
            for (var page : java.util.List.of("/staff", "/staff/ticketing", "/staff/admin/replay", "/staff/admin/clock",
                    "/staff/audit", "/staff/soc", "/staff/gates", "/staff/gates/operations/STA-20240802-1", "/staff/tokens")) {
                admin.get("http://localhost:" + port + page);
                Accessibility.assertNoSeriousViolation(admin);
                org.assertj.core.api.Assertions.assertThat(Browser.contentSecurityViolations(admin)).as("CSP on " + page).isEmpty();
            }
        } finally {
            opened.forEach(org.openqa.selenium.chrome.ChromeDriver::quit);
        }
    }
}
