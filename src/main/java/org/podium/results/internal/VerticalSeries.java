package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A high jump or pole vault series: one token per height, {@code "2.24:XO"} (X a failure, O a
 * clearance, - a pass), heights rising. The mark is the highest height cleared; level competitors
 * are separated by fewer failures at that height, then fewer failures in the whole series; a jump-off
 * for first place is not computed (the tie then stands).
 */
final class VerticalSeries {

    private static final Pattern TOKEN = Pattern.compile("(\\d+\\.\\d{2}):(O|XO|XXO|X|XX|XXX|-|X-|XX-)");

    private VerticalSeries() {
    }

    static boolean applies(String unitCode) {
        return unitCode.contains("HIGHJUMP") || unitCode.contains("POLEVAULT");
    }

    static boolean isSeries(List<String> attempts) {
        return !attempts.isEmpty() && attempts.stream().allMatch(a -> a != null && a.contains(":"));
    }

    /** The series as given, when well formed; otherwise the reason. */
    static List<String> check(List<String> attempts, String resultType) {
        if (!"DISTANCE".equals(resultType)) {
            throw new IllegalArgumentException("a vertical series is measured in distance");
        }
        if (attempts.isEmpty() || attempts.size() > 40) {
            throw new IllegalArgumentException("a series has 1 to 40 heights");
        }
        BigDecimal previous = null;
        var out = false;
        for (var attempt : attempts) {
            var m = attempt == null ? null : TOKEN.matcher(attempt);
            if (m == null || !m.matches()) {
                throw new IllegalArgumentException("a height is written 2.24:XO (X failure, O clearance, - pass): " + attempt);
            }
            if (out) {
                throw new IllegalArgumentException("no height after three failures in a row: " + attempt);
            }
            var height = new BigDecimal(m.group(1));
            if (previous != null && height.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("heights rise through a series: " + attempt);
            }
            previous = height;
            out = m.group(2).equals("XXX");
        }
        return List.copyOf(attempts);
    }

    /** The highest height cleared, as written, or null when none was. */
    static @Nullable String cleared(List<String> attempts) {
        String best = null;
        for (var attempt : attempts) {
            if (attempt.endsWith("O")) {
                best = attempt.substring(0, attempt.indexOf(':'));
            }
        }
        return best;
    }

    static int failuresAtBest(List<String> attempts) {
        var best = cleared(attempts);
        return best == null ? Integer.MAX_VALUE : failures(attempts.stream().filter(a -> a.startsWith(best + ":")).toList());
    }

    static int failures(List<String> attempts) {
        return attempts.stream().mapToInt(a -> (int) a.substring(a.indexOf(':') + 1).chars().filter(c -> c == 'X').count()).sum();
    }
}
