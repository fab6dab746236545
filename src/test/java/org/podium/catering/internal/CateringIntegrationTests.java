package org.podium.catering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.podium.catering.internal.forecast.CateringForecast;
import org.podium.catering.internal.forecast.DishForecast;
import org.podium.catering.internal.forecast.OpeningDaysReplay;
import org.podium.catering.internal.menu.Dish;
import org.podium.catering.internal.menu.RecipeBook;
import org.podium.catering.internal.stock.ShortageAlert;
import org.podium.catering.internal.stock.StockLine;
import org.podium.catering.internal.stock.Store;
import org.podium.catering.internal.stock.StockProjection;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The village's population on the real schedule, the learning forecast and the egg case of July 2024. */
@PodiumIntegrationTest
class CateringIntegrationTests {

    static final LocalDate OPENS = LocalDate.of(2024, 7, 18);

    @Autowired
    VillagePopulation population;
    @Autowired
    CateringForecast forecast;
    @Autowired
    RecipeBook recipes;
    @Autowired
    CateringProperties properties;

    @Test
    void populationFollowsTheRealSchedule() {
        var opening = population.on(OPENS);
        var ceremony = population.on(LocalDate.of(2024, 7, 26));
        var last = population.on(LocalDate.of(2024, 8, 14));
        System.out.printf("village residents: 18 Jul %d, 26 Jul %d, 14 Aug %d%n", opening.total(), ceremony.total(), last.total());
        // Archery's first unit is on 25 July (the programme): its athletes are in from the 20th, not before.
        assertThat(population.at(LocalDateTime.of(2024, 7, 20, 13, 0))).isLessThan(population.at(LocalDateTime.of(2024, 7, 20, 15, 0)));
        // On the day of the opening ceremony part of the 10,500 Olympians are housed (football, sailing and surfing
        // live elsewhere; athletics arrives on 27 July); the village had 14,250 beds.
        assertThat(ceremony.athletes()).isBetween(5_000, 10_500);
        assertThat(ceremony.total()).isLessThanOrEqualTo(14_250);
        assertThat(opening.total()).isLessThan(ceremony.total() / 2);
        // On 14 August the last athletes (athletics ended on the 11th) are leaving: nobody is left the next morning.
        assertThat(last.total()).isLessThan(ceremony.total() / 4);
    }

    /**
     * The egg case: the counts of the opening days exceed the plan for egg dishes. Learning from
     * them, the projection raises the egg alert while an order can still arrive before stock falls
     * below safety; the plan alone sees the shortage only when it is too late to order.
     */
    @Test
    void eggsRunShortAndTheLearningForecastSaysSoInTime() {
        var dishes = recipes.dishes();
        var until = LocalDate.of(2024, 7, 27);
        var actuals = new HashMap<String, TreeMap<LocalDate, Double>>();
        var planned = new HashMap<String, TreeMap<LocalDate, Double>>();
        for (var dish : dishes) {
            for (var day = OPENS; day.isBefore(until); day = day.plusDays(1)) {
                var plan = forecast.planned(dish, day);
                planned.computeIfAbsent(dish.code(), d -> new TreeMap<>()).put(day, plan);
                actuals.computeIfAbsent(dish.code(), d -> new TreeMap<>()).put(day, (double) OpeningDaysReplay.actual(dish, day, plan, 2024));
            }
        }
        // The store-room's seed: two days of the plan's busiest egg day over the whole Games on hand, one as safety stock.
        var wholeGames = new HashMap<String, TreeMap<LocalDate, Double>>();
        dishes.forEach(d -> wholeGames.put(d.code(), new TreeMap<>(forecast.planned(d))));
        var eggsPlanned = CateringForecast.requirements(dishes, wholeGames).get("EGG");
        var busiest = eggsPlanned.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        var line = new StockLine("EGG", 2 * busiest, OPENS, busiest, 2, 360, "test");
        var learnt = firstAlert(line, dishes, planned, actuals, until, true);
        var planOnly = firstAlert(line, dishes, planned, actuals, until, false);
        System.out.printf("egg alert with learning: %s; plan only: %s%n", learnt, planOnly);
        assertThat(learnt).isNotNull();
        assertThat(learnt.inTime()).as("raised early enough to order within the lead time").isTrue();
        assertThat(planOnly == null || !planOnly.inTime()).as("the plan alone alerts too late or never").isTrue();
        // And the shortage is real: replaying what was actually used, the stock does fall below safety, not before the
        // learnt alert's order could have arrived.
        var used = CateringForecast.requirements(dishes, actuals).get("EGG");
        var delivered = CateringForecast.requirements(dishes, wholeGames).get("EGG");
        var real = StockProjection.closing(line, until, until.minusDays(1), used, Map.of(), delivered);
        var firstBelow = real.entrySet().stream().filter(e -> e.getValue() < line.safetyKg()).map(Map.Entry::getKey).findFirst();
        System.out.printf("eggs actually below safety stock on %s%n", firstBelow.orElse(null));
        assertThat(firstBelow).hasValueSatisfying(day -> assertThat(day).isAfterOrEqualTo(learnt.raisedOn().plusDays(line.leadDays())));
    }

