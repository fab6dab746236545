package org.podium.games.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.games.Programme;
import org.podium.games.ProgrammeRejected;
import org.podium.games.UnitQuery;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@PodiumIntegrationTest
class ProgrammeImportIntegrationTests {

    @Autowired ProgrammeImporter importer;
    @Autowired ProgrammeQueries queries;
    @Autowired Programme programme;
    @Autowired JdbcClient jdbc;

    @Test
    void loadsTheWholeParis2024Programme() {
        var outcome = importer.importFrom("classpath:programme/", true);

        assertThat(outcome.medalEvents()).isEqualTo(329);
        assertThat(outcome.units()).isEqualTo(3895);
        assertThat(outcome.venues()).isEqualTo(35);
        assertThat(jdbc.sql("select count(*) from games.event where medal").query(Long.class).single()).isEqualTo(329);
        assertThat(queries.count("unit")).isEqualTo(3895);
        assertThat(queries.count("venue")).isEqualTo(35);
        assertThat(queries.count("session")).isEqualTo(outcome.sessions()).isBetween(700L, 760L);
    }

    @Test
    void givesEveryUnitItsOwnThirtyFourCharacterCode() {
        var codes = jdbc.sql("select code from games.unit").query(String.class).list();

        assertThat(codes).hasSize(3895).doesNotHaveDuplicates()
                .allMatch(c -> Pattern.matches("[A-Z0-9+\\-]{34}", c));
        assertThat(codes).contains("SWMM100MBA------------HEAT000100--", "WREMFS57KG------------REPF000100--");
    }

    @Test
    void keepsUnknownCapacitiesUnknown() {
        assertThat(programme.venue("la-concorde").capacity()).isNull();
        assertThat(programme.venue("teahupo-o-tahiti").capacity()).isNull();
        assertThat(programme.venue("stade-de-france").capacity()).isEqualTo(77083);
        assertThat(programme.venue("south-paris-arena").capacity()).isEqualTo(12000 + 6650 + 7800);
    }

    @Test
    void importingTheSameFilesTwiceChangesNothing() {
        var before = snapshot();

        var again = importer.importFrom("classpath:programme/", false);
        var forced = importer.importFrom("classpath:programme/", true);

        assertThat(again.changed()).isFalse();
        assertThat(forced.changed()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusesABrokenFileNamingItsLineAndWritesNothing(@TempDir Path dir) throws IOException {
        // Line 2 is changed in a way that would be written, line 11 is broken: neither may land.
        scheduleWith(dir, lines -> {
            lines.set(1, lines.get(1).replace("Geoffroy-Guichard Stadium, Saint-Etienne", "Changed location"));
            lines.set(10, lines.get(10).replaceFirst("^[^,]+,", "not-a-date,"));
        });
        var before = snapshot();

        assertThatThrownBy(() -> importer.importFrom(dir.toUri().toString(), true))
                .isInstanceOfSatisfying(ProgrammeRejected.class, e -> {
                    assertThat(e.file()).isEqualTo("schedules.csv");
                    assertThat(e.line()).isEqualTo(11);
                    assertThat(e.reason()).contains("start_date 'not-a-date'");
                });
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from games.unit where location_name = 'Changed location'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesAScheduleRowAtAnUnknownVenue(@TempDir Path dir) throws IOException {
        scheduleWith(dir, lines -> lines.set(4, lines.get(4).replace(",STA,", ",XYZ,")));

        assertThatThrownBy(() -> importer.importFrom(dir.toUri().toString(), true))
                .isInstanceOf(ProgrammeRejected.class)
                .hasMessage("schedules.csv, line 5: unknown venue_code 'XYZ'");
    }

    @Test
    void filtersTheScheduleByDaySportAndVenue() {
        var swimmingOnTheTwentyEighth = programme.allUnits(
                new UnitQuery(java.time.LocalDate.of(2024, 7, 28), "SWM", null, null, false));

        assertThat(swimmingOnTheTwentyEighth).isNotEmpty()
                .allMatch(u -> u.disciplineCode().equals("SWM") && u.day().toString().equals("2024-07-28"))
                .allMatch(u -> "paris-la-defense-arena".equals(u.venueTag()));
        assertThat(swimmingOnTheTwentyEighth).extracting(u -> u.name())
                .contains("Men's 100m Backstroke - Heats");
    }

    private String snapshot() {
        return jdbc.sql("""
                select md5(string_agg(code || starts_at || coalesce(location_name, '') || coalesce(session_code, ''), ',' order by code))
                from games.unit""").query(String.class).single()
                + queries.count("session") + queries.count("event") + queries.count("site");
    }

    /** A copy of the programme in {@code dir} whose schedule lines the caller edits. */
    private static void scheduleWith(Path dir, java.util.function.Consumer<java.util.List<String>> edit) throws IOException {
        copyProgrammeTo(dir);
        var schedule = dir.resolve("schedules.csv");
        var lines = new java.util.ArrayList<>(Files.readAllLines(schedule));
        edit.accept(lines);
        Files.write(schedule, lines);
    }

    private static void copyProgrammeTo(Path dir) throws IOException {
        for (var name : ProgrammeFiles.FILES) {
            try (var in = new ClassPathResource("programme/" + name).getInputStream()) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }
}
