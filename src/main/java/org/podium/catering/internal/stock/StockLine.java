package org.podium.catering.internal.stock;

import java.time.LocalDate;

/**
 * An ingredient's stock as the store-room counts it and the supply terms that refill it. The
 * supplier's standing deliveries follow the plan (what the plan requires each day arrives that
 * day): a plan that is right keeps the stock where it was counted; one that is wrong drains it.
 *
 * @param onHandKg        counted on {@code countedOn}, before that day's service
 * @param safetyKg        below this the kitchen cannot absorb one bad delivery
 * @param leadDays        days from an order to its delivery
 * @param packKg          orders are whole packs (a pallet of eggs, a crate)
 */
public record StockLine(String ingredient, double onHandKg, LocalDate countedOn, double safetyKg,
                        int leadDays, double packKg, String supplier) {}
