package org.podium.catering.internal.menu;

/**
 * A recipe on the menu: the period it is served in and the share of that period's diners the
 * plan expects to take it (the menu cycle's shares of a period add up to about one main dish
 * per diner, plus sides and desserts counted separately).
 */
public record Dish(Recipe recipe, String nameFr, MealPeriod period, double share) {

    public Dish {
        if (share < 0 || share > 1.5) {
            throw new IllegalArgumentException(recipe.code() + ": a share of diners between 0 and 1.5");
        }
    }

    public String code() {
        return recipe.code();
    }
}
