package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.accreditation.CheckpointDenied;
import org.podium.platform.events.DurableEvents;
import org.podium.soc.internal.SocTestSupport;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Podium's rules on accreditation checkpoints: one card refused again and again, or at two venues within minutes. */
@PodiumIntegrationTest
class CheckpointRulesTests {

    private static final String REPEATED = "3f5b7d9e-1a2c-4e6f-8b0d-2c4e6a8b0d42";
    private static final String TWO_VENUES = "9a2c4e6f-8b1d-4f3a-9c5e-3d5f7b9d1e53";

    @Autowired DurableEvents events;
    @Autowired SocTestSupport soc;

    @Test
    void threeRefusalsOfOneCardWithinTenMinutesRaiseAnAlertButTwoDoNot() throws Exception {
        var at = Instant.parse("2024-08-02T17:00:00Z");
        var card = UUID.randomUUID();
        var start = soc.alertsOf(REPEATED);
        events.publish(new CheckpointDenied(card, "stade-de-france", 6, "ZONE_NOT_ALLOWED", "device-1", at));
        events.publish(new CheckpointDenied(card, "stade-de-france", 6, "ZONE_NOT_ALLOWED", "device-1", at.plusSeconds(60)));
        Thread.sleep(1000); // the rules run asynchronously: give two refusals the time to (not) fire
        assertThat(soc.alertsOf(REPEATED)).as("two refusals are a mistake at a door").isEqualTo(start);
        events.publish(new CheckpointDenied(card, "stade-de-france", 5, "ZONE_NOT_ALLOWED", "device-2", at.plusSeconds(120)));
        soc.awaitAlerts(REPEATED, start + 1);
        assertThat(soc.lastEvidence(REPEATED)).contains(card.toString());
    }

    @Test
    void oneCardRefusedAtTwoVenuesWithinMinutesRaisesAnAlert() throws Exception {
        var at = Instant.parse("2024-08-03T09:00:00Z");
        var card = UUID.randomUUID();
        var before = soc.alertsOf(TWO_VENUES);
        events.publish(new CheckpointDenied(card, "stade-de-france", 1, "REVOKED", "device-3", at));
        events.publish(new CheckpointDenied(card, "bercy-arena", 1, "REVOKED", "device-4", at.plusSeconds(300)));
        soc.awaitAlerts(TWO_VENUES, before + 1);
        // The two refusals are evaluated in either order (listeners run concurrently): the evidence names the card and both hits.
        assertThat(soc.lastEvidence(TWO_VENUES)).contains(card.toString()).contains("\"hits\":2");
    }
}
