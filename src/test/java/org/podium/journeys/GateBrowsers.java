package org.podium.journeys;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.Browser;

/** The browsers of the gate journeys: a fan's phone, a gate scanner, and a scan at the gate. */
final class GateBrowsers {

    private GateBrowsers() {
    }

    /** What the scanner showed: ADMITTED or REFUSED, the reason, and the words on the screen. */
    record Decision(String decision, String reason, String verdict, String why) {
        /** ADMITTED, or the refusal reason. */
        String outcome() {
            return reason.isEmpty() ? decision : reason;
        }
    }

    /** A browser signed in as the fan at {@code base}, added to {@code opened} so the test closes it. */
    static ChromeDriver fanSignedIn(List<ChromeDriver> opened, String base, String email) {
        var browser = Browser.start("en");
        opened.add(browser);
        browser.get(base + "/account/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/account"));
        return browser;
    }

    /** A browser signed in as one of the demo staff accounts (gate, ticketing...). */
    static ChromeDriver staffSignedIn(List<ChromeDriver> opened, String base, DemoAccounts demo, String username) {
        var staff = demo.issued().stream().filter(c -> c.username().equals(username)).findFirst().orElseThrow();
        var browser = Browser.start("en");
        opened.add(browser);
        browser.get(base + "/staff/login");
        browser.findElement(By.id("username")).sendKeys(staff.username());
        browser.findElement(By.id("password")).sendKeys(staff.password());
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/staff"));
        return browser;
    }

    /** The demo gate staff's scanner for a session and gate, once it has its bundle. */
    static ChromeDriver scanner(List<ChromeDriver> opened, String base, DemoAccounts demo, String session, String gate) {
        var browser = staffSignedIn(opened, base, demo, "gate");
        browser.get(base + "/staff/gates/scanner?session=" + session + "&gate=" + gate);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("scanner")).getDomAttribute("data-online")));
        return browser;
    }

    /** The browser's network cut (DevTools offline emulation) or given back. */
    static void offline(ChromeDriver browser, boolean offline) {
        if (offline) {
            var conditions = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
            conditions.setOffline(true);
            browser.setNetworkConditions(conditions);
        } else {
            browser.deleteNetworkConditions();
        }
    }

    static Decision scan(ChromeDriver scanner, String code) {
        var panel = scanner.findElement(By.cssSelector(".scanner-decision"));
        scanner.executeScript("arguments[0].removeAttribute('data-decision')", panel);
        var input = scanner.findElement(By.id("code"));
        // A handheld reader types the code and Enter; typing 400 characters key by key is slow, so set the value.
        scanner.executeScript("arguments[0].value = arguments[1]", input, code);
        input.submit();
        new WebDriverWait(scanner, Duration.ofSeconds(5)).until(d -> panel.getDomAttribute("data-decision") != null);
        var reason = panel.getDomAttribute("data-reason");
        return new Decision(panel.getDomAttribute("data-decision"), reason == null ? "" : reason,
                panel.findElement(By.cssSelector(".verdict")).getText(), panel.findElement(By.cssSelector(".why")).getText());
    }
}
