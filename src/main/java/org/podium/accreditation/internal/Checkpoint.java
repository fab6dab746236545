package org.podium.accreditation.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A checkpoint's decision on a card, from what a scanner holds offline: the published keys, the
 * revocation list, its venue and zone, and the time. The browser scanner applies the same rules;
 * this one answers the online check and the tests.
 */
final class Checkpoint {

    /** Why a card is refused, in the order the checks run. */
    enum Refusal {
        UNREADABLE, UNKNOWN_KEY, BAD_SIGNATURE, NOT_YET_VALID, EXPIRED, REVOKED, VENUE_NOT_ALLOWED, ZONE_NOT_ALLOWED
    }

    record Decision(boolean admitted, @Nullable Refusal refusal, @Nullable UUID card, int version, @Nullable String category) {
        static Decision refused(Refusal refusal, CardCredential.@Nullable Read read) {
            return new Decision(false, refusal, read == null ? null : read.credential().card(),
                    read == null ? 0 : read.credential().version(), read == null ? null : read.credential().category());
        }
    }

    private final Map<Integer, byte[]> keys;
    private final Map<UUID, Integer> revokedBelow;

    /** @param revokedBelow per card, the version below which it is refused (Cards.revocations) */
    Checkpoint(Map<Integer, byte[]> keys, Map<UUID, Integer> revokedBelow) {
        this.keys = keys;
        this.revokedBelow = revokedBelow;
    }

    Decision decide(String code, String venue, int zone, Instant now) {
        var read = CardCredential.read(code);
        var authentic = authenticate(read, now);
        if (!authentic.admitted() || read.isEmpty()) {
            return authentic;
        }
        var card = read.get();
        var credential = card.credential();
        if (!credential.opensVenue(venue)) {
            return Decision.refused(Refusal.VENUE_NOT_ALLOWED, card);
        }
        if (!credential.opensZone(zone)) {
            return Decision.refused(Refusal.ZONE_NOT_ALLOWED, card);
        }
        return authentic;
    }

    /** The card's own checks (signature, validity, revocation) without a venue's and zone's: is it a genuine, live card? */
    Decision authenticate(String code, Instant now) {
        return authenticate(CardCredential.read(code), now);
    }

    private Decision authenticate(java.util.Optional<CardCredential.Read> read, Instant now) {
        if (read.isEmpty()) {
            return Decision.refused(Refusal.UNREADABLE, null);
        }
        var card = read.get();
        var credential = card.credential();
        var key = keys.get(credential.keyId());
        if (key == null) {
            return Decision.refused(Refusal.UNKNOWN_KEY, card);
        }
        if (!card.verifiesWith(key)) {
            return Decision.refused(Refusal.BAD_SIGNATURE, card);
        }
        if (now.isBefore(credential.validFrom())) {
            return Decision.refused(Refusal.NOT_YET_VALID, card);
        }
        if (!now.isBefore(credential.validUntil())) {
            return Decision.refused(Refusal.EXPIRED, card);
        }
        if (credential.version() < revokedBelow.getOrDefault(credential.card(), 0)) {
            return Decision.refused(Refusal.REVOKED, card);
        }
        // An upgrade pass opens only with its card active: it names the card, whose every version is listed when it is not.
        if (credential.category().equals(Passes.UPGRADE) && credential.others().startsWith(Passes.CARD_PREFIX)) {
            var withCard = credential.others().substring(Passes.CARD_PREFIX.length());
            try {
                if (revokedBelow.getOrDefault(UUID.fromString(withCard), 0) >= Cards.ALL_VERSIONS) {
                    return Decision.refused(Refusal.REVOKED, card);
                }
            } catch (IllegalArgumentException e) {
                return Decision.refused(Refusal.UNREADABLE, card);
            }
        }
        return new Decision(true, null, credential.card(), credential.version(), credential.category());
    }
}
