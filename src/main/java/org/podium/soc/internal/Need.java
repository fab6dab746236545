package org.podium.soc.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What any event a rule fires on must contain: at least one of these lower-case literals in the
 * named field ({@code *}: in any value). The engine looks for all rules' literals in one pass over
 * each field (Aho-Corasick) and evaluates only the rules whose literal it found. Null stands for
 * "nothing known" (a negation, a regular expression, a number): such a rule is always evaluated.
 * A need is necessary, never sufficient: the rule itself still decides.
 */
record Need(Map<String, Set<String>> literals) {

    /** Literals shorter than this match too many events to be worth indexing. */
    static final int SHORTEST = 3;

    static @Nullable Need of(String field, List<String> literals) {
        if (literals.isEmpty() || literals.stream().anyMatch(l -> l.length() < SHORTEST)) {
            return null;
        }
        return new Need(Map.of(field, Set.copyOf(literals)));
    }

    /** How selective: the shortest literal; longer literals are rarer in events. */
    int strength() {
        return literals.values().stream().flatMap(Set::stream).mapToInt(String::length).min().orElse(0);
    }

    /** Either one is met. */
    static @Nullable Need union(@Nullable Need a, @Nullable Need b) {
        if (a == null || b == null) {
            return null;
        }
        var merged = new HashMap<String, Set<String>>();
        a.literals.forEach((f, l) -> merged.computeIfAbsent(f, k -> new HashSet<>()).addAll(l));
        b.literals.forEach((f, l) -> merged.computeIfAbsent(f, k -> new HashSet<>()).addAll(l));
        return new Need(merged);
    }

    /** Both are met: either one alone is a necessary condition; keep the more selective. */
    static @Nullable Need stronger(@Nullable Need a, @Nullable Need b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.strength() >= b.strength() ? a : b;
    }

    /** The operators of a condition over needs. */
    static final class Algebra implements ConditionParser.Algebra<@Nullable Need> {
        @Override
        public @Nullable Need and(@Nullable Need left, @Nullable Need right) {
            return stronger(left, right);
        }

        @Override
        public @Nullable Need or(@Nullable Need left, @Nullable Need right) {
            return union(left, right);
        }

        @Override
        public @Nullable Need not(@Nullable Need inner) {
            return null;
        }

        @Override
        public @Nullable Need anyOf(List<@Nullable Need> selections) {
            Need result = selections.getFirst();
            for (var i = 1; i < selections.size(); i++) {
                result = union(result, selections.get(i));
            }
            return result;
        }

        @Override
        public @Nullable Need allOf(List<@Nullable Need> selections) {
            Need result = null;
            for (var selection : selections) {
                result = stronger(result, selection);
            }
            return result;
        }
    }
}
