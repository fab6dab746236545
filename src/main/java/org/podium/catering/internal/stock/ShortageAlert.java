package org.podium.catering.internal.stock;

import java.time.LocalDate;

/**
 * Projected stock falls below safety stock on {@code breachOn}: an order placed by {@code orderBy}
 * arrives in time; {@code suggestedKg} (whole packs) keeps the horizon above safety stock.
 */
public record ShortageAlert(String ingredient, LocalDate raisedOn, LocalDate breachOn, LocalDate orderBy, double projectedKg,
                            double suggestedKg, String supplier) {

    /** Whether an order placed today still arrives before the breach. */
    public boolean inTime() {
        return !raisedOn.isAfter(orderBy);
    }
}
