package org.podium.soc.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A Sigma correlation rule (specification v2.1): what it counts (event_count, value_count, the
 * sum or average of a field), or which rules must fire together (temporal) or in order
 * (temporal_ordered), per group of equal group-by values, within a sliding time span.
 */
record CorrelationRule(String id, @Nullable String name, String title, String level, String author, List<String> tags,
                       Type type, List<String> rules, List<String> groupBy, Duration timespan,
                       Map<String, Double> condition, @Nullable String field) {

    enum Type { EVENT_COUNT, VALUE_COUNT, VALUE_SUM, VALUE_AVG, TEMPORAL, TEMPORAL_ORDERED }

    /** Whether a count, sum or average meets every bound of the condition. */
    boolean met(double value) {
        for (var bound : condition.entrySet()) {
            var limit = bound.getValue();
            var ok = switch (bound.getKey()) {
                case "gt" -> value > limit;
                case "gte" -> value >= limit;
                case "lt" -> value < limit;
                case "lte" -> value <= limit;
                case "eq" -> value == limit;
                case "neq" -> value != limit;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
