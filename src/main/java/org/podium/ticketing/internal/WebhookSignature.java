package org.podium.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Signs and checks payment webhooks: header {@code Podium-Signature: t=<unix seconds>,v1=<hex>}
 * where v1 is HMAC-SHA256 over {@code t + "." + body} with the shared secret. A signature older
 * than five minutes is refused, so a captured webhook cannot be replayed later.
 */
@Component
class WebhookSignature {

    static final String HEADER = "Podium-Signature";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;

    WebhookSignature(TicketingProperties properties) {
        if (properties.webhookSecret().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    String sign(String body, Instant at) {
        var t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(t + "." + body);
    }

    /** True when the header is well formed, fresh at {@code now} and matches the body. */
    boolean verifies(String header, String body, Instant now) {
        if (header == null) {
            return false;
        }
        long t = -1;
        String v1 = null;
        for (var part : header.split(",")) {
            var kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return false;
            }
            if (kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t < 0 || v1 == null || Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(t + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
