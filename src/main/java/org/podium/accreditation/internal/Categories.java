package org.podium.accreditation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The categories of {@code accreditation/categories.yml}, read once at start. */
@Component
class Categories {

    private final Map<String, Category> byCode = new LinkedHashMap<>();

    Categories() throws IOException {
        try (var in = new ClassPathResource("accreditation/categories.yml").getInputStream()) {
            read(in).forEach(c -> byCode.put(c.code(), c));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Category> read(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        return ((List<Map<String, Object>>) root.get("categories")).stream().map(c -> {
            var venues = c.get("venues") instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(c.get("venues")));
            return new Category(String.valueOf(c.get("code")), String.valueOf(c.get("name")), String.valueOf(c.get("name-fr")),
                    venues, ((List<Object>) c.get("zones")).stream().map(z -> ((Number) z).intValue()).toList(),
                    ((List<Object>) c.get("transport")).stream().map(String::valueOf).toList(),
                    Boolean.TRUE.equals(c.get("village")), Boolean.TRUE.equals(c.get("dining")), String.valueOf(c.get("seating")));
        }).toList();
    }

    List<Category> all() {
        return List.copyOf(byCode.values());
    }

    Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
