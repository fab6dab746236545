package org.podium.soc.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Reads the correlation section of a Sigma rule, refusing what the engine cannot honour. */
final class CorrelationParser {

    private static final Set<String> BOUNDS = Set.of("gt", "gte", "lt", "lte", "eq", "neq");

    private CorrelationParser() {
    }

    static CorrelationRule parse(Map<String, Object> document) {
        if (!(document.get("correlation") instanceof Map<?, ?> correlation)) {
            throw new RuleRejected("correlation", "a correlation rule needs a correlation section");
        }
        var typeName = text(correlation.get("type"));
        CorrelationRule.Type type;
        try {
            type = CorrelationRule.Type.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleRejected("correlation.type", "unsupported correlation type '" + typeName + "'");
        }
        if (correlation.containsKey("aliases")) {
            throw new RuleRejected("correlation.aliases", "field aliases between correlated rules are not supported yet");
        }
        if (!(correlation.get("rules") instanceof List<?> rules) || rules.isEmpty()) {
            throw new RuleRejected("correlation.rules", "a correlation names the rules it correlates");
        }
        var groupBy = correlation.get("group-by") instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.<String>of();
        var timespan = duration(text(correlation.get("timespan")));
        var condition = new LinkedHashMap<String, Double>();
        String field = null;
        if (correlation.get("condition") instanceof Map<?, ?> given) {
            for (var entry : given.entrySet()) {
                var key = entry.getKey().toString();
                if (key.equals("field")) {
                    field = entry.getValue() instanceof List<?> fields ? fields.getFirst().toString() : entry.getValue().toString();
                } else if (BOUNDS.contains(key) && entry.getValue() instanceof Number number) {
                    condition.put(key, number.doubleValue());
                } else {
                    throw new RuleRejected("correlation.condition." + key, "unsupported condition '" + key + "'");
                }
            }
        }
        var counting = type != CorrelationRule.Type.TEMPORAL && type != CorrelationRule.Type.TEMPORAL_ORDERED;
        if (counting && condition.isEmpty()) {
            throw new RuleRejected("correlation.condition", type + " needs a condition");
        }
        if (counting && !(condition.containsKey("gt") || condition.containsKey("gte") || condition.containsKey("eq"))) {
            // Only a lower bound can be decided as events arrive; "fewer than" needs the window to close.
            throw new RuleRejected("correlation.condition", "a condition without a lower bound (gt, gte or eq) is not supported");
        }
        if (type != CorrelationRule.Type.EVENT_COUNT && counting && field == null) {
            throw new RuleRejected("correlation.condition.field", type + " needs a field");
        }
        var tags = document.get("tags") instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.<String>of();
        return new CorrelationRule(text(document.get("id")), nullable(document.get("name")), text(document.get("title")),
                text(document.getOrDefault("level", "medium")), text(document.getOrDefault("author", "")), tags, type,
                rules.stream().map(Object::toString).toList(), groupBy, timespan, condition, field);
    }

    static Duration duration(String text) {
        var matcher = java.util.regex.Pattern.compile("(\\d+)([smhdw])").matcher(text.trim());
        if (!matcher.matches()) {
            throw new RuleRejected("correlation.timespan", "a timespan is a number and s, m, h, d or w, not '" + text + "'");
        }
        var amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static @Nullable String nullable(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
