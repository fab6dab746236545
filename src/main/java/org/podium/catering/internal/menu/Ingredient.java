package org.podium.catering.internal.menu;

import java.util.EnumSet;
import java.util.Set;

/**
 * A purchased ingredient with the facts a label is derived from: the allergens it contains (from
 * its specification sheet) and what it is made of.
 *
 * @param origin    plant, dairy, egg, honey, meat, fish or seafood: decides vegetarian and vegan
 * @param pork      pork or a pork product (gelatine from pork included): never halal nor kosher
 * @param alcohol   contains alcohol: not halal
 * @param certified for meat: slaughtered and certified halal ({@code HALAL}), kosher ({@code KOSHER}), both or neither
 * @param per100g   nutrition per 100 g as bought (Ciqual, catering/SOURCES.md)
 * @param kgCo2ePerKg climate change per kg as bought (AGRIBALYSE, catering/SOURCES.md)
 */
public record Ingredient(String code, String name, String nameFr, Set<Allergen> allergens, Origin origin, boolean pork, boolean alcohol,
                         Set<Certification> certified, Nutrition per100g, double kgCo2ePerKg) {

    /** An ingredient known only by what its label needs (no nutrition or carbon figure). */
    public Ingredient(String code, String name, Set<Allergen> allergens, Origin origin, boolean pork, boolean alcohol,
                      Set<Certification> certified) {
        this(code, name, name, allergens, origin, pork, alcohol, certified, Nutrition.NONE, 0);
    }

    public enum Origin { PLANT, DAIRY, EGG, HONEY, MEAT, FISH, SEAFOOD }

    public enum Certification { HALAL, KOSHER }

    public Ingredient {
        allergens = allergens.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allergens));
        certified = Set.copyOf(certified);
        if (pork && origin != Origin.MEAT) {
            throw new IllegalArgumentException(code + ": a pork product is of meat origin");
        }
        if (kgCo2ePerKg < 0) {
            throw new IllegalArgumentException(code + ": a negative carbon factor");
        }
    }
}
