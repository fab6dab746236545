package org.podium.gates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs to the decoder and the gate: no exception ever escapes, and no
 * changed code is ever admitted. Seeds are fixed so a failure can be replayed.
 */
class CredentialFuzzTests {

    private final TestTickets tickets = new TestTickets();
    private final byte[] credential = tickets.signed(tickets.credential(UUID.randomUUID(), 3, TestTickets.SESSION, "A"));
    private final java.time.Instant now = TestTickets.SESSION_STARTS.minus(Duration.ofMinutes(10));
    private final String valid = tickets.code(credential, now);
    private final GateCheck gate = tickets.gate("A", Set.of(), 0);

    @Test
    void randomBytesNeverDecodeToAnythingAdmitted() {
        var random = new Random(20240726L);
        for (var i = 0; i < 20_000; i++) {
            var bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (random.nextBoolean() && bytes.length > 0) {
                bytes[0] = CredentialCodec.FORMAT;
            }
            assertThatCode(() -> CredentialCodec.decode(bytes)).doesNotThrowAnyException();
            var code = CredentialCodec.SCAN_PREFIX + "." + CredentialCodec.base64(bytes) + "."
                    + CredentialCodec.base64(java.util.Arrays.copyOf(bytes, 32)) + "." + CredentialCodec.base64(java.util.Arrays.copyOf(bytes, 68));
            assertThat(gate.check(code, now, t -> 0).admitted()).isFalse();
        }
    }

    @Test
    void randomTextIsNeverAdmitted() {
        var random = new Random(7L);
        var alphabet = "PDM1.-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=é\u0000";
        for (var i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            for (var n = random.nextInt(400); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(gate.check(text.toString(), now, t -> 0).admitted()).isFalse();
        }
    }

    @Test
    void everyMutationOfAValidCodeIsRefusedWithoutAnException() {
        assertThat(gate.check(valid, now, t -> 0).admitted()).as("the unchanged code").isTrue();
        var random = new Random(42L);
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        for (var i = 0; i < 5_000; i++) {
            var mutated = new StringBuilder(valid);
            switch (random.nextInt(4)) {
                case 0 -> mutated.setCharAt(random.nextInt(mutated.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> mutated.deleteCharAt(random.nextInt(mutated.length()));
                case 2 -> mutated.insert(random.nextInt(mutated.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                default -> mutated.setLength(random.nextInt(mutated.length()));
            }
            var text = mutated.toString();
            if (text.equals(valid)) {
                continue;
            }
            var decision = gate.check(text, now, t -> 0);
            assertThat(decision.admitted()).as("mutation %d: %s", i, text).isFalse();
        }
    }

    @Test
    void everyBitFlipOfACredentialIsRefused() {
        for (var bit = 0; bit < credential.length * 8; bit++) {
            var flipped = credential.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            var code = tickets.code(flipped, now);
            assertThat(gate.check(code, now, t -> 0).admitted()).as("bit %d", bit).isFalse();
        }
    }
}
