package org.podium.accreditation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.podium.platform.Ed25519;

/** Cards and a checkpoint bundle made in Java for the checkpoint's in-browser benchmark (accreditation.load). */
public final class CardCodes {

    private CardCodes() {
    }

    /** The bundle as the checkpoint page uses it ([card, below] pairs), the scan time, the venue, zone and the codes. */
    public record Fixture(int keyId, String publicKey, List<List<Object>> revoked, long now, String venue, int zone, List<String> codes) {
    }

    /**
     * {@code count} cards: most open the venue's zone, every tenth is a replaced version (refused
     * as revoked), every twentieth a category without that zone; {@code revocations} other
     * cards' entries in the list.
     */
    public static Fixture make(int count, int revocations) {
        var pair = Ed25519.generate();
        var keyId = 7;
        var from = Instant.parse("2024-06-26T00:00:00Z");
        var until = Instant.parse("2024-10-09T00:00:00Z");
        var revoked = new ArrayList<List<Object>>();
        var codes = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            var card = UUID.randomUUID();
            var zones = i % 20 == 5 ? "4 7" : "1 2";
            codes.add(new CardCredential(keyId, card, 1, from, until, "FRA", "Ao", "ALL", zones, "TM OV DIN").signed(pair.getPrivate()));
            if (i % 10 == 9) {
                revoked.add(List.of(card.toString(), 2));
            }
        }
        for (var i = 0; i < revocations; i++) {
            revoked.add(List.of(UUID.randomUUID().toString(), Cards.ALL_VERSIONS));
        }
        return new Fixture(keyId, Base64.getUrlEncoder().withoutPadding().encodeToString(Ed25519.raw(pair.getPublic())), revoked,
                Instant.parse("2024-08-02T17:00:00Z").getEpochSecond(), "stade-de-france", 1, codes);
    }
}
