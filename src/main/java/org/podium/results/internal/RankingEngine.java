package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Recomputes the ranks of a unit from the raw values rather than trusting a given rank. A line
 * with an invalid result mark or no readable value is unranked (and sorted after the ranked ones
 * by the caller). Equal values share a place, and the next place is skipped: two equal second
 * times give two seconds and no third.
 */
public final class RankingEngine {

    /** What the engine needs of a line. */
    public record Line(String discipline, String resultType, @Nullable String value, @Nullable String irm) {}

    /** The computed place, or null when unranked; {@code equal} when shared. */
    public record Place(@Nullable Integer rank, boolean equal) {
        static final Place UNRANKED = new Place(null, false);
    }

    private RankingEngine() {
    }

    public static List<Place> rank(List<Line> lines) {
        var keys = new BigDecimal[lines.size()];
        var ranked = new ArrayList<Integer>(lines.size());
        for (var i = 0; i < keys.length; i++) {
            keys[i] = key(lines.get(i));
            if (keys[i] != null) {
                ranked.add(i);
            }
        }
        ranked.sort((a, b) -> keys[a].compareTo(keys[b]));
        var places = new ArrayList<Place>(java.util.Collections.nCopies(keys.length, Place.UNRANKED));
        for (var position = 0; position < ranked.size(); position++) {
            var index = ranked.get(position);
            var sameAsPrevious = position > 0 && keys[ranked.get(position - 1)].compareTo(keys[index]) == 0;
            var sameAsNext = position + 1 < ranked.size() && keys[ranked.get(position + 1)].compareTo(keys[index]) == 0;
            var rank = sameAsPrevious ? places.get(ranked.get(position - 1)).rank() : Integer.valueOf(position + 1);
            places.set(index, new Place(rank, sameAsPrevious || sameAsNext));
        }
        return places;
    }

    /** A sort key where smaller is better, or null when the line is not ranked by its value. */
    private static @Nullable BigDecimal key(Line line) {
        if (line.irm() != null && !line.irm().isBlank()) {
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
