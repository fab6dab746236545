package org.podium.catering.internal.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.podium.catering.internal.CateringProperties;
import org.podium.catering.internal.forecast.CateringForecast;
import org.podium.catering.internal.forecast.OpeningDaysReplay;
import org.podium.catering.internal.floor.RestaurantFloor;
import org.podium.catering.internal.menu.IngredientCatalogue;
import org.podium.catering.internal.menu.Labels;
import org.podium.catering.internal.menu.MealPeriod;
import org.podium.catering.internal.menu.Portion;
import org.podium.catering.internal.menu.RecipeBook;
import org.podium.catering.internal.stock.Store;
import org.podium.games.GamesClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The restaurant manager's page and the chefs' recipe pages. */
@Controller
class CateringPages {

    /** A dish as the pages show it: names, derived labels, one portion's nutrition and carbon. */
    record DishView(String code, String nameEn, String nameFr, MealPeriod period, double share, Labels.Label label, Portion portion) {}

    private final RecipeBook recipes;
    private final CateringForecast forecast;
    private final Store store;
    private final OpeningDaysReplay replay;
    private final RestaurantFloor floor;
    private final IngredientCatalogue catalogue;
    private final CateringProperties properties;
    private final GamesClock clock;

    CateringPages(RecipeBook recipes, CateringForecast forecast, Store store, OpeningDaysReplay replay, RestaurantFloor floor,
                  IngredientCatalogue catalogue, CateringProperties properties, GamesClock clock) {
        this.recipes = recipes;
        this.forecast = forecast;
        this.store = store;
        this.replay = replay;
        this.floor = floor;
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
    }

    /** The planning day: the one asked for, else the Games clock's, within the village's dates. */
    LocalDate planningDay(@Nullable LocalDate asked) {
        var day = asked != null ? asked : clock.today();
        return day.isBefore(properties.villageOpens()) ? properties.villageOpens()
                : day.isAfter(properties.villageCloses()) ? properties.villageCloses() : day;
    }

    List<DishView> dishViews() {
        return recipes.dishes().stream().map(d -> new DishView(d.code(), d.recipe().name(), d.nameFr(), d.period(), d.share(),
                Labels.of(d.recipe()), Portion.of(d.recipe()))).toList();
    }

    @GetMapping("/staff/catering")
    String manager(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day, Model model) {
        var today = planningDay(day);
        var residents = forecast.population().on(today);
        var meals = new LinkedHashMap<MealPeriod, Long>();
        for (var period : MealPeriod.values()) {
            meals.put(period, Math.round(forecast.plannedMeals(today, period)));
        }
        var outlooks = store.outlooks(today, true);
        var dishes = recipes.dishes();
        var chartDays = properties.villageOpens().datesUntil(today.plusDays(Store.HORIZON_DAYS + 1)).toList();
        var planned = new TreeMap<LocalDate, Double>();
        for (var d : chartDays) {
            for (var dish : dishes) {
                planned.merge(d, forecast.planned(dish, d) * Portion.of(dish.recipe()).gramsByIngredient().getOrDefault("EGG", 0.0) / 1000, Double::sum);
            }
        }
        var actual = CateringForecast.requirements(dishes, forecast.actuals()).getOrDefault("EGG", new TreeMap<>());
        var learnt = CateringForecast.requirements(dishes, forecast.forecast(dishes, today, today.plusDays(Store.HORIZON_DAYS), true))
                .getOrDefault("EGG", new TreeMap<>());
        var lines = new LinkedHashMap<String, Map<LocalDate, Double>>();
        lines.put("plan", planned);
        lines.put("actual", actual.headMap(today, false));
        lines.put("forecast", learnt);
        var views = dishViews();
        var carbon = views.stream().mapToDouble(v -> v.portion().kgCo2e() * v.share() * forecast.plannedMeals(today, v.period())).sum()
                / Math.max(1, meals.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("day", today);
        model.addAttribute("residents", residents);
        model.addAttribute("meals", meals);
        model.addAttribute("outlooks", outlooks);
        model.addAttribute("alerts", outlooks.stream().flatMap(o -> o.alert().stream()).toList());
        model.addAttribute("requests", store.requests());
        model.addAttribute("eggChart", ForecastChart.of(chartDays, lines));
        model.addAttribute("occupancy", floor.occupancy());
        model.addAttribute("waste", floor.waste(today.minusDays(1)));
        model.addAttribute("carbonPerMeal", carbon);
        model.addAttribute("dishes", views);
        model.addAttribute("diets", diets(views, today, dishes));
        model.addAttribute("counted", forecast.actuals().values().stream().mapToInt(m -> m.headMap(today, false).size()).max().orElse(0));
        return "catering/manager";
    }

    /** Portions planned and forecast for the day per diet: the dishes carrying each tag, per period. */
    private Map<org.podium.catering.internal.menu.DietaryTag, Map<MealPeriod, Long>> diets(List<DishView> views, LocalDate today,
                                                                                         List<org.podium.catering.internal.menu.Dish> dishes) {
        var forecastToday = forecast.forecast(dishes, today, today, true);
        var diets = new java.util.EnumMap<org.podium.catering.internal.menu.DietaryTag, Map<MealPeriod, Long>>(org.podium.catering.internal.menu.DietaryTag.class);
        for (var tag : org.podium.catering.internal.menu.DietaryTag.values()) {
            var byPeriod = new java.util.EnumMap<MealPeriod, Long>(MealPeriod.class);
            for (var period : MealPeriod.values()) {
                byPeriod.put(period, 0L);
            }
            for (var view : views) {
                if (view.label().tags().contains(tag)) {
                    byPeriod.merge(view.period(), Math.round(forecastToday.get(view.code()).get(today)), Long::sum);
                }
            }
            diets.put(tag, byPeriod);
        }
        return diets;
    }

    @PostMapping("/staff/catering/replay")
    String replay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        var today = planningDay(day);
        redirect.addFlashAttribute("replayed", replay.record(today, 2024));
        return "redirect:/staff/catering?day=" + today;
    }

