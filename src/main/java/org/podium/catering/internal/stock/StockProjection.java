package org.podium.catering.internal.stock;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An ingredient's stock day by day: from the last count, each past day adds its deliveries (the
 * standing ones, which follow the plan, and the orders raised) and takes what was actually used;
 * from today on, it takes the forecast requirement. A day's figure is its closing stock.
 */
public final class StockProjection {

    private StockProjection() {
    }

    /**
     * @param used        kg actually used per day, for the days between the count and today
     * @param required    kg the forecast requires per day, from today to the horizon
     * @param deliveries  kg delivered per day of arrival (standing deliveries and orders)
     */
    public static Map<LocalDate, Double> closing(StockLine line, LocalDate today, LocalDate horizon, Map<LocalDate, Double> used,
                                                 Map<LocalDate, Double> required, Map<LocalDate, Double> deliveries) {
        var closing = new LinkedHashMap<LocalDate, Double>();
        var stock = line.onHandKg();
        for (var day = line.countedOn(); !day.isAfter(horizon); day = day.plusDays(1)) {
            var out = day.isBefore(today) ? used.getOrDefault(day, 0.0) : required.getOrDefault(day, 0.0);
            stock += deliveries.getOrDefault(day, 0.0) - out;
            closing.put(day, stock);
        }
        return closing;
    }

    /** The first day from today whose closing stock is below safety stock, as an alert with its order. */
    public static Optional<ShortageAlert> alert(StockLine line, LocalDate today, Map<LocalDate, Double> closing) {
        LocalDate breach = null;
        var lowest = Double.MAX_VALUE;
        for (var entry : closing.entrySet()) {
            if (entry.getKey().isBefore(today)) {
                continue;
            }
            if (breach == null && entry.getValue() < line.safetyKg()) {
                breach = entry.getKey();
            }
            lowest = Math.min(lowest, entry.getValue());
        }
        if (breach == null) {
            return Optional.empty();
        }
        var packs = Math.ceil((line.safetyKg() - lowest) / line.packKg());
        return Optional.of(new ShortageAlert(line.ingredient(), today, breach, breach.minusDays(line.leadDays()), closing.get(breach),
                packs * line.packKg(), line.supplier()));
    }
}
