package org.podium.catering.internal.forecast;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Portions of one dish per day: the plan (diners x the dish's share), corrected by what was
 * actually served. Method: simple exponential smoothing of the ratio actual / plan, the plan as
 * prior (a correction of 1 before any actual): after each day with a count,
 * {@code c = a * actual / plan + (1 - a) * c}; the forecast of any later day is {@code plan x c}.
 * The ratio, not the count, is smoothed, so the plan's own ups and downs (arrivals, competition
 * days) carry over while a persistent bias (athletes taking more eggs) is learnt in a few days.
 */
public final class DishForecast {

    private DishForecast() {
    }

    /**
     * The correction learnt from every actual strictly before {@code day}.
     *
     * @param plan    planned portions per day
     * @param actuals counted portions per day
     */
    public static double correction(NavigableMap<LocalDate, Double> plan, NavigableMap<LocalDate, Double> actuals, LocalDate day,
                                    double learningRate) {
        var correction = 1.0;
        for (var entry : actuals.headMap(day, false).entrySet()) {
            var planned = plan.get(entry.getKey());
            if (planned != null && planned > 0) {
                correction = learningRate * entry.getValue() / planned + (1 - learningRate) * correction;
            }
        }
        return correction;
    }

    /** Mean absolute percentage error of forecasts against actuals over the days that have both. */
    public static double mape(Map<LocalDate, Double> forecast, Map<LocalDate, Double> actuals) {
        var errors = new HashMap<LocalDate, Double>();
        actuals.forEach((day, actual) -> {
            var f = forecast.get(day);
            if (f != null && actual > 0) {
                errors.put(day, Math.abs(f - actual) / actual);
            }
        });
        return errors.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
