package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Codes and a gate bundle made in Java for the scanner's in-browser benchmark (gates.load). */
public final class ScannerCodes {

    private ScannerCodes() {
    }

    /** The bundle as the scanner page uses it, the scan time, and the codes (valid and not). */
    public record Fixture(String session, String entrance, int keyId, String publicKey, List<String> revoked, long now,
                         List<String> codes) {
    }

    public static Fixture make(int count, int revocations) {
        var tickets = new TestTickets();
        var now = TestTickets.SESSION_STARTS.minus(Duration.ofMinutes(30));
        var codes = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            // Mostly valid codes, as at a real gate, with every tenth one from a stranger's phone.
            var credential = tickets.signed(tickets.credential(UUID.randomUUID(), 1, TestTickets.SESSION, "A"));
            codes.add(i % 10 == 9 ? TestTickets.code(credential, now, Ed25519.generate()) : tickets.code(credential, now.minusSeconds(i % 15)));
        }
        var revoked = new ArrayList<String>();
        for (var i = 0; i < revocations; i++) {
            revoked.add(GateCheck.revocationKey(UUID.randomUUID(), 1));
        }
        return new Fixture(TestTickets.SESSION, "A", tickets.keyId, CredentialCodec.base64(Ed25519.raw(tickets.sessionKey.getPublic())),
                revoked, now.getEpochSecond(), codes);
    }
}