    @PostMapping("/staff/catering/orders")
    String order(@RequestParam String ingredient, @RequestParam double kg, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                 Principal manager, RedirectAttributes redirect) {
        var today = planningDay(day);
        try {
            var request = store.order(ingredient, kg, today, manager.getName());
            redirect.addFlashAttribute("ordered", request);
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/staff/catering?day=" + today;
    }

    @GetMapping("/staff/catering/recipes")
    String recipes(Model model) {
        model.addAttribute("dishes", dishViews());
        model.addAttribute("entries", recipes.entries().values());
        return "catering/recipes";
    }

    @GetMapping("/staff/catering/recipes/{code}")
    String recipe(@PathVariable String code, Model model) {
        var entry = recipes.entries().get(code);
        if (entry == null) {
            throw new org.podium.platform.NotFound("recipe", code);
        }
        var recipe = recipes.recipe(code).orElseThrow();
        model.addAttribute("entry", entry);
        model.addAttribute("label", Labels.of(recipe));
        model.addAttribute("portion", Portion.of(recipe));
        model.addAttribute("ingredients", catalogue.all());
        model.addAttribute("subRecipes", recipes.entries().values().stream().filter(e -> e.period() == null && !e.code().equals(code)).toList());
        return "catering/recipe";
    }

    @PostMapping("/staff/catering/recipes/{code}")
    String save(@PathVariable String code, @RequestParam int portions, @RequestParam(name = "item", required = false) List<String> items,
                @RequestParam(name = "grams", required = false) List<String> grams, Principal chef, RedirectAttributes redirect) {
        var lines = new ArrayList<RecipeBook.Line>();
        var count = items == null ? 0 : items.size();
        for (var i = 0; i < count; i++) {
            var item = items.get(i);
            var quantity = grams == null || i >= grams.size() ? "" : grams.get(i).trim();
            if (item.isBlank() || quantity.isEmpty()) {
                continue;
            }
            double g;
            try {
                g = Double.parseDouble(quantity);
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("refused", "catering.refused.line");
                return "redirect:/staff/catering/recipes/" + code;
            }
            lines.add(item.startsWith("R:") ? new RecipeBook.Line(null, item.substring(2), g) : new RecipeBook.Line(item.replaceFirst("^I:", ""), null, g));
        }
        try {
            recipes.save(code, portions, lines, chef.getName());
            redirect.addFlashAttribute("saved", true);
        } catch (RecipeBook.RecipeRefused refused) {
            redirect.addFlashAttribute("refused", refused.key());
        }
        return "redirect:/staff/catering/recipes/" + code;
    }

    /** The village's menu boards: giant screens and phones, with allergen pictograms; a text version for screen readers. */
    @GetMapping({"/catering/board", "/catering/board/text"})
    String board(@RequestParam(required = false) @Nullable MealPeriod period, @RequestParam(required = false) @Nullable String screen,
                 jakarta.servlet.http.HttpServletRequest request, Model model) {
        var shown = period != null ? period : MealPeriod.at(clock.zonedNow().toLocalTime());
        model.addAttribute("period", shown);
        model.addAttribute("periods", MealPeriod.values());
        model.addAttribute("giant", "giant".equals(screen));
        model.addAttribute("dishes", dishViews().stream().filter(d -> d.period() == shown).toList());
        return request.getRequestURI().endsWith("/text") ? "catering/board-text" : "catering/board";
    }
}
