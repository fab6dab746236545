package org.podium.catering.internal.menu;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.podium.catering.internal.menu.Ingredient.Certification;
import org.podium.catering.internal.menu.Ingredient.Origin;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ingredients the village kitchen buys (catering/ingredients.csv: allergens and origin from the
 * specification sheets, nutrition from Ciqual, carbon from AGRIBALYSE; sources in catering/SOURCES.md).
 */
@Component
public class IngredientCatalogue {

    private final Map<String, Ingredient> byCode = new LinkedHashMap<>();

    public IngredientCatalogue() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var in = new InputStreamReader(new ClassPathResource("catering/ingredients.csv").getInputStream(), StandardCharsets.UTF_8);
             var csv = format.parse(in)) {
            for (var row : csv) {
                var ingredient = new Ingredient(row.get("code"), row.get("name_en"), row.get("name_fr"), words(row.get("allergens"), Allergen.class),
                        Origin.valueOf(row.get("origin")), Boolean.parseBoolean(row.get("pork")), Boolean.parseBoolean(row.get("alcohol")),
                        words(row.get("certified"), Certification.class),
                        new Nutrition(number(row.get("kcal")), number(row.get("protein_g")), number(row.get("carbs_g")),
                                number(row.get("fat_g")), number(row.get("salt_g"))),
                        number(row.get("kg_co2e_per_kg")));
                byCode.put(ingredient.code(), ingredient);
            }
        } catch (IOException e) {
            throw new IllegalStateException("catering/ingredients.csv unreadable", e);
        }
    }

    public Optional<Ingredient> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Ingredient> all() {
        return byCode.values();
    }

    private static double number(String value) {
        return Double.parseDouble(value.trim());
    }

    private static <E extends Enum<E>> Set<E> words(String value, Class<E> type) {
        return value.isBlank() ? Set.of() : Arrays.stream(value.trim().split("\\s+")).map(w -> Enum.valueOf(type, w)).collect(Collectors.toSet());
    }
}
