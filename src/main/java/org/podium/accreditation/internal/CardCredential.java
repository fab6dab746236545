package org.podium.accreditation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.podium.platform.Ed25519;

/**
 * What an accreditation card's QR code carries, on the gates' credential design: a versioned,
 * Ed25519-signed binary record, verifiable offline with the published keys, revocable by
 * version (a replacement card raises it). Nothing personal: the holder is identified by the
 * card's photo and name, the code says which card and what it opens.
 * <p>
 * Layout: format {@code 0x41}, key id (4), card id (16), version (2), valid from and until (epoch
 * seconds, 4 each), then five texts each a length byte and printable ASCII (organisation,
 * category, venues, zones, other privileges), then the 64-byte signature. The QR text is
 * {@code PDA1.} and the bytes in base64url. The decoder checks every length before it reads:
 * any input gives a credential or nothing, never an exception.
 *
 * @param venues "ALL" or venue tags separated by spaces ("-" for none)
 * @param zones  zone numbers separated by spaces ("-" for none)
 * @param others transport, village and dining codes ("-" for none)
 */
record CardCredential(int keyId, UUID card, int version, Instant validFrom, Instant validUntil, String organisation, String category,
                      String venues, String zones, String others) {

    static final byte FORMAT = 0x41;
    static final String PREFIX = "PDA1.";
    private static final int FIXED = 1 + 4 + 16 + 2 + 4 + 4;
    private static final int TEXTS = 5;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    CardCredential {
        if (version < 1 || version > 0xFFFF) {
            throw new IllegalArgumentException("A card version is 1 to 65535: " + version);
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A card's validity must end after it starts");
        }
        for (var text : List.of(organisation, category, venues, zones, others)) {
            if (text.isEmpty() || text.length() > 255 || !printable(text)) {
                throw new IllegalArgumentException("A card text is 1 to 255 printable ASCII characters: " + text);
            }
        }
    }

    boolean opensVenue(String venue) {
        return venues.equals("ALL") || Arrays.asList(venues.split(" ")).contains(venue);
    }

    boolean opensZone(int zone) {
        return Arrays.asList(zones.split(" ")).contains(Integer.toString(zone));
    }

    byte[] body() {
        var texts = List.of(organisation, category, venues, zones, others).stream()
                .map(t -> t.getBytes(StandardCharsets.US_ASCII)).toList();
        var buffer = ByteBuffer.allocate(FIXED + TEXTS + texts.stream().mapToInt(t -> t.length).sum());
        buffer.put(FORMAT).putInt(keyId).putLong(card.getMostSignificantBits()).putLong(card.getLeastSignificantBits())
                .putShort((short) version).putInt((int) validFrom.getEpochSecond()).putInt((int) validUntil.getEpochSecond());
        texts.forEach(t -> buffer.put((byte) t.length).put(t));
        return buffer.array();
    }

    /** The QR text of this credential signed with the key. */
    String signed(PrivateKey key) {
        var body = body();
        var signature = Ed25519.sign(key, body);
        return PREFIX + B64.encodeToString(ByteBuffer.allocate(body.length + signature.length).put(body).put(signature).array());
    }

    /** A QR text read back: the credential, the bytes its signature covers and the signature. */
    record Read(CardCredential credential, byte[] body, byte[] signature) {
        boolean verifiesWith(byte[] publicKey) {
            return Ed25519.verify(publicKey, body, signature);
        }
    }

    static Optional<Read> read(String text) {
        var trimmed = text.strip();
        if (!trimmed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(trimmed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One text per card: a variant spelling of the same bytes (padding, unused bits) is refused, as card.js refuses it.
        if (!B64.encodeToString(bytes).equals(trimmed.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        if (bytes.length < FIXED + TEXTS + Ed25519.SIGNATURE_BYTES || bytes[0] != FORMAT) {
            return Optional.empty();
        }
        var bodyLength = bytes.length - Ed25519.SIGNATURE_BYTES;
        var buffer = ByteBuffer.wrap(bytes, 0, bodyLength);
        buffer.get();
        var keyId = buffer.getInt();
        var card = new UUID(buffer.getLong(), buffer.getLong());
        var version = Short.toUnsignedInt(buffer.getShort());
        var from = Integer.toUnsignedLong(buffer.getInt());
        var until = Integer.toUnsignedLong(buffer.getInt());
        var texts = new String[TEXTS];
        for (var i = 0; i < TEXTS; i++) {
            if (!buffer.hasRemaining()) {
                return Optional.empty();
            }
            var length = Byte.toUnsignedInt(buffer.get());
            if (length == 0 || buffer.remaining() < length) {
                return Optional.empty();
            }
            var field = new byte[length];
            buffer.get(field);
            texts[i] = new String(field, StandardCharsets.US_ASCII);
            if (!printable(texts[i])) {
                return Optional.empty();
            }
        }
        if (buffer.hasRemaining() || version == 0 || until <= from) {
            return Optional.empty();
        }
        var credential = new CardCredential(keyId, card, version, Instant.ofEpochSecond(from), Instant.ofEpochSecond(until), texts[0],
                texts[1], texts[2], texts[3], texts[4]);
        return Optional.of(new Read(credential, Arrays.copyOf(bytes, bodyLength), Arrays.copyOfRange(bytes, bodyLength, bytes.length)));
    }

    private static boolean printable(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
