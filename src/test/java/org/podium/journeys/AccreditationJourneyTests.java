package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The French NOC's accreditation manager sends a bulk file (refused first for a bad line, then
 * taken), the accreditation centre validates, sends to screening, records the authority's answer
 * file and approves; the manager follows the statuses, without the screening's reasons.
 */
@PodiumIntegrationTest
class AccreditationJourneyTests {

    private static final String HEADER = "category,family_name,given_name,birth_date,birth_place,nationality,document_number,document_expiry,function\n";

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @TempDir Path files;

    private final List<ChromeDriver> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(ChromeDriver::quit);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void upload(WebDriver browser, String input, Path file) {
        browser.findElement(By.id(input)).sendKeys(file.toString());
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#" + input + " ~ button[type=submit]"));
    }

    private static String text(WebDriver browser, String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id))).getText();
    }

    @Test
    void aNocSendsItsFileAndTheCentreTakesItThroughScreeningToApproval() throws Exception {
        var tag = Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "Q").toUpperCase();
        String[] people = {"ARNAUD" + tag, "BERNARD" + tag, "CHEVALIER" + tag};
        var rows = new StringBuilder(HEADER);
        for (var i = 0; i < people.length; i++) {
            rows.append("Ao,").append(people[i]).append(",Claire,198").append(i).append("-06-1").append(i).append(",Marseille,FRA,FR")
                    .append(tag).append(i).append("X,2031-01-01,Team physiotherapist\n");
        }
        var bad = files.resolve("fra-bad.csv");
        Files.writeString(bad, rows.toString().replace("Marseille,FRA,FR" + tag + "1", "Marseille,France,FR" + tag + "1"));
        var good = files.resolve("fra.csv");
        Files.writeString(good, rows.toString());

        var manager = GateBrowsers.staffSignedIn(opened, base(), demo, "noc-fra");
        manager.get(base() + "/staff/accreditation/organisation");
        assertThat(manager.findElement(By.tagName("h1")).getText()).contains("France");
        upload(manager, "file", bad);
        assertThat(text(manager, "report")).contains("fra-bad.csv").contains("Line 3: Nationality (three letters) three capital letters");
        assertThat(text(manager, "requests")).doesNotContain(people[0]);
        Accessibility.assertNoSeriousViolation(manager);
        upload(manager, "file", good);
        assertThat(text(manager, "done")).isEqualTo("3 request(s) submitted.");
        for (var person : people) {
            assertThat(text(manager, "requests")).contains(person + ", Claire Ao Team physiotherapist Submitted");
        }
        // A photo for the first person, from the row of the list.
        var photo = files.resolve("photo.png");
        var picture = new java.awt.image.BufferedImage(360, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", photo.toFile());
        var row = manager.findElement(By.xpath("//table[@id='requests']//tr[th[starts-with(., '" + people[0] + "')]]"));
        row.findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        Browser.clickAndWaitForNextPage(manager, By.xpath("//table[@id='requests']//tr[th[starts-with(., '" + people[0] + "')]]//button"));
        assertThat(text(manager, "done")).isEqualTo("Photo received.");

        var centre = GateBrowsers.staffSignedIn(opened, base(), demo, "accreditation");
        centre.get(base() + "/staff/accreditation/centre");
        new org.openqa.selenium.support.ui.Select(centre.findElement(By.id("validate-organisation"))).selectByValue("FRA");
        Browser.clickAndWaitForNextPage(centre, By.id("validate-all"));
        assertThat(text(centre, "done")).contains("request(s) examined");
        Browser.clickAndWaitForNextPage(centre, By.id("send-screening"));
        assertThat(text(centre, "done")).startsWith("Batch ").contains("sent to the screening authority");
        Accessibility.assertNoSeriousViolation(centre);
        centre.get(base() + "/staff/accreditation/centre?status=IN_SCREENING");
        var answers = new StringBuilder("request;opinion\n");
        for (var i = 0; i < people.length; i++) {
            var link = centre.findElement(By.linkText(people[i] + ", Claire")).getDomAttribute("href");
            answers.append(link.substring(link.lastIndexOf('/') + 1)).append(i == 2 ? ";D\n" : ";F\n");
        }
        var answerFile = files.resolve("answers.csv");
        Files.writeString(answerFile, answers.toString());
        upload(centre, "answers", answerFile);
        assertThat(text(centre, "done")).isEqualTo("3 opinion(s) recorded.");
        new org.openqa.selenium.support.ui.Select(centre.findElement(By.id("approve-organisation"))).selectByValue("FRA");
        Browser.clickAndWaitForNextPage(centre, By.id("approve-all"));
        assertThat(text(centre, "done")).isEqualTo("2 request(s) approved.");
        centre.get(base() + "/staff/accreditation/centre?status=APPROVED");
        Browser.clickAndWaitForNextPage(centre, By.linkText(people[0] + ", Claire"));
        assertThat(centre.findElement(By.id("photo")).getDomAttribute("alt")).isEqualTo("Photo of " + people[0]);
        assertThat((Long) centre.executeScript("return arguments[0].naturalWidth", centre.findElement(By.id("photo")))).isEqualTo(360L);
        Browser.clickAndWaitForNextPage(centre, By.id("print"));
        assertThat(text(centre, "status")).isEqualTo("Printed");
        assertThat(centre.findElement(By.id("card-pdf")).getText()).isEqualTo("Card, version 1 (PDF)");
        Browser.clickAndWaitForNextPage(centre, By.id("activate"));
        assertThat(text(centre, "status")).isEqualTo("Active");
        Accessibility.assertNoSeriousViolation(centre);
        // An upgrade pass for the VIP lounges of the Stade de France on the evening of 2 August.
        new org.openqa.selenium.support.ui.Select(centre.findElement(By.id("upgrade-venue"))).selectByValue("stade-de-france");
        centre.findElement(By.id("upgrade-zones")).sendKeys("6");
        centre.executeScript("arguments[0].value = '2024-08-02'", centre.findElement(By.id("upgrade-day")));
        Browser.clickAndWaitForNextPage(centre, By.id("issue-upgrade"));
        assertThat(centre.findElement(By.tagName("h1")).getText()).isEqualTo("Upgrade pass · " + people[0] + " Claire");
        assertThat(text(centre, "pass-venue")).isEqualTo("Stade de France");
        assertThat(text(centre, "pass-day")).isEqualTo("2 Aug 2024");
        assertThat((Long) centre.executeScript("return arguments[0].naturalWidth", centre.findElement(By.id("pass-qr")))).isPositive();
        Accessibility.assertNoSeriousViolation(centre);
        centre.get(base() + "/staff/accreditation/centre?status=REFUSED");
        Browser.clickAndWaitForNextPage(centre, By.linkText(people[2] + ", Claire"));
        assertThat(text(centre, "status")).isEqualTo("Refused");
        assertThat(text(centre, "reason")).contains("unfavourable opinion");

        manager.get(base() + "/staff/accreditation/organisation");
        assertThat(text(manager, "requests")).contains(people[0] + ", Claire Ao Team physiotherapist Active")
                .contains(people[1] + ", Claire Ao Team physiotherapist Approved")
                .contains(people[2] + ", Claire Ao Team physiotherapist Refused");
        assertThat(manager.getPageSource()).as("the screening's reason is the centre's only").doesNotContain("unfavourable opinion");
    }
}
