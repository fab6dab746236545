package org.podium.catering.internal.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.podium.catering.internal.menu.Dish;
import org.podium.catering.internal.menu.Portion;
import org.podium.catering.internal.menu.RecipeBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening days as they went in July 2024, replayed: athletes ate more eggs than the plan
 * foresaw. No consumption data was published, so the counts are synthetic, from a stated truth:
 * a dish whose main ingredient is egg is taken 1.6 times as often as planned, any other dish with
 * egg 1.25 times, every other dish 0.97 times, each day's count with a seeded noise of +-6 %.
 * The forecast never reads this truth; it only sees the counts.
 */
@Service
public class OpeningDaysReplay {

    static final double EGG_DISH = 1.6;
    static final double WITH_EGG = 1.25;
    static final double OTHER = 0.97;

    private final RecipeBook recipes;
    private final CateringForecast forecast;
    private final JdbcClient jdbc;

    OpeningDaysReplay(RecipeBook recipes, CateringForecast forecast, JdbcClient jdbc) {
        this.recipes = recipes;
        this.forecast = forecast;
        this.jdbc = jdbc;
    }

    /** Records the dish counts of every village day before {@code until}; returns how many counts were written. */
    @Transactional
    public int record(LocalDate until, long seed) {
        var dishes = recipes.dishes();
        var written = 0;
        for (var day : forecast.days()) {
            if (!day.isBefore(until)) {
                break;
            }
            for (var dish : dishes) {
                jdbc.sql("""
                        insert into catering.dish_count (day, recipe, portions) values (?, ?, ?)
                        on conflict (day, recipe) do update set portions = excluded.portions""")
                        .params(day, dish.code(), actual(dish, day, forecast.planned(dish, day), seed)).update();
                written++;
            }
        }
        return written;
    }

    /** The synthetic count of a dish on a day. */
    public static int actual(Dish dish, LocalDate day, double planned, long seed) {
        var random = new SplittableRandom(seed ^ dish.code().hashCode() * 31L ^ day.toEpochDay());
        return (int) Math.round(planned * truth(dish) * (1 + (random.nextDouble() * 2 - 1) * 0.06));
    }

    static double truth(Dish dish) {
        var grams = Portion.of(dish.recipe()).gramsByIngredient();
        var egg = grams.getOrDefault("EGG", 0.0);
        if (egg == 0) {
            return OTHER;
        }
        var main = grams.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return egg >= main ? EGG_DISH : WITH_EGG;
    }

    public List<Dish> dishes() {
        return recipes.dishes();
    }
}
