package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.catering.internal.menu.RecipeBook;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A chef adds cheese to the vegetable tajine: the menu board a diner reads shows milk and no longer
 * says vegan. The restaurant manager replays the opening days' counts, sees the egg alert while an
 * order can still arrive in time, and raises the order.
 */
@PodiumIntegrationTest
class CateringJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired RecipeBook recipes;

    private final List<ChromeDriver> opened = new ArrayList<>();
    private RecipeBook.Entry tajine;

    @AfterEach
    void close() {
        opened.forEach(ChromeDriver::quit);
        if (tajine != null) {
            recipes.save(tajine.code(), tajine.portions(), tajine.lines(), "catering-journey");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aChefsChangeReachesTheBoardWithItsAllergen() {
        tajine = recipes.entries().get("VEGETABLE_TAJINE");
        var diner = Browser.start("en");
        opened.add(diner);
        diner.get(base() + "/catering/board?period=LUNCH");
        var dish = diner.findElement(By.id("dish-VEGETABLE_TAJINE"));
        assertThat(dish.findElements(By.cssSelector("[data-allergen]"))).extracting(e -> e.getDomAttribute("data-allergen"))
                .containsExactly("GLUTEN");
        assertThat(dish.findElement(By.className("tags")).getText()).contains("Vegan");
        Accessibility.assertNoSeriousViolation(diner);

        var chef = GateBrowsers.staffSignedIn(opened, base(), demo, "chef");
        chef.get(base() + "/staff/catering/recipes/VEGETABLE_TAJINE");
        new Select(chef.findElement(By.id("item-new"))).selectByValue("I:EMMENTAL");
        chef.findElement(By.id("grams-new")).sendKeys("200");
        Browser.clickAndWaitForNextPage(chef, By.id("save"));
        assertThat(chef.findElement(By.id("saved")).getText()).contains("saved");
        assertThat(chef.findElement(By.id("allergens")).getText()).contains("Milk", "Cereals containing gluten");
        Accessibility.assertNoSeriousViolation(chef);

        diner.navigate().refresh();
        dish = diner.findElement(By.id("dish-VEGETABLE_TAJINE"));
        assertThat(dish.findElements(By.cssSelector("[data-allergen]"))).extracting(e -> e.getDomAttribute("data-allergen"))
                .containsExactly("GLUTEN", "MILK");
        assertThat(dish.findElement(By.className("tags")).getText()).doesNotContain("Vegan").contains("Vegetarian");
        diner.get(base() + "/catering/board/text?period=LUNCH");
        assertThat(diner.findElement(By.id("board-text")).getText()).contains("Vegetable tajine with semolina", "Contains: Cereals containing gluten, Milk.");
    }

    @Test
    void theManagerSeesTheEggAlertInTimeAndOrders() {
        var manager = GateBrowsers.staffSignedIn(opened, base(), demo, "catering");
        manager.get(base() + "/staff/catering?day=2024-07-20");
        Browser.clickAndWaitForNextPage(manager, By.id("replay"));
        var alert = manager.findElement(By.id("alert-EGG"));
        var cells = alert.findElements(By.tagName("td"));
        // Learnt from 18 and 19 July: eggs fall below safety stock within the week, and the order-by date (breach less the
        // supplier's two days) is still ahead of the planning day: an order placed now arrives in time.
        var breach = java.time.LocalDate.parse(cells.get(0).getText());
        var orderBy = java.time.LocalDate.parse(cells.get(1).getText());
        assertThat(breach).isBetween(java.time.LocalDate.of(2024, 7, 21), java.time.LocalDate.of(2024, 7, 27));
        assertThat(orderBy).isEqualTo(breach.minusDays(2)).isAfterOrEqualTo(java.time.LocalDate.of(2024, 7, 20));
        assertThat(manager.findElement(By.id("egg-table")).getText()).contains("2024-07-19");
        assertThat(manager.findElement(By.id("diets")).getText()).contains("Vegan", "Halal", "Gluten-free");
        Accessibility.assertNoSeriousViolation(manager);
        Browser.clickAndWaitForNextPage(manager, By.cssSelector("#alert-EGG button[type=submit]"));
        assertThat(manager.findElement(By.id("ordered")).getText()).contains("EGG", "2024-07-22");
        assertThat(manager.findElement(By.id("requests")).getText()).contains("EGG", "catering");
    }
}
