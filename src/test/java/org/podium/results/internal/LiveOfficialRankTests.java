package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.ResultMessage;
import org.podium.results.ResultRefused;
import org.podium.results.ResultStatus;

/**
 * A live message may carry the official ranks (the timing's photo finish, the officials' dead heat):
 * they order those the values leave level, and a rank that contradicts the values is refused.
 * Values and ranks are the real Paris 2024 finals of the feed.
 */
class LiveOfficialRankTests {

    private static Unit unit(String code, String discipline) {
        return new Unit(code, code.substring(0, 22).replace("-", ""), "event", discipline, "Final", "M",
                Instant.parse("2024-08-04T19:50:00Z"), null, LocalDate.of(2024, 8, 4), "RUNNING", 1, null, null, null, null, null);
    }

    private static final Unit MEN_100M = unit("ATHM100M--------------FNL-000100--", "ATH");
    private static final Unit MEN_100M_BREASTSTROKE = unit("SWMM100MBR------------FNL-000100--", "SWM");

    private static ResultMessage.Line line(String code, String value, Integer rank) {
        return new ResultMessage.Line(code, code, "Person", "FRA", value, "TIME", null, null, null, null, rank);
    }

    private static List<Entry> entries(Unit unit, ResultMessage.Line... lines) {
        return LiveResults.entries(unit, new ResultMessage(ResultStatus.OFFICIAL, List.of(lines), null), null);
    }

    private static List<String> places(List<Entry> entries) {
        return entries.stream().map(e -> e.competitorCode() + " " + e.rank() + (e.rankEqual() ? "=" : "")).toList();
    }

    @Test
    void thePhotoFinishRankSeparatesTwoEqualTimes() {
        // Lyles 9.784, Thompson 9.789: both 9.79 in hundredths, gold and silver by the photo finish.
        var entries = entries(MEN_100M, line("LYLES", "9.79", 1), line("THOMPSON", "9.79", 2), line("KERLEY", "9.81", 3),
                line("SIMBINE", "9.82", 4));

        assertThat(places(entries)).containsExactly("LYLES 1", "THOMPSON 2", "KERLEY 3", "SIMBINE 4");
        assertThat(MedalAwards.awaitingTieBreak(entries)).isNull();
    }

    @Test
    void anOfficialDeadHeatSharesThePlace() {
        // Peaty and Fink: 59.05 each, both ranked 2 by the officials: two silvers, no bronze.
        var entries = entries(MEN_100M_BREASTSTROKE, line("MARTINENGHI", "59.03", 1), line("PEATY", "59.05", 2),
                line("FINK", "59.05", 2), line("IMOUDU", "59.11", 4));

        assertThat(places(entries)).containsExactly("MARTINENGHI 1", "PEATY 2=", "FINK 2=", "IMOUDU 4");
        assertThat(MedalAwards.awaitingTieBreak(entries)).isNull();
    }

    @Test
    void withoutOfficialRanksTheTieWaitsForItsTieBreak() {
        var entries = entries(MEN_100M, line("LYLES", "9.79", null), line("THOMPSON", "9.79", null), line("KERLEY", "9.81", null));

        assertThat(places(entries)).containsExactly("LYLES 1=", "THOMPSON 1=", "KERLEY 3");
        assertThat(MedalAwards.awaitingTieBreak(entries)).startsWith(MedalAwards.AWAITING_TIE_BREAK).contains("place 1");
    }

    @Test
    void aSlowerTimeRankedAheadIsRefusedWithTheField() {
        assertThatThrownBy(() -> entries(MEN_100M, line("LYLES", "9.79", 2), line("THOMPSON", "9.79", 1), line("KERLEY", "9.81", 1),
                line("SIMBINE", "9.82", 4)))
                .isInstanceOf(ResultRefused.class)
                .hasMessageContaining("rank 1 contradicts the value 9.81: the values place it 3")
                .extracting(e -> ((ResultRefused) e).field()).isEqualTo("entries[2].rank");
    }

    @Test
    void aTieRankedForOneOfThoseLevelOnlyIsRefused() {
        assertThatThrownBy(() -> entries(MEN_100M, line("LYLES", "9.79", 1), line("THOMPSON", "9.79", null)))
                .isInstanceOf(ResultRefused.class)
                .extracting(e -> ((ResultRefused) e).field()).isEqualTo("entries[1].rank");
    }

    @Test
    void aRankThatSkipsAPlaceInsideATieIsRefused() {
        // Two level on 59.05 for place 2 ranked 3 and 3: the first of them is second, not third.
        assertThatThrownBy(() -> entries(MEN_100M_BREASTSTROKE, line("MARTINENGHI", "59.03", 1), line("PEATY", "59.05", 3),
                line("FINK", "59.05", 3)))
                .isInstanceOf(ResultRefused.class).hasMessageContaining("skips a place");
    }
}