    /** Forecast error on the replay of the opening days: the learning forecast against the plan alone, per dish and day. */
    @Test
    void learningFromTheCountsCutsTheForecastError() {
        var dishes = recipes.dishes();
        var from = LocalDate.of(2024, 7, 20);
        var until = LocalDate.of(2024, 8, 12);
        var learning = new java.util.ArrayList<Double>();
        var planOnly = new java.util.ArrayList<Double>();
        for (var dish : dishes) {
            var planned = new TreeMap<>(forecast.planned(dish));
            var actuals = new TreeMap<LocalDate, Double>();
            planned.forEach((day, plan) -> actuals.put(day, (double) OpeningDaysReplay.actual(dish, day, plan, 2024)));
            var learnt = new HashMap<LocalDate, Double>();
            var plain = new HashMap<LocalDate, Double>();
            var counted = new HashMap<LocalDate, Double>();
            for (var day = from; day.isBefore(until); day = day.plusDays(1)) {
                if (planned.get(day) < 50) {
                    continue;
                }
                // The day-ahead forecast: what was known the evening before.
                learnt.put(day, planned.get(day) * DishForecast.correction(planned, actuals, day, properties.learningRate()));
                plain.put(day, planned.get(day));
                counted.put(day, actuals.get(day));
            }
            learning.add(DishForecast.mape(learnt, counted));
            planOnly.add(DishForecast.mape(plain, counted));
        }
        var withLearning = learning.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        var without = planOnly.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.printf("MAPE per dish and day, 20 Jul - 11 Aug: learning %.1f %%, plan only %.1f %%%n", 100 * withLearning, 100 * without);
        assertThat(withLearning).isLessThan(without / 2);
    }

    /** The first day whose projection, knowing the counts of the days before, raises an egg alert. */
    private ShortageAlert firstAlert(StockLine line, List<Dish> dishes, Map<String, TreeMap<LocalDate, Double>> planned,
                                     Map<String, TreeMap<LocalDate, Double>> actuals, LocalDate until, boolean learning) {
        var used = CateringForecast.requirements(dishes, actuals).get("EGG");
        var delivered = CateringForecast.requirements(dishes, planned).get("EGG");
        for (var today = OPENS.plusDays(1); today.isBefore(until.minusDays(2)); today = today.plusDays(1)) {
            var forecastPortions = new HashMap<String, TreeMap<LocalDate, Double>>();
            for (var dish : dishes) {
                var c = learning ? DishForecast.correction(planned.get(dish.code()), actuals.get(dish.code()), today, properties.learningRate()) : 1;
                var byDay = new TreeMap<LocalDate, Double>();
                for (var d = today; d.isBefore(until); d = d.plusDays(1)) {
                    byDay.put(d, planned.get(dish.code()).get(d) * c);
                }
                forecastPortions.put(dish.code(), byDay);
            }
            var required = CateringForecast.requirements(dishes, forecastPortions).get("EGG");
            var closing = StockProjection.closing(line, today, until.minusDays(1), used, required, delivered);
            var alert = StockProjection.alert(line, today, closing);
            if (alert.isPresent()) {
                return alert.get();
            }
        }
        return null;
    }
}
