package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upgrade passes open extra zones at one venue on one day, and only with their card active; day
 * passes let a named guest in on their day; a revoked pass is refused.
 */
@PodiumIntegrationTest
class PassTests {

    private static final LocalDate FINAL_DAY = LocalDate.of(2024, 8, 2);
    private static final Instant DURING = Instant.parse("2024-08-02T17:00:00Z");

    @Autowired AccreditationTestSupport accreditation;
    @Autowired Passes passes;
    @Autowired Cards cards;
    @Autowired RevocationList revocations;

    @Test
    void anUpgradeOpensItsZonesAtItsVenueOnItsDayWhileTheCardIsActive() {
        var card = accreditation.activeCard("SWE", "Ao", "LINDQVIST");
        assertThat(revocations.checkpoint().decide(card.qr(), "stade-de-france", 6, DURING).refusal())
                .isEqualTo(Checkpoint.Refusal.ZONE_NOT_ALLOWED);
        var pass = passes.upgrade(card.request(), "stade-de-france", "6, 7", FINAL_DAY, "centre");
        assertThat(pass.zones()).isEqualTo("6 7");
        var checkpoint = revocations.checkpoint();
        assertThat(checkpoint.decide(pass.qr(), "stade-de-france", 6, DURING).admitted()).isTrue();
        assertThat(checkpoint.decide(pass.qr(), "stade-de-france", 6, Instant.parse("2024-08-03T08:00:00Z")).refusal())
                .as("the next day").isEqualTo(Checkpoint.Refusal.EXPIRED);
        assertThat(checkpoint.decide(pass.qr(), "stade-de-france", 6, Instant.parse("2024-08-01T20:00:00Z")).refusal())
                .as("the day before").isEqualTo(Checkpoint.Refusal.NOT_YET_VALID);
        assertThat(checkpoint.decide(pass.qr(), "bercy-arena", 6, DURING).refusal()).isEqualTo(Checkpoint.Refusal.VENUE_NOT_ALLOWED);
        assertThat(checkpoint.decide(pass.qr(), "stade-de-france", 5, DURING).refusal()).isEqualTo(Checkpoint.Refusal.ZONE_NOT_ALLOWED);

        cards.suspend(card.request(), "inquiry", "centre");
        assertThat(revocations.checkpoint().decide(pass.qr(), "stade-de-france", 6, DURING).refusal()).as("its card suspended")
                .isEqualTo(Checkpoint.Refusal.REVOKED);
        assertThatThrownBy(() -> passes.upgrade(card.request(), "stade-de-france", "6", FINAL_DAY, "centre"))
                .isInstanceOf(Passes.PassRefused.class).hasMessageContaining("SUSPENDED");
        cards.reinstate(card.request(), "centre");
        assertThat(revocations.checkpoint().decide(pass.qr(), "stade-de-france", 6, DURING).admitted()).isTrue();
        passes.revoke(pass.id(), "centre");
        assertThat(revocations.checkpoint().decide(pass.qr(), "stade-de-france", 6, DURING).refusal()).isEqualTo(Checkpoint.Refusal.REVOKED);
        assertThat(revocations.checkpoint().decide(card.qr(), "stade-de-france", 1, DURING).admitted()).as("the card itself").isTrue();
    }

    @Test
    void aDayPassLetsItsGuestInOnItsDayOnly() {
        var pass = passes.day("Jane Guest", "PARTNERS", "stade-de-france", "6", FINAL_DAY, "centre");
        var checkpoint = revocations.checkpoint();
        assertThat(checkpoint.decide(pass.qr(), "stade-de-france", 6, DURING).admitted()).isTrue();
        assertThat(checkpoint.decide(pass.qr(), "stade-de-france", 1, DURING).refusal()).isEqualTo(Checkpoint.Refusal.ZONE_NOT_ALLOWED);
        assertThat(CardCredential.read(pass.qr()).orElseThrow().credential().category()).isEqualTo(Passes.DAY);
        assertThatThrownBy(() -> passes.day("Jane Guest", "PARTNERS", "stade-de-france", "0", FINAL_DAY, "centre"))
                .isInstanceOf(Passes.PassRefused.class);
        assertThatThrownBy(() -> passes.day("Jane Guest", "PARTNERS", "nowhere", "6", FINAL_DAY, "centre"))
                .isInstanceOf(Passes.PassRefused.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> passes.day("Jane Guest", "PARTNERS", "stade-de-france", "6", LocalDate.of(2025, 1, 1), "centre"))
                .isInstanceOf(Passes.PassRefused.class);
    }
}
