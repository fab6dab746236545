package org.podium.catering.internal.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.podium.catering.internal.menu.Ingredient.Certification;
import org.podium.catering.internal.menu.Ingredient.Origin;

/** Labels derived from ingredients: allergens through sub-recipes, tags refused when an ingredient contradicts them. */
class LabelsTests {

    static Ingredient plant(String code, Allergen... allergens) {
        return new Ingredient(code, code, Set.of(allergens), Origin.PLANT, false, false, Set.of());
    }

    static final Ingredient FLOUR = plant("wheat-flour", Allergen.GLUTEN);
    static final Ingredient MILK = new Ingredient("milk", "milk", Set.of(Allergen.MILK), Origin.DAIRY, false, false, Set.of());
    static final Ingredient BUTTER = new Ingredient("butter", "butter", Set.of(Allergen.MILK), Origin.DAIRY, false, false, Set.of());
    static final Ingredient EGG = new Ingredient("egg", "egg", Set.of(Allergen.EGGS), Origin.EGG, false, false, Set.of());
    static final Ingredient OIL = plant("sunflower-oil");
    static final Ingredient MUSTARD = plant("dijon-mustard", Allergen.MUSTARD, Allergen.SULPHITES);
    static final Ingredient HAM = new Ingredient("ham", "ham", Set.of(), Origin.MEAT, true, false, Set.of());
    static final Ingredient CHICKEN = new Ingredient("chicken", "chicken", Set.of(), Origin.MEAT, false, false, Set.of(Certification.HALAL));
    static final Ingredient BEEF = new Ingredient("beef", "beef", Set.of(), Origin.MEAT, false, false, Set.of(Certification.KOSHER, Certification.HALAL));
    static final Ingredient WINE = new Ingredient("white-wine", "white wine", Set.of(Allergen.SULPHITES), Origin.PLANT, false, true, Set.of());

    static Recipe recipe(String code, Recipe.Component... components) {
        return new Recipe(code, code, 10, List.of(components));
    }

    static final Recipe BECHAMEL = recipe("bechamel", Recipe.Component.of(MILK, 1000), Recipe.Component.of(FLOUR, 80),
            Recipe.Component.of(BUTTER, 80));
    static final Recipe MAYONNAISE = recipe("mayonnaise", Recipe.Component.of(EGG, 60), Recipe.Component.of(OIL, 500),
            Recipe.Component.of(MUSTARD, 20));

    /** Regulation (EU) No 1169/2011, Annex II: fourteen items, in its order. */
    @Test
    void theFourteenAllergensOfAnnexTwo() {
        assertThat(Allergen.values()).hasSize(14).startsWith(Allergen.GLUTEN, Allergen.CRUSTACEANS, Allergen.EGGS)
                .endsWith(Allergen.SULPHITES, Allergen.LUPIN, Allergen.MOLLUSCS);
    }

    @Test
    void anAllergenHiddenInASubRecipeIsOnTheLabel() {
        // The croque's own lines are ham and its béchamel: milk and gluten come from the béchamel.
        var croque = recipe("croque", Recipe.Component.of(HAM, 500), Recipe.Component.of(BECHAMEL, 400));
        assertThat(Labels.of(croque).allergens()).containsExactlyInAnyOrder(Allergen.MILK, Allergen.GLUTEN);
        var salad = recipe("chicken-salad", Recipe.Component.of(CHICKEN, 800), Recipe.Component.of(recipe("dressing",
                Recipe.Component.of(MAYONNAISE, 100), Recipe.Component.of(OIL, 50)), 150));
        assertThat(Labels.of(salad).allergens()).containsExactlyInAnyOrder(Allergen.EGGS, Allergen.MUSTARD, Allergen.SULPHITES);
    }

    @Test
    void aVeganLabelOnARecipeWithEggIsRefusedWithTheEgg() {
        var wrap = recipe("veggie-wrap", Recipe.Component.of(FLOUR, 300), Recipe.Component.of(MAYONNAISE, 80));
        assertThat(Labels.check(wrap, Set.of(DietaryTag.VEGAN))).singleElement()
                .satisfies(c -> assertThat(c.ingredient()).isEqualTo("egg"));
        assertThat(Labels.check(wrap, Set.of(DietaryTag.VEGETARIAN))).isEmpty();
        assertThat(Labels.of(wrap).tags()).contains(DietaryTag.VEGETARIAN).doesNotContain(DietaryTag.VEGAN, DietaryTag.GLUTEN_FREE);
    }

    @Test
    void aPlantDishCarriesEveryTag() {
        var ratatouille = recipe("ratatouille", Recipe.Component.of(plant("aubergine"), 1000), Recipe.Component.of(OIL, 100));
        assertThat(Labels.of(ratatouille).tags()).containsExactlyInAnyOrder(DietaryTag.values());
        assertThat(Labels.of(ratatouille).allergens()).isEmpty();
    }

    @Test
    void halalAndKosherFollowTheMeatItsCertificationAlcoholAndDairy() {
        var coqAuVin = recipe("coq-au-vin", Recipe.Component.of(CHICKEN, 1000), Recipe.Component.of(WINE, 300));
        assertThat(Labels.check(coqAuVin, Set.of(DietaryTag.HALAL))).extracting(Labels.Contradiction::reason).containsExactly("alcohol");
        assertThat(Labels.check(coqAuVin, Set.of(DietaryTag.KOSHER))).extracting(Labels.Contradiction::reason)
                .containsExactly("meat not certified kosher");
        var cheeseburger = recipe("cheeseburger", Recipe.Component.of(BEEF, 150), Recipe.Component.of(BUTTER, 10));
        assertThat(Labels.check(cheeseburger, Set.of(DietaryTag.KOSHER))).extracting(Labels.Contradiction::reason)
                .containsExactly("meat with dairy");
        assertThat(Labels.of(cheeseburger).tags()).contains(DietaryTag.HALAL).doesNotContain(DietaryTag.KOSHER);
        var croque = recipe("croque", Recipe.Component.of(HAM, 500), Recipe.Component.of(BECHAMEL, 400));
        assertThat(Labels.of(croque).tags()).isEmpty();
    }
}
