package org.podium.games;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.internal.ProgrammeImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The games module on its own (with the platform and audit it depends on), on a fresh database. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = {"podium.ephemeral=true", "spring.datasource.url="})
class GamesModuleTests {

    private static final Instant MEDAL_DAY = Instant.parse("2024-08-04T18:00:00Z");

    @Autowired GamesClock clock;
    @Autowired Programme programme;
    @Autowired ProgrammeImporter importer;

    @Test
    void settingTheClockTellsTheOtherModulesAndTheAuditTrail(Scenario scenario) {
        scenario.stimulate(() -> clock.simulate(MEDAL_DAY, 60, "admin"))
                .andWaitForEventOfType(GamesClockChanged.class)
                .toArriveAndVerify(changed -> {
                    assertThat(changed.by()).isEqualTo("admin");
                    assertThat(changed.setting().speed()).isEqualTo(60);
                });
        assertThat(Duration.between(MEDAL_DAY, clock.now())).isBetween(Duration.ZERO, Duration.ofMinutes(10));
        assertThat(clock.today()).isEqualTo(java.time.LocalDate.of(2024, 8, 4));
    }

    @Test
    void theClockChangeIsAStaffActionForTheAuditTrail(Scenario scenario) {
        scenario.stimulate(() -> clock.runReal("admin"))
                .andWaitForEventOfType(StaffActionPerformed.class)
                .matching(action -> action.action().equals("games.clock.set"))
                .toArriveAndVerify(action -> assertThat(action.detail()).startsWith("REAL"));
    }

    @Test
    void aForcedImportAnnouncesTheProgramme(Scenario scenario) {
        scenario.stimulate(() -> importer.importFrom("classpath:programme/", true))
                .andWaitForEventOfType(ProgrammeImported.class)
                .toArriveAndVerify(imported -> {
                    assertThat(imported.units()).isEqualTo(3895);
                    assertThat(imported.sessions()).isEqualTo(programme.sessions(null, null).size());
                });
    }

    @Test
    void theHomePageNotionOfLiveFollowsTheClock() {
        clock.simulate(Instant.parse("2024-07-28T07:35:00Z"), 1, "admin");

        assertThat(programme.liveNow()).isNotEmpty()
                .allMatch(unit -> unit.liveAt(clock.now()));
        assertThat(programme.nextSessions(5)).isNotEmpty()
                .allMatch(session -> !session.startsAt().isBefore(clock.now().minus(Duration.ofHours(1))));
    }
}
