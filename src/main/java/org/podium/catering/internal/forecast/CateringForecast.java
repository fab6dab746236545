package org.podium.catering.internal.forecast;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.podium.catering.internal.CateringProperties;
import org.podium.catering.internal.VillagePopulation;
import org.podium.catering.internal.menu.Dish;
import org.podium.catering.internal.menu.MealPeriod;
import org.podium.catering.internal.menu.Portion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Portions per dish and day (plan and forecast) and what they require of each ingredient. The
 * forecast corrects the plan by the dish counts recorded before the day ({@link DishForecast}).
 */
@Service
public class CateringForecast {

    private final VillagePopulation population;
    private final MealPlan plan;
    private final CateringProperties properties;
    private final JdbcClient jdbc;
    private final Map<LocalDate, Map<MealPeriod, Double>> mealsByDay = new java.util.concurrent.ConcurrentHashMap<>();

    CateringForecast(VillagePopulation population, MealPlan plan, CateringProperties properties, JdbcClient jdbc) {
        this.population = population;
        this.plan = plan;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @org.springframework.context.event.EventListener(org.podium.games.ProgrammeImported.class)
    void programmeChanged() {
        mealsByDay.clear();
    }

    /** The plan's meals of a period on a day (the population does not change once the programme is loaded). */
    public double plannedMeals(LocalDate day, MealPeriod period) {
        return mealsByDay.computeIfAbsent(day, d -> plan.meals(population.on(d))).get(period);
    }

    public double planned(Dish dish, LocalDate day) {
        return plannedMeals(day, dish.period()) * dish.share();
    }

    /** Planned portions of a dish over the village's days. */
    public NavigableMap<LocalDate, Double> planned(Dish dish) {
        var byDay = new TreeMap<LocalDate, Double>();
        population.days().forEach(day -> byDay.put(day, planned(dish, day)));
        return byDay;
    }

    /** Counted portions per dish and day. */
    public Map<String, NavigableMap<LocalDate, Double>> actuals() {
        var actuals = new HashMap<String, NavigableMap<LocalDate, Double>>();
        jdbc.sql("select day, recipe, portions from catering.dish_count")
                .query((rs, n) -> actuals.computeIfAbsent(rs.getString(2), r -> new TreeMap<>())
                        .put(rs.getObject(1, LocalDate.class), (double) rs.getInt(3)))
                .list();
        return actuals;
    }

    /** Forecast portions of every dish for the days from {@code from} to {@code to}, learning from actuals before {@code from}. */
    public Map<String, NavigableMap<LocalDate, Double>> forecast(List<Dish> dishes, LocalDate from, LocalDate to, boolean learning) {
        var actuals = actuals();
        var forecast = new HashMap<String, NavigableMap<LocalDate, Double>>();
        for (var dish : dishes) {
            var planned = planned(dish);
            var correction = learning ? DishForecast.correction(planned, actuals.getOrDefault(dish.code(), new TreeMap<>()), from,
                    properties.learningRate()) : 1.0;
            var byDay = new TreeMap<LocalDate, Double>();
            for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
                byDay.put(day, planned.getOrDefault(day, 0.0) * correction);
            }
            forecast.put(dish.code(), byDay);
        }
        return forecast;
    }

    /** Kilograms of each ingredient the given portions need, per day. */
    public static Map<String, NavigableMap<LocalDate, Double>> requirements(List<Dish> dishes, Map<String, ? extends Map<LocalDate, Double>> portions) {
        var kg = new HashMap<String, NavigableMap<LocalDate, Double>>();
        for (var dish : dishes) {
            var byDay = portions.get(dish.code());
            if (byDay == null) {
                continue;
            }
            var portion = Portion.of(dish.recipe());
            portion.gramsByIngredient().forEach((ingredient, grams) -> {
                var need = kg.computeIfAbsent(ingredient, i -> new TreeMap<>());
                byDay.forEach((day, count) -> need.merge(day, count * grams / 1000, Double::sum));
            });
        }
        return kg;
    }

    public List<LocalDate> days() {
        return population.days();
    }

    public VillagePopulation population() {
        return population;
    }
}
