package org.podium.catering.internal.menu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One portion of a recipe as bought: grams of each ingredient through every sub-recipe, its
 * nutrition and its carbon. A sub-recipe used by weight (400 g of béchamel) brings its ingredients
 * in the proportions of its own batch.
 */
public record Portion(Map<String, Double> gramsByIngredient, Nutrition nutrition, double kgCo2e) {

    public static Portion of(Recipe recipe) {
        var batch = new LinkedHashMap<Ingredient, Double>();
        collect(recipe, 1.0, batch);
        var grams = new LinkedHashMap<String, Double>();
        var nutrition = Nutrition.NONE;
        var carbon = 0.0;
        for (var entry : batch.entrySet()) {
            var perPortion = entry.getValue() / recipe.portions();
            grams.merge(entry.getKey().code(), perPortion, Double::sum);
            nutrition = nutrition.plus(entry.getKey().per100g().times(perPortion / 100));
            carbon += entry.getKey().kgCo2ePerKg() * perPortion / 1000;
        }
        return new Portion(Map.copyOf(grams), nutrition, carbon);
    }

    private static void collect(Recipe recipe, double factor, Map<Ingredient, Double> into) {
        for (var component : recipe.components()) {
            if (component.ingredient() != null) {
                into.merge(component.ingredient(), component.grams() * factor, Double::sum);
            } else if (component.recipe() != null) {
                collect(component.recipe(), factor * component.grams() / batchGrams(component.recipe()), into);
            }
        }
    }

    /** A recipe's batch weight: the sum of its lines (cooking losses are not modelled). */
    static double batchGrams(Recipe recipe) {
        return recipe.components().stream().mapToDouble(Recipe.Component::grams).sum();
    }
}
