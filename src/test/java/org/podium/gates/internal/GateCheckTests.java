package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Every reason a gate answers red, each on its own, and the green path. */
class GateCheckTests {

    private final TestTickets tickets = new TestTickets();
    private final UUID ticket = UUID.randomUUID();
    private final byte[] credential = tickets.signed(tickets.credential(ticket, 1, TestTickets.SESSION, "B"));
    private final Instant atGate = TestTickets.SESSION_STARTS.minus(Duration.ofMinutes(40));
    private final GateCheck gateB = tickets.gate("B", Set.of(), 0);

    private GateCheck.Decision scan(GateCheck gate, String code, Instant now) {
        return gate.check(code, now, t -> 0);
    }

    @Test
    void aFreshCodeFromTheHoldersDeviceAtTheRightGateIsAdmitted() {
        var decision = scan(gateB, tickets.code(credential, atGate.minusSeconds(3)), atGate);

        assertThat(decision.admitted()).isTrue();
        assertThat(decision.ticket()).isEqualTo(ticket);
        assertThat(decision.seat()).isEqualTo("S07-R12-05");
    }

    @Test
    void aForgedSignatureIsRefused() {
        var forger = Ed25519.generate();
        var forged = CredentialCodec.sign(tickets.credential(ticket, 1, TestTickets.SESSION, "B"), forger.getPrivate());

        assertThat(scan(gateB, tickets.code(forged, atGate), atGate).refusal()).isEqualTo(Refusal.SIGNATURE_INVALID);
    }

    @Test
    void anAlteredPayloadIsRefused() {
        // The seat's last character changed after signing: "S07-R12-05" -> "S07-R12-06".
        var altered = credential.clone();
        altered[altered.length - 65] = (byte) '6';

        assertThat(scan(gateB, tickets.code(altered, atGate), atGate).refusal()).isEqualTo(Refusal.SIGNATURE_INVALID);
    }

    @Test
    void aProofOlderThanTwentySecondsIsRefusedAsExpired() {
        assertThat(scan(gateB, tickets.code(credential, atGate.minusSeconds(21)), atGate).refusal())
                .isEqualTo(Refusal.PROOF_EXPIRED);
    }

    @Test
    void aProofFromTheFutureIsRefused() {
        assertThat(scan(gateB, tickets.code(credential, atGate.plusSeconds(60)), atGate).refusal())
                .isEqualTo(Refusal.PROOF_FROM_FUTURE);
    }

    @Test
    void aScreenshotReplayedThirtySecondsLaterIsRefused() {
        var screenshot = tickets.code(credential, atGate);
        assertThat(scan(gateB, screenshot, atGate).admitted()).isTrue();

        assertThat(scan(gateB, screenshot, atGate.plusSeconds(30)).refusal()).isEqualTo(Refusal.PROOF_EXPIRED);
    }

    @Test
    void aCodeShownByAnotherDeviceThanTheHoldersIsRefused() {
        var otherPhone = Ed25519.generate();

        assertThat(scan(gateB, TestTickets.code(credential, atGate, otherPhone), atGate).refusal())
                .isEqualTo(Refusal.HOLDER_KEY_MISMATCH);
    }

    @Test
    void aProofSignedForAnotherTimeThanItClaimsIsRefused() {
        var time = atGate.getEpochSecond();
        var proof = Ed25519.sign(tickets.device.getPrivate(), CredentialCodec.proofMessage(credential, time - 100));
        var code = CredentialCodec.scanText(credential, Ed25519.raw(tickets.device.getPublic()), time, proof);

        assertThat(scan(gateB, code, atGate).refusal()).isEqualTo(Refusal.PROOF_INVALID);
    }

    @Test
    void aRevokedCredentialIsRefused() {
        var gate = tickets.gate("B", Set.of(GateCheck.revocationKey(ticket, 1)), 0);

        assertThat(scan(gate, tickets.code(credential, atGate), atGate).refusal()).isEqualTo(Refusal.REVOKED);
    }

    @Test
    void aTicketForAnotherSessionIsRefused() {
        var other = tickets.signed(tickets.credential(ticket, 1, "SWM02", "B"));

        assertThat(scan(gateB, tickets.code(other, atGate), atGate).refusal()).isEqualTo(Refusal.WRONG_SESSION);
    }

    @Test
    void aTicketForAnotherEntranceIsRefused() {
        assertThat(scan(tickets.gate("D", Set.of(), 0), tickets.code(credential, atGate), atGate).refusal())
                .isEqualTo(Refusal.WRONG_ENTRANCE);
    }

    @Test
    void aCodeBeforeTheActivationWindowIsRefused() {
        var early = TestTickets.OPENS.minusSeconds(60);

        assertThat(scan(gateB, tickets.code(credential, early), early).refusal()).isEqualTo(Refusal.NOT_YET_VALID);
    }

    @Test
    void aCodeAfterTheSessionIsRefused() {
        var late = TestTickets.CLOSES.plusSeconds(1);

        assertThat(scan(gateB, tickets.code(credential, late), late).refusal()).isEqualTo(Refusal.EXPIRED);
    }

    @Test
    void aTicketAlreadyEnteredHereIsRefusedUnlessTheSessionAllowsReentry() {
        Map<UUID, Integer> entered = new HashMap<>(Map.of(ticket, 1));
        var code = tickets.code(credential, atGate);

        assertThat(gateB.check(code, atGate, t -> entered.getOrDefault(t, 0)).refusal()).isEqualTo(Refusal.ALREADY_ENTERED);
        var onceAgain = tickets.gate("B", Set.of(), 1);
        assertThat(onceAgain.check(code, atGate, t -> entered.getOrDefault(t, 0)).admitted()).isTrue();
        entered.put(ticket, 2);
        assertThat(onceAgain.check(code, atGate, t -> entered.getOrDefault(t, 0)).refusal()).isEqualTo(Refusal.ALREADY_ENTERED);
    }

    @Test
    void aCodeSignedWithAKeyTheSessionNeverPublishedIsRefused() {
        var other = new TicketCredential(7, ticket, 1, TestTickets.OPENS, TestTickets.CLOSES,
                CredentialCodec.fingerprint(Ed25519.raw(tickets.device.getPublic())), TestTickets.SESSION, "B", "S01-R01-01");

        assertThat(scan(gateB, tickets.code(tickets.signed(other), atGate), atGate).refusal()).isEqualTo(Refusal.UNKNOWN_KEY);
    }

    @Test
    void textThatIsNotACodeIsRefusedAsMalformed() {
        for (var text : new String[] {"", "hello", "PDM1...", "PDM1.a.b.c",
                "PDM1." + Base64.getUrlEncoder().encodeToString("x".getBytes(StandardCharsets.UTF_8)) + ".AA.AA"}) {
            assertThat(scan(gateB, text, atGate).refusal()).as(text).isEqualTo(Refusal.MALFORMED);
        }
    }

    @Test
    void aCredentialSurvivesTheRoundTrip() {
        var decoded = CredentialCodec.decode(credential).orElseThrow().credential();

        assertThat(decoded.ticket()).isEqualTo(ticket);
        assertThat(decoded.session()).isEqualTo(TestTickets.SESSION);
        assertThat(decoded.entrance()).isEqualTo("B");
        assertThat(decoded.validFrom()).isEqualTo(TestTickets.OPENS);
        assertThat(credential.length).as("credential bytes").isLessThan(160);
    }
}
