package org.podium.catering.internal.menu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipes as the chefs keep them (catering.recipe, catering.recipe_line), built into
 * {@link Recipe}s through their sub-recipes. An edit replaces a recipe's lines in one transaction;
 * one naming an unknown ingredient, a missing sub-recipe, or the recipe itself through its
 * sub-recipes is refused whole.
 */
@Service
public class RecipeBook {

    /** A line as the chef writes it: an ingredient code or a sub-recipe code, and grams for the batch. */
    public record Line(@Nullable String ingredient, @Nullable String subRecipe, double grams) {}

    /** A recipe's row with its lines, as stored. */
    public record Entry(String code, String nameEn, String nameFr, int portions, @Nullable MealPeriod period, @Nullable Double share,
                        List<Line> lines) {}

    /** Why an edit was refused (message key and argument). */
    public static final class RecipeRefused extends RuntimeException {
        private final String key;

        RecipeRefused(String key, String detail) {
            super(key + ": " + detail);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final JdbcClient jdbc;
    private final IngredientCatalogue catalogue;

    RecipeBook(JdbcClient jdbc, IngredientCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Every stored recipe with its lines, by code. */
    public Map<String, Entry> entries() {
        record Row(String code, String nameEn, String nameFr, int portions, @Nullable String period, @Nullable Double share) {}
        var lines = new HashMap<String, List<Line>>();
        jdbc.sql("select recipe, ingredient, sub_recipe, grams from catering.recipe_line order by recipe, position")
                .query((rs, n) -> lines.computeIfAbsent(rs.getString(1), r -> new ArrayList<>())
                        .add(new Line(rs.getString(2), rs.getString(3), rs.getDouble(4))))
                .list();
        var entries = new LinkedHashMap<String, Entry>();
        jdbc.sql("select code, name_en as \"nameEn\", name_fr as \"nameFr\", portions, period, share from catering.recipe order by code")
                .query(Row.class).list()
                .forEach(r -> entries.put(r.code(), new Entry(r.code(), r.nameEn(), r.nameFr(), r.portions(),
                        r.period() == null ? null : MealPeriod.valueOf(r.period()), r.share(), lines.getOrDefault(r.code(), List.of()))));
        return entries;
    }

    /** The menu: every recipe served in a period, built through its sub-recipes. */
    public List<Dish> dishes() {
        var entries = entries();
        var built = new HashMap<String, Recipe>();
        var dishes = new ArrayList<Dish>();
        for (var entry : entries.values()) {
            if (entry.period() != null && entry.share() != null) {
                dishes.add(new Dish(build(entry.code(), entries, built, new HashSet<>()), entry.nameFr(), entry.period(), entry.share()));
            }
        }
        return dishes;
    }

    public Optional<Recipe> recipe(String code) {
        var entries = entries();
        return entries.containsKey(code) ? Optional.of(build(code, entries, new HashMap<>(), new HashSet<>())) : Optional.empty();
    }

    /** Replaces a recipe's portions and lines; the labels follow from the new lines. */
    @Transactional
    public Recipe save(String code, int portions, List<Line> lines, String chef) {
        var entries = entries();
        var current = entries.get(code);
        if (current == null) {
            throw new RecipeRefused("catering.refused.unknownRecipe", code);
        }
        if (lines.isEmpty() || portions < 1 || portions > 10_000) {
            throw new RecipeRefused("catering.refused.empty", code);
        }
        for (var line : lines) {
            if ((line.ingredient() == null) == (line.subRecipe() == null) || !(line.grams() > 0) || line.grams() > 1_000_000) {
                throw new RecipeRefused("catering.refused.line", code);
            }
            if (line.ingredient() != null && catalogue.find(line.ingredient()).isEmpty()) {
                throw new RecipeRefused("catering.refused.unknownIngredient", line.ingredient());
            }
            if (line.subRecipe() != null && !entries.containsKey(line.subRecipe())) {
                throw new RecipeRefused("catering.refused.unknownRecipe", line.subRecipe());
            }
        }
        entries.put(code, new Entry(code, current.nameEn(), current.nameFr(), portions, current.period(), current.share(), List.copyOf(lines)));
        var recipe = build(code, entries, new HashMap<>(), new HashSet<>());
        jdbc.sql("update catering.recipe set portions = ?, updated_at = now(), updated_by = ? where code = ?").params(portions, chef, code).update();
        jdbc.sql("delete from catering.recipe_line where recipe = ?").param(code).update();
        var position = 1;
        for (var line : lines) {
            jdbc.sql("insert into catering.recipe_line (recipe, position, ingredient, sub_recipe, grams) values (?, ?, ?, ?, ?)")
                    .params(code, position++, line.ingredient(), line.subRecipe(), line.grams()).update();
        }
        return recipe;
    }

    private Recipe build(String code, Map<String, Entry> entries, Map<String, Recipe> built, Set<String> path) {
        var done = built.get(code);
        if (done != null) {
            return done;
        }
        if (!path.add(code)) {
            throw new RecipeRefused("catering.refused.cycle", code);
        }
        var entry = entries.get(code);
        var components = new ArrayList<Recipe.Component>();
        for (var line : entry.lines()) {
            if (line.ingredient() != null) {
                var ingredient = catalogue.find(line.ingredient())
                        .orElseThrow(() -> new RecipeRefused("catering.refused.unknownIngredient", line.ingredient()));
                components.add(Recipe.Component.of(ingredient, line.grams()));
            } else if (line.subRecipe() != null) {
                components.add(Recipe.Component.of(build(line.subRecipe(), entries, built, path), line.grams()));
            }
        }
        path.remove(code);
        var recipe = new Recipe(code, entry.nameEn(), entry.portions(), components);
        built.put(code, recipe);
        return recipe;
    }
}
