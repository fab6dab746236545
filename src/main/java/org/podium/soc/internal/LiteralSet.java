package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The values of one field item, when there are many, as one structure: equal values in a hash
 * set, prefixes and suffixes in hash sets per length, infixes in one Aho-Corasick automaton, the
 * rest (regular expressions, cased, inner wildcards) tested one by one. SigmaHQ rules list up to
 * hundreds of values on one field; testing them in turn was a fifth of the engine's time.
 */
final class LiteralSet {

    /** Below this many values the plain loop is as fast. */
    static final int MIN_VALUES = 4;

    private final Set<String> equal = new HashSet<>();
    private final Map<Integer, Set<String>> prefixes = new HashMap<>();
    private final Map<Integer, Set<String>> suffixes = new HashMap<>();
    private final int[] prefixLengths;
    private final int[] suffixLengths;
    private final @Nullable LiteralScanner infixes;
    private final Glob[] others;

    private LiteralSet(List<Glob> globs) {
        var infixList = new ArrayList<String>();
        var rest = new ArrayList<Glob>();
        for (var glob : globs) {
            if (!glob.indexable()) {
                rest.add(glob);
            } else if (glob.isEquals()) {
                equal.add(glob.literal());
            } else if (glob.isStarts()) {
                prefixes.computeIfAbsent(glob.literal().length(), n -> new HashSet<>()).add(glob.literal());
            } else if (glob.isEnds()) {
                suffixes.computeIfAbsent(glob.literal().length(), n -> new HashSet<>()).add(glob.literal());
            } else {
                infixList.add(glob.literal());
            }
        }
        prefixLengths = prefixes.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        suffixLengths = suffixes.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        infixes = infixList.isEmpty() ? null : new LiteralScanner(infixList);
        others = rest.toArray(Glob[]::new);
    }

    /** The values as one test, or null when they are few or not plain strings (numbers, regular expressions...). */
    static @Nullable LiteralSet of(List<Object> values, List<String> modifiers, FieldMatchers matchers, String path) {
        if (values.size() < MIN_VALUES || modifiers.stream().anyMatch(m -> Set.of("re", "cidr", "lt", "lte", "gt", "gte").contains(m))) {
            return null;
        }
        var globs = new ArrayList<Glob>();
        var cased = modifiers.contains("cased");
        for (var value : values) {
            if (!(value instanceof String text)) {
                return null;
            }
            matchers.variants(text, modifiers, path).forEach(v -> globs.add(Glob.of(v, cased)));
        }
        return new LiteralSet(globs);
    }

    boolean matches(String raw, String lower) {
        if (equal.contains(lower)) {
            return true;
        }
        for (var length : prefixLengths) {
            if (length > lower.length()) {
                break;
            }
            if (prefixes.get(length).contains(lower.substring(0, length))) {
                return true;
            }
        }
        for (var length : suffixLengths) {
            if (length > lower.length()) {
                break;
            }
            if (suffixes.get(length).contains(lower.substring(lower.length() - length))) {
                return true;
            }
        }
        if (infixes != null && infixes.containsAny(lower)) {
            return true;
        }
        for (var glob : others) {
            if (glob.matches(raw, lower)) {
                return true;
            }
        }
        return false;
    }
}
