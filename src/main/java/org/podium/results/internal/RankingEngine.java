package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Recomputes the ranks of a unit from the raw values rather than trusting a given rank. A line
 * with an invalid result mark or no readable value is unranked (and sorted after the ranked ones
 * by the caller). Equal values share a place, and the next place is skipped: two equal second
 * times give two seconds and no third. Field events sent with their series of attempts use
 * countback: competitors level on their best mark are separated by their second best, then third...
 */
public final class RankingEngine {

    /**
     * What the engine needs of a line; {@code attempts} (a field event's series) break ties on the best
     * mark; {@code tieBreaks} (smaller is better), where given, break them instead (judged sports).
     */
    public record Line(String discipline, String resultType, @Nullable String value, @Nullable String irm,
                       java.util.@Nullable List<String> attempts, java.util.@Nullable List<BigDecimal> tieBreaks) {

        public Line(String discipline, String resultType, @Nullable String value, @Nullable String irm) {
            this(discipline, resultType, value, irm, null, null);
        }

        public Line(String discipline, String resultType, @Nullable String value, @Nullable String irm,
                    java.util.@Nullable List<String> attempts) {
            this(discipline, resultType, value, irm, attempts, null);
        }
    }

    /** The computed place, or null when unranked; {@code equal} when shared. */
    public record Place(@Nullable Integer rank, boolean equal) {
        static final Place UNRANKED = new Place(null, false);
    }

    private RankingEngine() {
    }

    public static List<Place> rank(List<Line> lines) {
        var keys = new BigDecimal[lines.size()][];
        var ranked = new ArrayList<Integer>(lines.size());
        for (var i = 0; i < keys.length; i++) {
            var best = key(lines.get(i));
            if (best != null) {
                keys[i] = countback(lines.get(i), best);
                ranked.add(i);
            }
        }
        ranked.sort((a, b) -> compare(keys[a], keys[b]));
        var places = new ArrayList<Place>(java.util.Collections.nCopies(keys.length, Place.UNRANKED));
        for (var position = 0; position < ranked.size(); position++) {
            var index = ranked.get(position);
            var sameAsPrevious = position > 0 && compare(keys[ranked.get(position - 1)], keys[index]) == 0;
            var sameAsNext = position + 1 < ranked.size() && compare(keys[ranked.get(position + 1)], keys[index]) == 0;
            var rank = sameAsPrevious ? places.get(ranked.get(position - 1)).rank() : Integer.valueOf(position + 1);
            places.set(index, new Place(rank, sameAsPrevious || sameAsNext));
        }
        return places;
    }

    /** The best mark, then the other valid attempts best first (smaller is better in every key). */
    private static BigDecimal[] countback(Line line, BigDecimal best) {
        if (line.tieBreaks() != null) {
            var keys = new ArrayList<BigDecimal>();
            keys.add(best);
            keys.addAll(line.tieBreaks());
            return keys.toArray(BigDecimal[]::new);
        }
        if (line.attempts() == null || line.attempts().isEmpty()) {
            return new BigDecimal[] {best};
        }
        if (VerticalSeries.isSeries(line.attempts())) {
            return new BigDecimal[] {best, BigDecimal.valueOf(VerticalSeries.failuresAtBest(line.attempts())),
                    BigDecimal.valueOf(VerticalSeries.failures(line.attempts()))};
        }
        var rule = RankingRule.of(line.discipline(), line.resultType()).orElseThrow();
        var marks = line.attempts().stream().map(a -> RawValue.parse(a, line.resultType()))
                .flatMap(java.util.Optional::stream)
                .map(v -> rule == RankingRule.LOWER_IS_BETTER ? v : v.negate()).sorted().toList();
        var keys = new ArrayList<BigDecimal>();
        keys.add(best);
        // The best attempt is the mark itself: the countback starts with the next one.
        keys.addAll(marks.isEmpty() ? marks : marks.subList(1, marks.size()));
        return keys.toArray(BigDecimal[]::new);
    }

    /** Element by element; a series that runs out first (fewer valid attempts) is the worse. */
    private static int compare(BigDecimal[] a, BigDecimal[] b) {
        for (var i = 0; i < Math.min(a.length, b.length); i++) {
            var c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(b.length, a.length);
    }

    /** A sort key where smaller is better, or null when the line is not ranked by its value. */
    private static @Nullable BigDecimal key(Line line) {
        if (line.irm() != null && !line.irm().isBlank() && !RankingRule.irmScores(line.discipline(), line.resultType())) {
            return null;
        }
        var rule = RankingRule.of(line.discipline(), line.resultType());
        if (rule.isEmpty()) {
            return null;
        }
        var value = RawValue.parse(line.value(), line.resultType());
        if (value.isEmpty()) {
            return null;
        }
        return rule.get() == RankingRule.LOWER_IS_BETTER ? value.get() : value.get().negate();
    }
}
