package org.podium.results.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.results.ResultMessage.Performance;

/**
 * Scores computed from the judges' marks rather than trusted, with the marks each sport drops.
 * <ul>
 * <li>Diving: each dive's 7 awards (or 5), 0 to 10 in half points; the 2 highest and 2 lowest
 * (1 and 1 of 5) are dropped and the 3 kept are summed and multiplied by the dive's degree of
 * difficulty; the total is the sum of the dives. Equal totals share the place.</li>
 * <li>Artistic gymnastics: each routine's D score, its E judges' deductions (4 to 7; the highest
 * and lowest dropped, the rest averaged; E = 10 minus that average, to three decimals, truncated),
 * and its neutral penalty: D + E - penalty. Two vaults (the vault final) score their average.
 * Level totals go to the higher E score, then the higher D score (FIG).</li>
 * </ul>
 * Each performance is kept as a token for the unit's record and the commentator view:
 * {@code 3.6:8.5/8.0/9.0/8.5/8.0/9.0/8.5} (a dive), {@code D5.9:0.5/0.4/0.6/0.3/0.5:P0.1} (a routine).
 */
final class JudgedScore {

    /** The total, the keys that break a level total (smaller is better), and the performances as tokens. */
    record Judged(BigDecimal total, List<BigDecimal> tieBreaks, List<String> tokens) {
    }

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private JudgedScore() {
    }

    static boolean applies(String discipline) {
        return "DIV".equals(discipline) || "GAR".equals(discipline);
    }

    /** @throws IllegalArgumentException naming the performance and what is wrong with it */
    static Judged score(String discipline, List<Performance> performances) {
        if (performances.isEmpty() || performances.size() > 6) {
            throw new IllegalArgumentException("judging lists 1 to 6 performances");
        }
        return "DIV".equals(discipline) ? diving(performances) : gymnastics(performances);
    }

    private static Judged diving(List<Performance> dives) {
        var total = BigDecimal.ZERO;
        var tokens = new ArrayList<String>();
        for (var k = 0; k < dives.size(); k++) {
            var dive = dives.get(k);
            var difficulty = number(dive.difficulty(), k, "difficulty");
            if (difficulty.signum() <= 0 || difficulty.compareTo(new BigDecimal("5")) > 0 || difficulty.stripTrailingZeros().scale() > 1) {
                throw new IllegalArgumentException("[" + k + "].difficulty: a degree of difficulty is above 0, at most 5, in tenths");
            }
            var awards = marks(dive.marks(), k);
            if (awards.size() != 7 && awards.size() != 5) {
                throw new IllegalArgumentException("[" + k + "].marks: a dive has 7 or 5 awards, not " + awards.size());
            }
            for (var award : awards) {
                if (award.signum() < 0 || award.compareTo(TEN) > 0 || award.remainder(HALF).signum() != 0) {
                    throw new IllegalArgumentException("[" + k + "].marks: an award is 0 to 10 in half points: " + award.toPlainString());
                }
            }
            var dropped = awards.size() == 7 ? 2 : 1;
            var kept = awards.stream().sorted().toList().subList(dropped, awards.size() - dropped);
            total = total.add(kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add).multiply(difficulty));
            tokens.add(difficulty.toPlainString() + ":" + join(awards));
        }
        return new Judged(total.setScale(2, RoundingMode.UNNECESSARY), List.of(), tokens);
    }

    private static Judged gymnastics(List<Performance> routines) {
        if (routines.size() > 2) {
            throw new IllegalArgumentException("an artistic gymnastics line has one routine, or two vaults");
        }
        var total = BigDecimal.ZERO;
        var execution = BigDecimal.ZERO;
        var difficultyTotal = BigDecimal.ZERO;
        var tokens = new ArrayList<String>();
        for (var k = 0; k < routines.size(); k++) {
            var routine = routines.get(k);
            var difficulty = number(routine.difficulty(), k, "difficulty");
            if (difficulty.signum() < 0 || difficulty.compareTo(new BigDecimal("10")) > 0) {
                throw new IllegalArgumentException("[" + k + "].difficulty: a D score is 0 to 10");
            }
            var deductions = marks(routine.marks(), k);
            if (deductions.size() < 4 || deductions.size() > 7) {
                throw new IllegalArgumentException("[" + k + "].marks: a routine has 4 to 7 E judges' deductions, not " + deductions.size());
            }
            for (var deduction : deductions) {
                if (deduction.signum() < 0 || deduction.compareTo(TEN) > 0) {
                    throw new IllegalArgumentException("[" + k + "].marks: a deduction is 0 to 10: " + deduction.toPlainString());
                }
            }
            var penalty = routine.penalty() == null ? BigDecimal.ZERO : number(routine.penalty(), k, "penalty");
            if (penalty.signum() < 0) {
                throw new IllegalArgumentException("[" + k + "].penalty: a penalty is not negative");
            }
            var kept = deductions.stream().sorted().toList().subList(1, deductions.size() - 1);
            var average = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(kept.size()), 3, RoundingMode.DOWN);
            var e = TEN.subtract(average);
            total = total.add(difficulty.add(e).subtract(penalty));
            execution = execution.add(e);
            difficultyTotal = difficultyTotal.add(difficulty);
            tokens.add("D" + difficulty.toPlainString() + ":" + join(deductions)
                    + (penalty.signum() == 0 ? "" : ":P" + penalty.toPlainString()));
        }
        var count = BigDecimal.valueOf(routines.size());
        var score = total.divide(count, 3, RoundingMode.DOWN);
        return new Judged(score, List.of(execution.negate(), difficultyTotal.negate()), tokens);
    }

    private static BigDecimal number(@Nullable String text, int k, String field) {
        var value = text == null ? java.util.Optional.<BigDecimal>empty() : RawValue.parse(text, "POINTS");
        return value.orElseThrow(() -> new IllegalArgumentException("[" + k + "]." + field + ": a number is required, not " + text));
    }

    private static List<BigDecimal> marks(@Nullable List<String> marks, int k) {
        if (marks == null) {
            throw new IllegalArgumentException("[" + k + "].marks: the judges' marks are required");
        }
        var values = new ArrayList<BigDecimal>();
        for (var mark : marks) {
            values.add(number(mark, k, "marks"));
        }
        return values;
    }

    private static String join(List<BigDecimal> marks) {
        return String.join("/", marks.stream().map(BigDecimal::toPlainString).toList());
    }
}
