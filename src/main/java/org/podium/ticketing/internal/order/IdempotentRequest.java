package org.podium.ticketing.internal.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What a checkout asked for, as a hash stored with its order: a retry with the same key must ask
 * for the same thing. The card number is left out, so that nothing derived from it is stored.
 */
record IdempotentRequest(String hash) {

    static IdempotentRequest of(UUID hold, List<String> holders) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(hold.toString().getBytes(StandardCharsets.UTF_8));
            for (var holder : holders == null ? List.<String>of() : holders) {
                digest.update((byte) 0);
                digest.update(String.valueOf(holder).strip().getBytes(StandardCharsets.UTF_8));
            }
            return new IdempotentRequest(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
