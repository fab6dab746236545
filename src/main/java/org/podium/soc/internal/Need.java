package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What any event a rule fires on must contain: up to two clauses, each a set of lower-case
 * literals of which at least one occurs in the named field ({@code *}: in any value). The engine
 * finds all rules' literals in one pass over each field and evaluates only the rules whose every
 * clause was met. Null stands for "nothing known" (a negation, a regular expression, a number):
 * such a rule is always evaluated. A need is necessary, never sufficient: the rule still decides.
 */
record Need(List<Map<String, Set<String>>> clauses) {

    /** Literals shorter than this match too many events to be worth indexing. */
    static final int SHORTEST = 3;
    /** Two clauses already cut most candidates; more would cost more bookkeeping than they save. */
    static final int MOST_CLAUSES = 2;

    static @Nullable Need of(String field, List<String> literals) {
        if (literals.isEmpty() || literals.stream().anyMatch(l -> l.length() < SHORTEST)) {
            return null;
        }
        return new Need(List.of(Map.of(field, Set.copyOf(literals))));
    }

    /** How selective a clause is: its shortest literal; longer literals are rarer in events. */
    static int strength(Map<String, Set<String>> clause) {
        return clause.values().stream().flatMap(Set::stream).mapToInt(String::length).min().orElse(0);
    }

    private Map<String, Set<String>> strongest() {
        return clauses.stream().max(Comparator.comparingInt(Need::strength)).orElseThrow();
    }

    /** Either one is met: a match of either meets the union of their strongest clauses. */
    static @Nullable Need union(@Nullable Need a, @Nullable Need b) {
        if (a == null || b == null) {
            return null;
        }
        var merged = new HashMap<String, Set<String>>();
        a.strongest().forEach((f, l) -> merged.computeIfAbsent(f, k -> new HashSet<>()).addAll(l));
        b.strongest().forEach((f, l) -> merged.computeIfAbsent(f, k -> new HashSet<>()).addAll(l));
        return new Need(List.of(merged));
    }

    /** Both are met: every clause of both holds; keep the most selective ones. */
    static @Nullable Need both(@Nullable Need a, @Nullable Need b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        var all = new ArrayList<Map<String, Set<String>>>(a.clauses);
        all.addAll(b.clauses);
        all.sort(Comparator.comparingInt(Need::strength).reversed());
        return new Need(List.copyOf(all.subList(0, Math.min(MOST_CLAUSES, all.size()))));
    }

    /** The operators of a condition over needs. */
    static final class Algebra implements ConditionParser.Algebra<@Nullable Need> {
        @Override
        public @Nullable Need and(@Nullable Need left, @Nullable Need right) {
            return both(left, right);
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
                result = both(result, selection);
            }
            return result;
        }
    }
}
