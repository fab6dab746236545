package org.podium.results;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a venue's results operator sends for a unit: a status and the lines at this moment.
 * A START_LIST names the competitors (with name and NOC); later messages may only name them.
 *
 * @param correction why, when the message changes an OFFICIAL result or moves the status back
 */
public record ResultMessage(ResultStatus status, List<Line> entries, @Nullable String correction) {

    /**
     * One competitor's line as sent; {@code attempts}: a field event's series (marks, X foul, - pass), in order;
     * {@code judging}: the judged performances (dives, a routine, two vaults) the score is computed from;
     * {@code rank}: the official rank when the timing or the officials give one (a photo finish, a
     * countback the values do not carry); it must agree with the values and only orders those level on them.
     */
    public record Line(String competitorCode, @Nullable String competitorName, @Nullable String competitorType,
                       @Nullable String noc, @Nullable String value, @Nullable String resultType, @Nullable String irm,
                       @Nullable String wlt, @Nullable List<String> attempts, @Nullable List<Performance> judging,
                       @Nullable Integer rank) {

        public Line(String competitorCode, @Nullable String competitorName, @Nullable String competitorType, @Nullable String noc,
                    @Nullable String value, @Nullable String resultType, @Nullable String irm, @Nullable String wlt,
                    @Nullable List<String> attempts, @Nullable List<Performance> judging) {
            this(competitorCode, competitorName, competitorType, noc, value, resultType, irm, wlt, attempts, judging, null);
        }

        public Line(String competitorCode, @Nullable String competitorName, @Nullable String competitorType, @Nullable String noc,
                    @Nullable String value, @Nullable String resultType, @Nullable String irm, @Nullable String wlt) {
            this(competitorCode, competitorName, competitorType, noc, value, resultType, irm, wlt, null, null);
        }

        public Line(String competitorCode, @Nullable String competitorName, @Nullable String competitorType, @Nullable String noc,
                    @Nullable String value, @Nullable String resultType, @Nullable String irm, @Nullable String wlt,
                    @Nullable List<String> attempts) {
            this(competitorCode, competitorName, competitorType, noc, value, resultType, irm, wlt, attempts, null);
        }
    }

    /**
     * A judged performance: a dive (degree of difficulty and the judges' awards), or an artistic
     * gymnastics routine or vault (D score, the E judges' deductions and a neutral penalty).
     */
    public record Performance(@Nullable String difficulty, @Nullable List<String> marks, @Nullable String penalty) {
    }
}
