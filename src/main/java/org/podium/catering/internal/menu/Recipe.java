package org.podium.catering.internal.menu;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recipe: its components, each an ingredient or another recipe (a sauce, a dough) with its
 * quantity in grams for the recipe's portions. Allergens and tags are never stored on it: they
 * are derived ({@link Labels}), so a board cannot forget what a sub-recipe brings.
 */
public record Recipe(String code, String name, int portions, List<Component> components) {

    /** One line of a recipe: exactly one of ingredient or sub-recipe. */
    public record Component(@Nullable Ingredient ingredient, @Nullable Recipe recipe, double grams) {

        public static Component of(Ingredient ingredient, double grams) {
            return new Component(ingredient, null, grams);
        }

        public static Component of(Recipe recipe, double grams) {
            return new Component(null, recipe, grams);
        }

        public Component {
            if ((ingredient == null) == (recipe == null) || !(grams > 0)) {
                throw new IllegalArgumentException("A recipe line is one ingredient or one recipe, with a positive quantity");
            }
        }
    }

    public Recipe {
        components = List.copyOf(components);
        if (portions < 1 || components.isEmpty()) {
            throw new IllegalArgumentException(code + ": a recipe makes at least one portion of at least one component");
        }
    }
}
