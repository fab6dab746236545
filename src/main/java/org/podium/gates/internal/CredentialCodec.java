package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The binary credential and the text of a scan code (docs/modules/gates.md has the layout).
 * A credential is about 110 bytes plus its 64-byte Ed25519 signature; a scan code adds the
 * device's public key and a proof of possession, all base64url, to fit a QR code a phone shows.
 * The decoder checks every length before reading: any input gives a result or nothing, never an
 * exception.
 */
final class CredentialCodec {

    static final byte FORMAT = 1;
    static final int FINGERPRINT_BYTES = 16;
    static final String SCAN_PREFIX = "PDM1";
    private static final int FIXED_BYTES = 1 + 4 + 16 + 2 + 4 + 4 + FINGERPRINT_BYTES;
    private static final int MAX_TEXT_BYTES = 64;
    private static final byte[] PROOF_CONTEXT = "PDM-PROOF-1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private CredentialCodec() {
    }

    /** A decoded credential with the exact bytes its signature covers. */
    record Signed(TicketCredential credential, byte[] body, byte[] signature, byte[] bytes) {
    }

    /** A decoded scan code: the credential, the device key shown with it and the rotating proof. */
    record ScanCode(Signed credential, byte[] deviceKey, long proofTime, byte[] proofSignature) {
    }

    static byte[] sign(TicketCredential credential, PrivateKey key) {
        var body = body(credential);
        var signature = Ed25519.sign(key, body);
        return ByteBuffer.allocate(body.length + signature.length).put(body).put(signature).array();
    }

    static byte[] body(TicketCredential c) {
        var session = text(c.session());
        var entrance = text(c.entrance());
        var seat = text(c.seat());
        var buffer = ByteBuffer.allocate(FIXED_BYTES + 3 + session.length + entrance.length + seat.length);
        buffer.put(FORMAT).putInt(c.keyId())
                .putLong(c.ticket().getMostSignificantBits()).putLong(c.ticket().getLeastSignificantBits())
                .putShort((short) c.version())
                .putInt((int) c.validFrom().getEpochSecond()).putInt((int) c.validUntil().getEpochSecond())
                .put(c.holderKey());
        for (var field : new byte[][] {session, entrance, seat}) {
            buffer.put((byte) field.length).put(field);
        }
        return buffer.array();
    }

    static Optional<Signed> decode(byte[] bytes) {
        if (bytes.length < FIXED_BYTES + 3 + Ed25519.SIGNATURE_BYTES || bytes[0] != FORMAT) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(bytes, 0, bytes.length - Ed25519.SIGNATURE_BYTES);
        buffer.get();
        var keyId = buffer.getInt();
        var ticket = new UUID(buffer.getLong(), buffer.getLong());
        var version = Short.toUnsignedInt(buffer.getShort());
        var validFrom = Integer.toUnsignedLong(buffer.getInt());
        var validUntil = Integer.toUnsignedLong(buffer.getInt());
        var holderKey = new byte[FINGERPRINT_BYTES];
        buffer.get(holderKey);
        var texts = new String[3];
        for (var i = 0; i < texts.length; i++) {
            if (!buffer.hasRemaining()) {
                return Optional.empty();
            }
            var length = Byte.toUnsignedInt(buffer.get());
            if (length == 0 || length > MAX_TEXT_BYTES || buffer.remaining() < length) {
                return Optional.empty();
            }
            var field = new byte[length];
            buffer.get(field);
            texts[i] = new String(field, StandardCharsets.US_ASCII);
            if (!printable(texts[i])) {
                return Optional.empty();
            }
        }
        if (buffer.hasRemaining() || version == 0 || validUntil <= validFrom) {
            return Optional.empty();
        }
        var bodyLength = bytes.length - Ed25519.SIGNATURE_BYTES;
        var credential = new TicketCredential(keyId, ticket, version, Instant.ofEpochSecond(validFrom),
                Instant.ofEpochSecond(validUntil), holderKey, texts[0], texts[1], texts[2]);
        return Optional.of(new Signed(credential, Arrays.copyOf(bytes, bodyLength),
                Arrays.copyOfRange(bytes, bodyLength, bytes.length), bytes));
    }

    static Optional<ScanCode> parseScan(String text) {
        var parts = text.strip().split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(SCAN_PREFIX)) {
            return Optional.empty();
        }
        byte[] credential;
        byte[] deviceKey;
        byte[] proof;
        try {
            credential = B64_DECODE.decode(parts[1]);
            deviceKey = B64_DECODE.decode(parts[2]);
            proof = B64_DECODE.decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One text per code: a variant spelling of the same bytes (unused base64 bits) is not accepted.
        if (!B64.encodeToString(credential).equals(parts[1]) || !B64.encodeToString(deviceKey).equals(parts[2])
                || !B64.encodeToString(proof).equals(parts[3])) {
            return Optional.empty();
        }
        if (deviceKey.length != Ed25519.PUBLIC_KEY_BYTES || proof.length != 4 + Ed25519.SIGNATURE_BYTES) {
            return Optional.empty();
        }
        var proofTime = Integer.toUnsignedLong(ByteBuffer.wrap(proof).getInt());
        return decode(credential).map(signed -> new ScanCode(signed, deviceKey, proofTime,
                Arrays.copyOfRange(proof, 4, proof.length)));
    }

    static String scanText(byte[] credential, byte[] deviceKey, long proofTime, byte[] proofSignature) {
        var proof = ByteBuffer.allocate(4 + proofSignature.length).putInt((int) proofTime).put(proofSignature).array();
        return SCAN_PREFIX + "." + B64.encodeToString(credential) + "." + B64.encodeToString(deviceKey) + "."
                + B64.encodeToString(proof);
    }

    /** What the holder's device signs every rotation: a fixed context, the credential, the time. */
    static byte[] proofMessage(byte[] credential, long proofTime) {
        return ByteBuffer.allocate(PROOF_CONTEXT.length + credential.length + 4)
                .put(PROOF_CONTEXT).put(credential).putInt((int) proofTime).array();
    }

    static byte[] fingerprint(byte[] deviceKey) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(deviceKey), FINGERPRINT_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    static byte[] fromBase64(String text) {
        return B64_DECODE.decode(text);
    }

    private static byte[] text(String value) {
        var bytes = value.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length == 0 || bytes.length > MAX_TEXT_BYTES || !printable(value)) {
            throw new IllegalArgumentException("A credential text field has 1 to 64 printable ASCII characters: " + value);
        }
        return bytes;
    }

    private static boolean printable(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
