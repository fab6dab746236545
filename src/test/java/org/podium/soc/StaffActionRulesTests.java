package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.podium.audit.StaffActionPerformed;
import org.podium.soc.internal.SocTestSupport;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.podium.platform.events.DurableEvents;

/** Podium's rules on the audit trail: ADMIN granted at night, corrections of official results. */
@PodiumIntegrationTest
class StaffActionRulesTests {

    @Autowired DurableEvents events; // published in a transaction, as the modules do
    @Autowired SocTestSupport soc;

    @Test
    void anAdministratorRoleGrantedOnASaturdayNightRaisesAnAlertButNotOnATuesdayMorning() throws Exception {
        var night = OffsetDateTime.parse("2024-07-27T23:30:00+02:00").toInstant();
        var morning = OffsetDateTime.parse("2024-07-30T10:00:00+02:00").toInstant();
        var before = soc.alertsOf("7a1b3c5d-9e2f-4a6b-8c1d-3e5f7a9b1c44");
        events.publish(new StaffActionPerformed("admin", "accounts.staff.set", "eve", "roles ADMIN,SOC_ANALYST", morning));
        events.publish(new StaffActionPerformed("admin", "accounts.staff.set", "mallory", "roles ADMIN", night));
        soc.awaitAlerts("7a1b3c5d-9e2f-4a6b-8c1d-3e5f7a9b1c44", before + 1);
        assertThat(soc.alertsOf("7a1b3c5d-9e2f-4a6b-8c1d-3e5f7a9b1c44")).isEqualTo(before + 1);
        assertThat(soc.lastEvidence("7a1b3c5d-9e2f-4a6b-8c1d-3e5f7a9b1c44")).contains("mallory").doesNotContain("\"eve\"");
    }

    @Test
    void threeCorrectionsOfOfficialResultsByOneOperatorWithinAnHourOpenAnIncident() throws Exception {
        var at = OffsetDateTime.parse("2024-08-02T21:00:00+02:00").toInstant();
        for (var i = 0; i < 3; i++) {
            events.publish(new StaffActionPerformed("op-" + at.getEpochSecond(), "results.correction", "ATHM100M-unit-" + i,
                    "OFFICIAL -> OFFICIAL: timing fix", at.plusSeconds(60L * i)));
        }
        soc.awaitAlerts("3e5f7a9b-2c4d-4e6f-8a1b-4c6d8e0f2a66", 1);
        assertThat(soc.alertsOf("9c2d4e6f-1a3b-4c5d-9e7f-2b4c6d8e0f55")).isPositive();
        assertThat(soc.alertsOf("3e5f7a9b-2c4d-4e6f-8a1b-4c6d8e0f2a66")).isEqualTo(1);
    }
}
