package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.Medallist;

class EventingTests {

    private static Unit unit(String event, String phaseAndUnit, int medal) {
        return new Unit(event + "-".repeat(22 - event.length()) + phaseAndUnit, event, "Eventing", "EQU", "phase", "O",
                Instant.parse("2024-07-29T10:00:00Z"), null, LocalDate.of(2024, 7, 29), "FINISHED", medal, null, null, null, null, null);
    }

    private static Entry rider(String code, String noc, String penalties) {
        return new Entry(code, code, "Person", noc, penalties, "POINTS", null, null, null, false, null);
    }

    private static final Unit DRESSAGE = unit("EQUOEVENINDV", "DRSS000100--", 0);
    private static final Unit CROSS_COUNTRY = unit("EQUOEVENINDV", "XC--000100--", 0);
    private static final Unit QUALIFIER = unit("EQUOEVENINDV", "JUMP000100--", 0);
    private static final Unit FINAL = unit("EQUOEVENINDV", "JUMP000200--", 1);

    @Test
    void anIndividualStandingAddsTheFourTestsAndLevelRidersGoToTheBetterCrossCountry() {
        var results = Map.of(
                DRESSAGE.code(), List.of(rider("A", "GER", "20.0"), rider("B", "AUS", "21.0"), rider("C", "GBR", "22.0"),
                        rider("D", "FRA", "19.0"), rider("E", "NZL", "30.0")),
                CROSS_COUNTRY.code(), List.of(rider("A", "GER", "2.0"), rider("B", "AUS", "0.0"), rider("C", "GBR", "0.0"),
                        rider("D", "FRA", "11.0"), rider("E", "NZL", "0.0")),
                QUALIFIER.code(), List.of(rider("A", "GER", "0.0"), rider("B", "AUS", "1.0"), rider("C", "GBR", "0.0"),
                        rider("D", "FRA", "0.0"), rider("E", "NZL", "0.0")),
                FINAL.code(), List.of(rider("A", "GER", "0.0"), rider("B", "AUS", "0.0"), rider("C", "GBR", "1.0"), rider("D", "FRA", "0.0")));

        var outcome = Eventing.individual("EQUOEVENINDV", List.of(DRESSAGE, CROSS_COUNTRY, QUALIFIER, FINAL), results);

        // A 22.0, B 22.0 (better cross-country: ahead), C 23.0, D 30.0; E did not reach the final.
        assertThat(outcome.medallists()).extracting(m -> m.medal() + " " + m.competitorName())
                .containsExactly("GOLD B", "SILVER A", "BRONZE C");
        assertThat(outcome.medallists()).extracting(Medallist::unitCode).containsOnly(FINAL.code());
    }

    @Test
    void anIndividualEventWaitsForItsFinal() {
        var outcome = Eventing.individual("EQUOEVENINDV", List.of(DRESSAGE, QUALIFIER, FINAL),
                Map.of(DRESSAGE.code(), List.of(rider("A", "GER", "20.0")), QUALIFIER.code(), List.of(rider("A", "GER", "0.0"))));

        assertThat(outcome.complete()).isFalse();
    }

    @Test
    void aTeamPaysTwentyPenaltiesForEachRiderSubstitutedBeforeTheJumping() {
        var individual = Map.of(
                DRESSAGE.code(), List.of(rider("J1", "JPN", "25"), rider("J2", "JPN", "27"), rider("J3", "JPN", "34"),
                        rider("F1", "FRA", "26"), rider("F2", "FRA", "27"), rider("F3", "FRA", "28")),
                QUALIFIER.code(), List.of(rider("J1", "JPN", "0"), rider("J2", "JPN", "0"), rider("J4", "JPN", "1.6"),
                        rider("F1", "FRA", "4"), rider("F2", "FRA", "8"), rider("F3", "FRA", "4")));
        var teamDressage = unit("EQUOEVENTEAM", "DRSS000100--", 0);
        var teamJumping = unit("EQUOEVENTEAM", "JUMP000100--", 1);
        var team = Map.of(
                teamDressage.code(), List.of(rider("JPN01", "JPN", "86"), rider("FRA01", "FRA", "81"), rider("GBR01", "GBR", "80")),
                teamJumping.code(), List.of(rider("JPN01", "JPN", "1.6"), rider("FRA01", "FRA", "16"), rider("GBR01", "GBR", "12")));

        assertThat(Eventing.substitutions(individual)).isEqualTo(Map.of("JPN", 1));
        var outcome = Eventing.team("EQUOEVENTEAM", teamJumping, List.of(teamDressage, teamJumping), team, individual);

        // JPN 87.6 + 20 = 107.6 behind FRA 97 and GBR 92.
        assertThat(outcome.medallists()).extracting(m -> m.medal() + " " + m.noc()).containsExactly("GOLD GBR", "SILVER FRA", "BRONZE JPN");
    }
}
