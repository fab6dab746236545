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
        var needs = new LinkedHashMap<String, @Nullable Need>();
        Object condition = null;
        for (var entry : detection.entrySet()) {
            var name = entry.getKey().toString();
            if (name.equals("condition")) {
                condition = entry.getValue();
            } else if (name.equals("timeframe")) {
                throw new RuleRejected("detection.timeframe", "timeframe belongs to correlation rules");
            } else {
                selections.put(name, selection(entry.getValue(), "detection." + name));
                needs.put(name, need(entry.getValue(), "detection." + name));
            }
        }
        if (condition == null) {
            throw new RuleRejected("detection.condition", "a detection needs a condition");
        }
        var parser = new ConditionParser<>(selections, Matchers.INSTANCE, "detection.condition");
        var needParser = new ConditionParser<>(needs, new Need.Algebra(), "detection.condition");
        Predicate<SigmaEvent> compiled;
        Need need;
        if (condition instanceof List<?> list) {
            compiled = Matchers.any(list.stream().map(c -> parser.parse(c.toString())).toList());
            need = new Need.Algebra().anyOf(list.stream().map(c -> needParser.parse(c.toString())).toList());
        } else {
            compiled = parser.parse(condition.toString());
            need = needParser.parse(condition.toString());
        }
        var logsource = document.get("logsource") instanceof Map<?, ?> ls
                ? new SigmaRule.Logsource(nullable(ls.get("category")), nullable(ls.get("product")), nullable(ls.get("service")))
                : new SigmaRule.Logsource(null, null, null);
        var tags = document.get("tags") instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.<String>of();
        return new SigmaRule(id, nullable(document.get("name")), title, text(document.getOrDefault("level", "informational")),
                text(document.getOrDefault("author", "")), tags, logsource, file, compiled, List.of(), need,
                document.get("fields") instanceof List<?> fields ? fields.stream().map(Object::toString).toList() : List.of());
    }

    private Predicate<SigmaEvent> selection(@Nullable Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            var tests = new ArrayList<Predicate<SigmaEvent>>();
            for (var entry : map.entrySet()) {
                var key = entry.getKey().toString();
                tests.add(fields.compile(key, entry.getValue(), path + "." + key));
            }
            @SuppressWarnings("unchecked")
            Predicate<SigmaEvent>[] all = tests.toArray(Predicate[]::new);
            return event -> {
                for (var test : all) {
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
                @SuppressWarnings("unchecked")
                Predicate<SigmaEvent>[] any = alternatives.toArray(Predicate[]::new);
                return event -> {
                    for (var alternative : any) {
                        if (alternative.test(event)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            if (list.stream().noneMatch(item -> item instanceof Map || item instanceof List)) {
                var globs = list.stream().map(k -> Glob.of("*" + FieldMatchers.canonical(k.toString()) + "*", false)).toArray(Glob[]::new);
                return event -> {
                    for (var glob : globs) {
                        if (event.anyValueMatches(glob)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
        }
        if (node instanceof String keyword) {
            var glob = Glob.of("*" + FieldMatchers.canonical(keyword) + "*", false);
            return event -> event.anyValueMatches(glob);
        }
        throw new RuleRejected(path, "a selection is a map, a list of maps or a list of keywords");
    }

    /** The literals a selection needs: a map needs what its most selective item needs, a list what any item needs. */
    private @Nullable Need need(@Nullable Object node, String path) {
        if (node instanceof Map<?, ?> map) {
            Need best = null;
            for (var entry : map.entrySet()) {
                best = Need.both(best, fields.need(entry.getKey().toString(), entry.getValue(), path));
            }
            return best;
        }
        if (node instanceof List<?> list && !list.isEmpty()) {
            if (list.stream().allMatch(item -> item instanceof Map)) {
                Need any = need(list.getFirst(), path);
                for (var i = 1; i < list.size(); i++) {
                    any = Need.union(any, need(list.get(i), path));
                }
                return any;
            }
            return fields.need("", list, path);
        }
        if (node instanceof String keyword) {
            return fields.need("", keyword, path);
        }
        return null;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static @Nullable String nullable(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
