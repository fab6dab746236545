package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A session's signing key, a holder's device and the codes that device would show, for tests. */
final class TestTickets {

    static final String SESSION = "ATH01";
    static final Instant SESSION_STARTS = Instant.parse("2024-08-02T17:00:00Z");
    static final Instant OPENS = SESSION_STARTS.minus(Duration.ofHours(3));
    static final Instant CLOSES = SESSION_STARTS.plus(Duration.ofHours(4));

    final KeyPair sessionKey = Ed25519.generate();
    final int keyId = 0x1234ABCD;
    final KeyPair device = Ed25519.generate();

    TicketCredential credential(UUID ticket, int version, String session, String entrance) {
        return new TicketCredential(keyId, ticket, version, OPENS, CLOSES,
                CredentialCodec.fingerprint(Ed25519.raw(device.getPublic())), session, entrance, "S07-R12-05");
    }

    byte[] signed(TicketCredential credential) {
        return CredentialCodec.sign(credential, sessionKey.getPrivate());
    }

    /** The code the holder's device shows at {@code at}. */
    String code(byte[] credential, Instant at) {
        return code(credential, at, device);
    }

    static String code(byte[] credential, Instant at, KeyPair holderDevice) {
        var time = at.getEpochSecond();
        var proof = Ed25519.sign(holderDevice.getPrivate(), CredentialCodec.proofMessage(credential, time));
        return CredentialCodec.scanText(credential, Ed25519.raw(holderDevice.getPublic()), time, proof);
    }

    GateCheck gate(String entrance, Set<String> revoked, int reentries) {
        Map<Integer, byte[]> keys = Map.of(keyId, Ed25519.raw(sessionKey.getPublic()));
        return new GateCheck(SESSION, entrance, keys, revoked, reentries, GateCheck.PROOF_MAX_AGE, GateCheck.PROOF_MAX_AHEAD);
    }
}
