package org.podium.gates.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * What a ticket's signed credential says: the facts a gate needs and nothing personal (the
 * holder is named by the fingerprint of their device's key, not by name).
 *
 * @param keyId      which of the session's signing keys signed it
 * @param version    raised by every change of the ticket (transfer, resale, seat change): older versions are revoked
 * @param entrance   the entrance group whose gates admit it
 * @param holderKey  the first 16 bytes of the SHA-256 of the holder device's Ed25519 public key
 */
record TicketCredential(int keyId, UUID ticket, int version, Instant validFrom, Instant validUntil,
                        byte[] holderKey, String session, String entrance, String seat) {

    TicketCredential {
        if (version < 1 || version > 0xFFFF) {
            throw new IllegalArgumentException("A credential version is 1 to 65535: " + version);
        }
        if (holderKey.length != CredentialCodec.FINGERPRINT_BYTES) {
            throw new IllegalArgumentException("A holder key fingerprint has 16 bytes");
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A credential's window must end after it starts");
        }
    }
}
