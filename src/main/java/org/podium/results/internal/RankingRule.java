package org.podium.results.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Which way a value ranks, per discipline and result type: times and strokes ascending, points,
 * distances, weights and percentages descending, except where points are penalties (sailing net
 * points, equestrian jumping and eventing; sailing's IRM points too). Types that are not a value (SETS, SCORE, IRM, FAULT,
 * NO_SCORE) are not ranked by value: head-to-head units are decided by W/L, not by rank.
 */
public enum RankingRule {
    LOWER_IS_BETTER, HIGHER_IS_BETTER;

    private static final Set<String> PENALTY_POINTS = Set.of("SAL", "EQU");

    public static Optional<RankingRule> of(String discipline, String resultType) {
        return switch (resultType) {
            case "TIME", "STROKES" -> Optional.of(LOWER_IS_BETTER);
            case "POINTS" -> Optional.of(PENALTY_POINTS.contains(discipline) ? LOWER_IS_BETTER : HIGHER_IS_BETTER);
            case "DISTANCE", "WEIGHT", "PERCENT" -> Optional.of(HIGHER_IS_BETTER);
            case "IRM_POINTS" -> irmScores(discipline, resultType) ? Optional.of(LOWER_IS_BETTER) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Whether a line with an IRM still ranks by its value: in sailing a DNF, BFD, OCS or redress
     * (DPI, SCP) scores points and takes its place in the race like any other score.
     */
    public static boolean irmScores(String discipline, String resultType) {
        return "SAL".equals(discipline) && "IRM_POINTS".equals(resultType);
    }
}
