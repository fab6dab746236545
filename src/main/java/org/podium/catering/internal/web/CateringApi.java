package org.podium.catering.internal.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.podium.catering.PurchaseRequested;
import org.podium.catering.internal.floor.RestaurantFloor;
import org.podium.catering.internal.menu.Allergen;
import org.podium.catering.internal.menu.DietaryTag;
import org.podium.catering.internal.menu.Labels;
import org.podium.catering.internal.menu.Nutrition;
import org.podium.catering.internal.menu.Portion;
import org.podium.catering.internal.menu.RecipeBook;
import org.podium.catering.internal.stock.ShortageAlert;
import org.podium.catering.internal.stock.Store;
import org.podium.games.GamesClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The village restaurant's JSON API: counts and scans in, labels, alerts and orders out. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/staff/catering")
@Tag(name = "Catering", description = "Village restaurant: recipes' labels, dish counts, door scans, waste, shortage alerts, orders")
class CateringApi {

    /** A recipe's derived label with one portion's nutrition and carbon. */
    record RecipeLabel(String code, Set<Allergen> allergens, Set<DietaryTag> tags, Nutrition nutrition, double kgCo2e) {}

    record DishCount(@Nullable LocalDate day, @Nullable String recipe, @Nullable Integer portions) {}

    record Scan(@Nullable String accreditation, @Nullable Boolean entering, @Nullable Instant at) {}

    record WasteWeighed(@Nullable LocalDate day, @Nullable String recipe, @Nullable Double kg) {}

    record Order(@Nullable String ingredient, @Nullable Double kg, @Nullable LocalDate day) {}

    private final RecipeBook recipes;
    private final Store store;
    private final RestaurantFloor floor;
    private final GamesClock clock;
    private final JdbcClient jdbc;

    CateringApi(RecipeBook recipes, Store store, RestaurantFloor floor, GamesClock clock, JdbcClient jdbc) {
        this.recipes = recipes;
        this.store = store;
        this.floor = floor;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Operation(summary = "A recipe's allergens and tags (derived from its ingredients through every sub-recipe), nutrition and carbon per portion")
    @GetMapping("/recipes/{code}")
    RecipeLabel recipe(@PathVariable String code) {
        var recipe = recipes.recipe(code).orElseThrow(() -> new org.podium.platform.NotFound("recipe", code));
        var label = Labels.of(recipe);
        var portion = Portion.of(recipe);
        return new RecipeLabel(code, label.allergens(), label.tags(), portion.nutrition(), portion.kgCo2e());
    }

    @Operation(summary = "Record the portions of a dish served on a day (the counters' dish count); the forecast learns from it")
    @PutMapping("/counts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void count(@RequestBody DishCount count) {
        if (count.day() == null || count.recipe() == null || count.portions() == null || count.portions() < 0 || count.portions() > 100_000) {
            throw new IllegalArgumentException("A day, a recipe and portions between 0 and 100,000");
        }
        if (recipes.entries().get(count.recipe()) == null) {
            throw new org.podium.platform.NotFound("recipe", count.recipe());
        }
        jdbc.sql("""
                insert into catering.dish_count (day, recipe, portions) values (?, ?, ?)
                on conflict (day, recipe) do update set portions = excluded.portions""").params(count.day(), count.recipe(), count.portions()).update();
    }

    @Operation(summary = "A card scanned at the restaurant's door, entering or leaving")
    @PostMapping("/passages")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void scan(@RequestBody Scan scan) {
        if (scan.accreditation() == null || scan.entering() == null) {
            throw new IllegalArgumentException("An accreditation number and whether the holder enters");
        }
        floor.scan(scan.accreditation(), scan.entering(), scan.at() != null ? scan.at() : clock.now());
    }

    @Operation(summary = "Diners inside, seats and the estimated wait")
    @GetMapping("/occupancy")
    RestaurantFloor.Occupancy occupancy() {
        return floor.occupancy();
    }

    @Operation(summary = "Record the food waste weighed for a dish on a day")
    @PutMapping("/waste")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void waste(@RequestBody WasteWeighed waste) {
        if (waste.day() == null || waste.recipe() == null || waste.kg() == null) {
            throw new IllegalArgumentException("A day, a recipe and kilograms");
        }
        if (recipes.entries().get(waste.recipe()) == null) {
            throw new org.podium.platform.NotFound("recipe", waste.recipe());
        }
        floor.recordWaste(waste.day(), waste.recipe(), waste.kg());
    }

    @Operation(summary = "Ingredients whose projected stock falls below safety stock in the next 7 days, with the order to place")
    @GetMapping("/alerts")
    List<ShortageAlert> alerts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return store.alerts(day);
    }

    @Operation(summary = "Raise an order: a purchase request for finance, arriving after the supplier's lead time")
    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    PurchaseRequested order(@RequestBody Order order, Principal manager) {
        if (order.ingredient() == null || order.kg() == null || order.day() == null) {
            throw new IllegalArgumentException("An ingredient, kilograms and the day of the order");
        }
        return store.order(order.ingredient(), order.kg(), order.day(), manager.getName());
    }
}
