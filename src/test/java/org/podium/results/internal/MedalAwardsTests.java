package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.Medal;
import org.podium.results.Medallist;

class MedalAwardsTests {

    private static Unit unit(String code, int medal) {
        return new Unit(code, code.substring(0, 12).replace("-", ""), "event", code.substring(0, 3), "phase", "M",
                Instant.parse("2024-08-01T10:00:00Z"), null, LocalDate.of(2024, 8, 1), "FINISHED", medal, null, null, null,
                null, null);
    }

    private static Entry bout(String name, String wlt) {
        return new Entry(name, name, "Person", "FRA", null, "POINTS", null, wlt, null, false, null);
    }

    private static Entry ranked(String name, String noc, int rank) {
        return new Entry(name, name, "Person", noc, "1", "TIME", null, null, rank, false, rank);
    }

    @Test
    void givesEachBronzeBoutWinnerABronze() {
        var fin = unit("JUDM60KG--------------FNL-000100--", 1);
        var b1 = unit("JUDM60KG--------------FNLB000100--", 3);
        var b2 = unit("JUDM60KG--------------FNLB000200--", 3);
        var outcome = MedalAwards.decide("JUDM60KG", "JUD", "Men -60 kg", List.of(fin, b1, b2), List.of(fin, b1, b2), Map.of(
                fin.code(), List.of(bout("A", "W"), bout("B", "L")),
                b1.code(), List.of(bout("C", "W"), bout("D", "L")),
                b2.code(), List.of(bout("E", "L"), bout("F", "W"))));

        assertThat(outcome.medallists()).extracting(Medallist::medal, Medallist::competitorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Medal.GOLD, "A"), org.assertj.core.groups.Tuple.tuple(Medal.SILVER, "B"),
                org.assertj.core.groups.Tuple.tuple(Medal.BRONZE, "C"), org.assertj.core.groups.Tuple.tuple(Medal.BRONZE, "F"));
    }

    @Test
    void givesBothSemifinalLosersABronzeWhereThereIsNoBronzeBout() {
        var fin = unit("BOXM51KG--------------FNL-000100--", 1);
        var s1 = unit("BOXM51KG--------------SFNL000100--", 3);
        var s2 = unit("BOXM51KG--------------SFNL000200--", 3);
        var outcome = MedalAwards.decide("BOXM51KG", "BOX", "Men 51kg", List.of(fin, s1, s2), List.of(fin, s1, s2), Map.of(
                fin.code(), List.of(bout("A", "W"), bout("B", "L")),
                s1.code(), List.of(bout("A", "W"), bout("C", "L")),
                s2.code(), List.of(bout("D", "L"), bout("B", "W"))));

        assertThat(outcome.medallists()).filteredOn(m -> m.medal() == Medal.BRONZE)
                .extracting(Medallist::competitorName).containsExactly("C", "D");
    }

    @Test
    void sharesMedalsOnSharedPlaces() {
        var fin = unit("SWMM100MBR------------FNL-000100--", 1);
        var outcome = MedalAwards.decide("SWMM100MBR", "SWM", "Men's 100m Breaststroke", List.of(fin), List.of(fin), Map.of(
                fin.code(), List.of(ranked("A", "ITA", 1), ranked("B", "GBR", 2), ranked("C", "USA", 2), ranked("D", "FRA", 4))));

        assertThat(outcome.medallists()).extracting(Medallist::medal)
                .containsExactly(Medal.GOLD, Medal.SILVER, Medal.SILVER);
    }

    @Test
    void awardsNothingForAMissingResultAndSaysWhichUnitLacksIt() {
        var pentathlon = unit("MPNMINDIVID-----------FNL-000100--", 1);
        var swim = unit("SWMW200MFR------------FNL-000100--", 1);

        // Not decided by the event's name: the final it lacks is named.
        assertThat(MedalAwards.decide("MPNMINDIVID", "MPN", "Men's Individual", List.of(pentathlon), List.of(pentathlon), Map.of())
                .incompleteBecause()).isEqualTo("no result for MPNMINDIVID-----------FNL-000100--");
        assertThat(MedalAwards.decide("SWMW200MFR", "SWM", "Women's 200m Freestyle", List.of(swim), List.of(swim), Map.of())
                .incompleteBecause()).contains("no result");
    }

    private static Entry penalties(String name, String noc, int rank, boolean equal) {
        return new Entry(name, name, "Person", noc, "0", "POINTS", null, null, rank, equal, rank);
    }

    @Test
    void showJumpingRidersLevelForAMedalAreNotGivenSharedMedalsWithoutTheJumpOff() {
        var fin = unit("EQUOJUMPINDV----------FNL-000100--", 1);
        var finalResult = List.of(penalties("GUERDAT", "SUI", 1, true), penalties("VLEUTEN", "NED", 1, true),
                penalties("KUKUK", "GER", 1, true), penalties("EPAILLARD", "FRA", 4, false));

        var outcome = MedalAwards.decide("EQUOJUMPINDV", "EQU", "Jumping Individual", List.of(fin), List.of(fin),
                Map.of(fin.code(), finalResult));

        assertThat(outcome.medallists()).isEmpty();
        assertThat(outcome.incompleteBecause()).contains("jump-off");
    }

    @Test
    void theJumpOffPutsTheRidersLevelOnPenaltiesInOrder() {
        var fin = unit("EQUOJUMPINDV----------FNL-000100--", 1);
        var jumpOff = unit("EQUOJUMPINDV----------JOFF000100--", 0);
        var outcome = MedalAwards.decide("EQUOJUMPINDV", "EQU", "Jumping Individual", List.of(fin), List.of(fin, jumpOff), Map.of(
                fin.code(), List.of(penalties("GUERDAT", "SUI", 1, true), penalties("VLEUTEN", "NED", 1, true),
                        penalties("KUKUK", "GER", 1, true), penalties("EPAILLARD", "FRA", 4, false)),
                jumpOff.code(), List.of(penalties("KUKUK", "GER", 1, false), penalties("GUERDAT", "SUI", 2, false),
                        penalties("VLEUTEN", "NED", 3, false))));

        assertThat(outcome.medallists()).extracting(m -> m.medal() + " " + m.competitorName())
                .containsExactly("GOLD KUKUK", "SILVER GUERDAT", "BRONZE VLEUTEN");
    }

    @Test
    void showJumpingWithoutATieForAMedalNeedsNoJumpOff() {
        var fin = unit("EQUOJUMPTEAM----------FNL-000100--", 1);
        var outcome = MedalAwards.decide("EQUOJUMPTEAM", "EQU", "Jumping Team", List.of(fin), List.of(fin), Map.of(
                fin.code(), List.of(penalties("GBR", "GBR", 1, false), penalties("USA", "USA", 2, false),
                        penalties("FRA", "FRA", 3, false), penalties("NED", "NED", 5, false))));

        assertThat(outcome.medallists()).extracting(m -> m.medal() + " " + m.noc()).containsExactly("GOLD GBR", "SILVER USA", "BRONZE FRA");
    }

    @Test
    void aLiveTieOnAMedalPlaceWaitsForItsTieBreakInsteadOfSharingTheMedal() {
        var fin = unit("SWMM100MFR------------FNL-000100--", 1);
        // Live input: values, no official ranks; two swimmers level for silver.
        var outcome = MedalAwards.decide("SWMM100MFR", "SWM", "Men's 100m Freestyle", List.of(fin), List.of(fin), Map.of(
                fin.code(), List.of(live("A", 1, false), live("B", 2, true), live("C", 2, true), live("D", 4, false))));

        assertThat(outcome.medallists()).isEmpty();
        assertThat(outcome.incompleteBecause()).startsWith(MedalAwards.AWAITING_TIE_BREAK).contains("B (47.80), C (47.80)")
                .contains("place 2");
    }

    private static Entry live(String name, int rank, boolean equal) {
        return new Entry(name, name, "Person", "FRA", equal ? "47.80" : "47." + (70 + rank), "TIME", null, null, rank, equal, null);
    }
}
