package org.podium.catering.internal.menu;

/**
 * The 14 substances or products causing allergies or intolerances that Regulation (EU)
 * No 1169/2011, Annex II, requires a food business to declare, in the Annex's order.
 */
public enum Allergen {
    /** Cereals containing gluten: wheat (spelt, khorasan), rye, barley, oats. */
    GLUTEN,
    CRUSTACEANS,
    EGGS,
    FISH,
    PEANUTS,
    SOYBEANS,
    /** Milk (including lactose). */
    MILK,
    /** Nuts: almonds, hazelnuts, walnuts, cashews, pecans, Brazil nuts, pistachios, macadamia. */
    NUTS,
    CELERY,
    MUSTARD,
    SESAME,
    /** Sulphur dioxide and sulphites above 10 mg/kg or 10 mg/l as SO2. */
    SULPHITES,
    LUPIN,
    MOLLUSCS
}
