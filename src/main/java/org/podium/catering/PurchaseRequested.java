package org.podium.catering;

import java.time.LocalDate;

/**
 * The village restaurant orders an ingredient: a purchase request for finance (the catering
 * module stores it too, so nothing waits on finance existing). Published in the order's transaction.
 */
public record PurchaseRequested(long request, String ingredient, double kg, LocalDate arrivesOn, String supplier, String raisedBy) {}
