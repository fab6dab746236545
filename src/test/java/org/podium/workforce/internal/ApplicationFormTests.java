package org.podium.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What the application form refuses, and what a valid application becomes. */
class ApplicationFormTests {

    private static final Set<String> AREAS = Set.of("SPECTATOR", "MEDICAL");
    private static final Set<String> VENUES = Set.of("bercy-arena");
    private static final LocalDate GAMES = LocalDate.of(2024, 7, 26);

    private static ApplicationForm form(String birth, String french, String english, String from1, String to1, String from2, String to2,
                                        List<String> skills, Boolean consent) {
        return new ApplicationForm("Dupont", "Léa", birth, "F", "FRA", "Bretagne", french, english, "es:B2", skills, from1, to1, from2, to2,
                List.of("SPECTATOR"), "bercy-arena", null, null, "M", consent);
    }

    private static List<String> keys(ApplicationForm form, List<ApplicationForm.Valid> valid) {
        return form.check(AREAS, VENUES, GAMES, valid).stream().map(ApplicationForm.Problem::key).toList();
    }

    @Test
    void aValidApplicationWithTwoWindowsCountsTheirDaysTogether() {
        var valid = new ArrayList<ApplicationForm.Valid>();
        var problems = keys(form("2000-02-29", "C2", "B1", "2024-07-20", "2024-07-25", "2024-08-01", "2024-08-06", List.of("SPECTATOR"), true), valid);
        assertThat(problems).isEmpty();
        assertThat(valid.getFirst().availableDays()).hasSize(12).startsWith(LocalDate.of(2024, 7, 20)).endsWith(LocalDate.of(2024, 8, 6));
        assertThat(valid.getFirst().languages()).containsExactly("fr:C2", "en:B1", "es:B2");
        assertThat(valid.getFirst().disability()).isFalse();
    }

    @Test
    void refusesWhatTheGamesRulesExclude() {
        var none = new ArrayList<ApplicationForm.Valid>();
        // 17 on 26 July 2024.
        assertThat(keys(form("2006-07-27", "C2", "", "2024-07-20", "2024-08-10", "", "", List.of("SPECTATOR"), true), none))
                .containsExactly("workforce.error.age");
        // Nine days.
        assertThat(keys(form("1990-01-01", "C2", "", "2024-07-20", "2024-07-28", "", "", List.of("SPECTATOR"), true), none))
                .containsExactly("workforce.error.days");
        // Missions end on 10 September.
        assertThat(keys(form("1990-01-01", "C2", "", "2024-09-01", "2024-09-20", "", "", List.of("SPECTATOR"), true), none))
                .containsExactly("workforce.error.outsideMissions");
        // Neither French nor English.
        assertThat(keys(form("1990-01-01", "", "", "2024-07-20", "2024-08-10", "", "", List.of("SPECTATOR"), true), none))
                .containsExactly("workforce.error.languages");
        assertThat(keys(form("1990-01-01", "C2", "", "2024-07-20", "2024-08-10", "", "", List.of("COOKING"), true), none))
                .containsExactly("workforce.error.skills");
        assertThat(keys(form("1990-01-01", "C2", "", "2024-07-20", "2024-08-10", "", "", List.of("SPECTATOR"), null), none))
                .containsExactly("workforce.error.consent");
        assertThat(keys(form("1990-01-01", "C2", "", "2024-08-10", "2024-07-20", "", "", List.of("SPECTATOR"), true), none))
                .containsExactly("workforce.error.window");
        assertThat(none).isEmpty();
    }
}
