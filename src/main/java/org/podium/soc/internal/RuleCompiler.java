package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed Sigma rule document into a {@link SigmaRule} whose detection is a tree of
 * compiled matchers: a map is AND of its fields, a list is OR of its items, a list of plain
 * strings is a keyword search across all values. Logsource filters are added by {@link LogsourceMapping}.
 */
final class RuleCompiler {

    private final FieldMatchers fields;

    RuleCompiler(Map<String, List<String>> placeholders) {
        this.fields = new FieldMatchers(placeholders);
    }

    SigmaRule compile(Map<String, Object> document, String file) {
        var id = text(document.get("id"));
        var title = text(document.get("title"));
        if (title.isEmpty()) {
            throw new RuleRejected("title", "a rule needs a title");
        }
        if (document.containsKey("correlation")) {
            throw new RuleRejected("correlation", "a correlation rule, not a detection rule");
        }
        if (!(document.get("detection") instanceof Map<?, ?> detection)) {
            throw new RuleRejected("detection", "a rule needs a detection map");
        }
        var selections = new LinkedHashMap<String, Predicate<SigmaEvent>>();
        Object condition = null;
        for (var entry : detection.entrySet()) {
            var name = entry.getKey().toString();
            if (name.equals("condition")) {
                condition = entry.getValue();
            } else if (name.equals("timeframe")) {
                throw new RuleRejected("detection.timeframe", "timeframe belongs to correlation rules");
            } else {
                selections.put(name, selection(entry.getValue(), "detection." + name));
            }
        }
        if (condition == null) {
            throw new RuleRejected("detection.condition", "a detection needs a condition");
        }
        var parser = new ConditionParser(selections, "detection.condition");
        Predicate<SigmaEvent> compiled;
        if (condition instanceof List<?> list) {
            var alternatives = list.stream().map(c -> parser.parse(c.toString())).toList();
            compiled = event -> alternatives.stream().anyMatch(p -> p.test(event));
        } else {
            compiled = parser.parse(condition.toString());
        }
        var logsource = document.get("logsource") instanceof Map<?, ?> ls
                ? new SigmaRule.Logsource(nullable(ls.get("category")), nullable(ls.get("product")), nullable(ls.get("service")))
                : new SigmaRule.Logsource(null, null, null);
        var tags = document.get("tags") instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.<String>of();
        return new SigmaRule(id, title, text(document.getOrDefault("level", "informational")),
                text(document.getOrDefault("author", "")), tags, logsource, file, compiled);
    }

    private Predicate<SigmaEvent> selection(@Nullable Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            var tests = new ArrayList<Predicate<SigmaEvent>>();
            for (var entry : map.entrySet()) {
                var key = entry.getKey().toString();
                tests.add(fields.compile(key, entry.getValue(), path + "." + key));
            }
            return event -> {
                for (var test : tests) {
                    if (!test.test(event)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (node instanceof List<?> list) {
            if (list.stream().allMatch(item -> item instanceof Map)) {
                var alternatives = new ArrayList<Predicate<SigmaEvent>>();
                for (var i = 0; i < list.size(); i++) {
                    alternatives.add(selection(list.get(i), path + "[" + i + "]"));
                }
                return event -> alternatives.stream().anyMatch(p -> p.test(event));
            }
            if (list.stream().noneMatch(item -> item instanceof Map || item instanceof List)) {
                var globs = list.stream().map(k -> Glob.of("*" + FieldMatchers.canonical(k.toString()) + "*", false)).toList();
                return event -> event.values().stream().anyMatch(v -> globs.stream().anyMatch(g -> g.matches(v)));
            }
        }
        if (node instanceof String keyword) {
            var glob = Glob.of("*" + FieldMatchers.canonical(keyword) + "*", false);
            return event -> event.values().stream().anyMatch(glob::matches);
        }
        throw new RuleRejected(path, "a selection is a map, a list of maps or a list of keywords");
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static @Nullable String nullable(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
