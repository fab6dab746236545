package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * A gate's decision on one code, from what a scanner holds offline: the session's public keys,
 * its revocation list, the gate's entrance and what this scanner already admitted. The same rules,
 * in the same order, run in the scanner's browser (static/js/credential.js); this one serves the
 * server's checks of uploaded scans, the tests and the benchmark.
 *
 * @param keys      the session's published keys by id, raw 32-byte Ed25519 public keys
 * @param reentries how many times a ticket may enter again after its first entry
 */
record GateCheck(String session, String entrance, Map<Integer, byte[]> keys, Set<String> revoked, int reentries,
                 Duration proofMaxAge, Duration proofMaxAhead) {

    static final Duration PROOF_MAX_AGE = Duration.ofSeconds(20);
    static final Duration PROOF_MAX_AHEAD = Duration.ofSeconds(10);

    /** Green with the ticket, or red with the reason (and the ticket when it could be read). */
    record Decision(@Nullable Refusal refusal, @Nullable UUID ticket, int version, @Nullable String seat) {
        boolean admitted() {
            return refusal == null;
        }

        static Decision refused(Refusal refusal, TicketCredential c) {
            return new Decision(refusal, c.ticket(), c.version(), c.seat());
        }
    }

    static String revocationKey(UUID ticket, int version) {
        return ticket + ":" + version;
    }

    /** @param entered how many times this scanner already admitted a ticket */
    Decision check(String code, Instant now, ToIntFunction<UUID> entered) {
        var parsed = CredentialCodec.parseScan(code);
        if (parsed.isEmpty()) {
            return new Decision(Refusal.MALFORMED, null, 0, null);
        }
        var scan = parsed.get();
        var c = scan.credential().credential();
        if (!c.session().equals(session)) {
            return Decision.refused(Refusal.WRONG_SESSION, c);
        }
        var key = keys.get(c.keyId());
        if (key == null) {
            return Decision.refused(Refusal.UNKNOWN_KEY, c);
        }
        if (!Ed25519.verify(key, scan.credential().body(), scan.credential().signature())) {
            return Decision.refused(Refusal.SIGNATURE_INVALID, c);
        }
        if (revoked.contains(revocationKey(c.ticket(), c.version()))) {
            return Decision.refused(Refusal.REVOKED, c);
        }
        if (now.isBefore(c.validFrom())) {
            return Decision.refused(Refusal.NOT_YET_VALID, c);
        }
        if (!now.isBefore(c.validUntil())) {
            return Decision.refused(Refusal.EXPIRED, c);
        }
        if (!c.entrance().equals(entrance)) {
            return Decision.refused(Refusal.WRONG_ENTRANCE, c);
        }
        if (!Arrays.equals(CredentialCodec.fingerprint(scan.deviceKey()), c.holderKey())) {
            return Decision.refused(Refusal.HOLDER_KEY_MISMATCH, c);
        }
        if (!proofVerifies(scan)) {
            return Decision.refused(Refusal.PROOF_INVALID, c);
        }
        var proofAt = Instant.ofEpochSecond(scan.proofTime());
        if (proofAt.isAfter(now.plus(proofMaxAhead))) {
            return Decision.refused(Refusal.PROOF_FROM_FUTURE, c);
        }
        if (proofAt.isBefore(now.minus(proofMaxAge))) {
            return Decision.refused(Refusal.PROOF_EXPIRED, c);
        }
        if (entered.applyAsInt(c.ticket()) > reentries) {
            return Decision.refused(Refusal.ALREADY_ENTERED, c);
        }
        return new Decision(null, c.ticket(), c.version(), c.seat());
    }

    private static boolean proofVerifies(CredentialCodec.ScanCode scan) {
        return Ed25519.verify(scan.deviceKey(), CredentialCodec.proofMessage(scan.credential().bytes(), scan.proofTime()),
                scan.proofSignature());
    }
}
