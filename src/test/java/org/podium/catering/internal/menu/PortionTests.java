package org.podium.catering.internal.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A portion's grams, nutrition and carbon, through sub-recipes, against the Ciqual and AGRIBALYSE rows of the catalogue. */
class PortionTests {

    final IngredientCatalogue catalogue = new IngredientCatalogue();

    Ingredient get(String code) {
        return catalogue.find(code).orElseThrow();
    }

    @Test
    void theCatalogueCarriesTheTablesFigures() {
        // Ciqual 2017, "Oeuf, cru": 140 kcal, 12.7 g protein per 100 g; AGRIBALYSE egg, indoor non-cage: 2.852 kg CO2e per kg.
        assertThat(get("EGG").per100g().kcal()).isEqualTo(140);
        assertThat(get("EGG").per100g().proteinGrams()).isEqualTo(12.7);
        assertThat(get("EGG").kgCo2ePerKg()).isEqualTo(2.852);
        assertThat(get("BEEF").kgCo2ePerKg()).isGreaterThan(10 * get("CHICKPEA").kgCo2ePerKg());
        assertThat(catalogue.all()).allSatisfy(i -> assertThat(i.per100g().kcal()).isBetween(10.0, 900.0));
    }

    @Test
    void anOmeletteOfTwoEggs() {
        var omelette = new Recipe("OMELETTE", "Omelette", 10, List.of(Recipe.Component.of(get("EGG"), 1200), Recipe.Component.of(get("BUTTER"), 50)));
        var portion = Portion.of(omelette);
        assertThat(portion.gramsByIngredient()).containsEntry("EGG", 120.0).containsEntry("BUTTER", 5.0);
        // 120 g of egg at 140 kcal/100 g and 5 g of butter at 746 kcal/100 g.
        assertThat(portion.nutrition().kcal()).isCloseTo(1.2 * 140 + 0.05 * 746, within(1e-9));
        assertThat(portion.kgCo2e()).isCloseTo(0.120 * 2.852 + 0.005 * 7.346, within(1e-9));
    }

    @Test
    void aSubRecipeBringsItsIngredientsInItsOwnProportions() {
        var bechamel = new Recipe("BECHAMEL", "Béchamel", 10, List.of(Recipe.Component.of(get("MILK"), 1000),
                Recipe.Component.of(get("FLOUR"), 80), Recipe.Component.of(get("BUTTER"), 80)));
        // 1,160 g of béchamel used whole in a batch of 4 portions: each gets a quarter of the sauce's milk.
        var gratin = new Recipe("GRATIN", "Gratin", 4, List.of(Recipe.Component.of(get("POTATO"), 1000), Recipe.Component.of(bechamel, 1160)));
        var portion = Portion.of(gratin);
        assertThat(portion.gramsByIngredient().get("MILK")).isCloseTo(250.0, within(1e-9));
        assertThat(portion.gramsByIngredient().get("FLOUR")).isCloseTo(20.0, within(1e-9));
        assertThat(portion.gramsByIngredient().get("POTATO")).isCloseTo(250.0, within(1e-9));
    }

    @Test
    void theServiceAtAnHour() {
        assertThat(MealPeriod.at(java.time.LocalTime.of(3, 0))).isEqualTo(MealPeriod.NIGHT);
        assertThat(MealPeriod.at(java.time.LocalTime.of(7, 30))).isEqualTo(MealPeriod.BREAKFAST);
        assertThat(MealPeriod.at(java.time.LocalTime.of(12, 0))).isEqualTo(MealPeriod.LUNCH);
        assertThat(MealPeriod.at(java.time.LocalTime.of(23, 0))).isEqualTo(MealPeriod.NIGHT);
    }
}
