package org.podium.results;

import org.jspecify.annotations.Nullable;

/**
 * One competitor's line in a unit result.
 *
 * @param value      the raw value as given (a time like {@code 1:02.34}, points, a distance), or null
 * @param resultType TIME, POINTS, DISTANCE, WEIGHT, PERCENT, STROKES, SCORE... as the sport reports it
 * @param irm        invalid result mark (DNS, DNF, DSQ...), or null
 * @param wlt        W, L or T in head-to-head units, or null
 * @param rank       the rank Podium computed from the values, or null when unranked
 * @param rankEqual  true when another competitor shares this rank
 * @param feedRank   the rank the source gave, kept to compare, or null
 * @param attempts   a field event's series in order (marks, X foul, - pass), or null
 */
public record Entry(String competitorCode, String competitorName, String competitorType, String noc,
                    @Nullable String value, String resultType, @Nullable String irm, @Nullable String wlt,
                    @Nullable Integer rank, boolean rankEqual, @Nullable Integer feedRank, java.util.@Nullable List<String> attempts) {

    public Entry(String competitorCode, String competitorName, String competitorType, String noc, @Nullable String value,
                 String resultType, @Nullable String irm, @Nullable String wlt, @Nullable Integer rank, boolean rankEqual,
                 @Nullable Integer feedRank) {
        this(competitorCode, competitorName, competitorType, noc, value, resultType, irm, wlt, rank, rankEqual, feedRank, null);
    }
}
