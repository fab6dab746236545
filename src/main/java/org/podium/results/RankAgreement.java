package org.podium.results;

import java.util.List;

/**
 * How the ranks Podium computed compare with the ranks a feed gave, for one discipline.
 *
 * @param compared      lines that had both a feed rank and a computed rank
 * @param agreeing      of those, lines where both are equal
 * @param tieBroken     disagreements where the competitor's value equals another's: the feed broke
 *                      the tie with something it does not carry (1/1000 s, countback, photo finish)
 */
public record RankAgreement(String discipline, int compared, int agreeing, int tieBroken, List<Disagreement> disagreements) {

    /** One line where the computed rank differs from the feed's. */
    public record Disagreement(String unitCode, String competitor, String value, int feedRank, int computedRank,
                               boolean tieOnValue) {}

    public double agreementPercent() {
        return compared == 0 ? 100 : 100.0 * agreeing / compared;
    }
}
