package org.podium.catering.internal.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.catering.internal.menu.Dish;
import org.podium.catering.internal.menu.IngredientCatalogue;
import org.podium.catering.internal.menu.MealPeriod;
import org.podium.catering.internal.menu.Recipe;

/**
 * Ingredient requirements of the whole Games: every village day (18 July - 14 August, 28 days),
 * every recipe of a menu of {@code recipes} dishes (each of 4-9 lines from the catalogue, one in
 * five with a sub-recipe), portions per dish and day as the forecast gives them. One operation is
 * the whole computation, portions through sub-recipes included. Run:
 * {@code ./podium bench RequirementsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RequirementsBenchmark {

    @Param({"500"})
    public int recipes;

    private List<Dish> dishes;
    private Map<String, Map<LocalDate, Double>> portions;

    @Setup
    public void menu() {
        var catalogue = new IngredientCatalogue();
        var ingredients = new ArrayList<>(catalogue.all());
        var random = new SplittableRandom(2024);
        var sauces = new ArrayList<Recipe>();
        for (var s = 0; s < 20; s++) {
            sauces.add(new Recipe("SAUCE_" + s, "sauce", 10, lines(ingredients, random, 3)));
        }
        dishes = new ArrayList<>();
        portions = new HashMap<>();
        var periods = MealPeriod.values();
        for (var r = 0; r < recipes; r++) {
            var components = lines(ingredients, random, 4 + random.nextInt(6));
            if (r % 5 == 0) {
                components.add(Recipe.Component.of(sauces.get(random.nextInt(sauces.size())), 500));
            }
            var dish = new Dish(new Recipe("DISH_" + r, "dish", 10, components), "plat", periods[r % periods.length], 0.05);
            dishes.add(dish);
            var byDay = new TreeMap<LocalDate, Double>();
            for (var day = LocalDate.of(2024, 7, 18); !day.isAfter(LocalDate.of(2024, 8, 14)); day = day.plusDays(1)) {
                byDay.put(day, 200 + random.nextDouble() * 800);
            }
            portions.put(dish.code(), byDay);
        }
    }

    private static List<Recipe.Component> lines(List<org.podium.catering.internal.menu.Ingredient> ingredients, SplittableRandom random, int count) {
        var lines = new ArrayList<Recipe.Component>();
        for (var i = 0; i < count; i++) {
            lines.add(Recipe.Component.of(ingredients.get(random.nextInt(ingredients.size())), 50 + random.nextInt(1500)));
        }
        return lines;
    }

    @Benchmark
    public Object wholeGames() {
        return CateringForecast.requirements(dishes, portions);
    }
}
