package org.podium.catering.internal.menu;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.podium.catering.internal.menu.Ingredient.Certification;
import org.podium.catering.internal.menu.Ingredient.Origin;

/**
 * A recipe's label derived from its ingredients, through every sub-recipe: the allergens it
 * contains and the dietary tags it may carry. A tag asked for that the ingredients contradict is
 * refused with the ingredient that contradicts it.
 *
 * <p>The tags' rules: vegetarian, no meat, fish or seafood; vegan, only plant ingredients;
 * gluten-free, no cereal containing gluten (Annex II item 1); halal, no pork, no alcohol, meat
 * certified halal; kosher, no pork, no seafood (shellfish and molluscs), meat certified kosher and
 * never with dairy in the same recipe.
 */
public final class Labels {

    /** What a recipe is made of, flattened through its sub-recipes. */
    public record Label(Set<Allergen> allergens, Set<DietaryTag> tags) {}

    /** A tag the ingredients contradict, and which ingredient. */
    public record Contradiction(DietaryTag tag, String ingredient, String reason) {}

    private Labels() {
    }

    public static Label of(Recipe recipe) {
        var ingredients = ingredients(recipe);
        var allergens = EnumSet.noneOf(Allergen.class);
        ingredients.forEach(i -> allergens.addAll(i.allergens()));
        var tags = EnumSet.noneOf(DietaryTag.class);
        for (var tag : DietaryTag.values()) {
            if (contradictions(ingredients, tag).isEmpty()) {
                tags.add(tag);
            }
        }
        // In the Annex's order (EnumSet), as a board lists them.
        return new Label(java.util.Collections.unmodifiableSet(allergens), java.util.Collections.unmodifiableSet(tags));
    }

    /** Why the recipe cannot carry the tags asked for (empty when it can carry them all). */
    public static List<Contradiction> check(Recipe recipe, Set<DietaryTag> claimed) {
        var ingredients = ingredients(recipe);
        var found = new ArrayList<Contradiction>();
        claimed.stream().sorted().forEach(tag -> found.addAll(contradictions(ingredients, tag)));
        return found;
    }

    private static List<Contradiction> contradictions(List<Ingredient> ingredients, DietaryTag tag) {
        var found = new ArrayList<Contradiction>();
        var dairy = ingredients.stream().anyMatch(i -> i.origin() == Origin.DAIRY);
        for (var i : ingredients) {
            var reason = switch (tag) {
                case VEGETARIAN -> i.origin() == Origin.MEAT || i.origin() == Origin.FISH || i.origin() == Origin.SEAFOOD ? "animal flesh" : null;
                case VEGAN -> i.origin() != Origin.PLANT ? "of animal origin (" + i.origin().name().toLowerCase() + ")" : null;
                case GLUTEN_FREE -> i.allergens().contains(Allergen.GLUTEN) ? "contains gluten" : null;
                case HALAL -> i.pork() ? "pork" : i.alcohol() ? "alcohol"
                        : i.origin() == Origin.MEAT && !i.certified().contains(Certification.HALAL) ? "meat not certified halal" : null;
                case KOSHER -> i.pork() ? "pork" : i.origin() == Origin.SEAFOOD ? "shellfish or molluscs"
                        : i.origin() == Origin.MEAT && !i.certified().contains(Certification.KOSHER) ? "meat not certified kosher"
                        : i.origin() == Origin.MEAT && dairy ? "meat with dairy" : null;
            };
            if (reason != null) {
                found.add(new Contradiction(tag, i.code(), reason));
            }
        }
        return found;
    }

    /** Every ingredient of the recipe through its sub-recipes (records cannot contain themselves: no cycle to guard). */
    static List<Ingredient> ingredients(Recipe recipe) {
        var found = new ArrayList<Ingredient>();
        for (var component : recipe.components()) {
            if (component.ingredient() != null) {
                found.add(component.ingredient());
            } else if (component.recipe() != null) {
                found.addAll(ingredients(component.recipe()));
            }
        }
        return found;
    }
}
