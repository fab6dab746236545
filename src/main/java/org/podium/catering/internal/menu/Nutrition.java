package org.podium.catering.internal.menu;

/** Energy and the nutrients of the EU nutrition declaration that a menu board shows, for a quantity of food. */
public record Nutrition(double kcal, double proteinGrams, double carbsGrams, double fatGrams, double saltGrams) {

    public static final Nutrition NONE = new Nutrition(0, 0, 0, 0, 0);

    public Nutrition plus(Nutrition other) {
        return new Nutrition(kcal + other.kcal, proteinGrams + other.proteinGrams, carbsGrams + other.carbsGrams,
                fatGrams + other.fatGrams, saltGrams + other.saltGrams);
    }

    public Nutrition times(double factor) {
        return new Nutrition(kcal * factor, proteinGrams * factor, carbsGrams * factor, fatGrams * factor, saltGrams * factor);
    }
}
