package org.podium.ticketing.internal.payment;

import java.time.Duration;
import java.time.Instant;


import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.TicketingProperties;

/**
 * Signs and checks payment webhooks: header {@code Podium-Signature: t=<unix seconds>,v1=<hex>}
 * where v1 is HMAC-SHA256 over {@code t + "." + body} with the shared secret. A signature older
 * than five minutes is refused, so a captured webhook cannot be replayed later.
 */
@Component
public class WebhookSignature {

    public static final String HEADER = "Podium-Signature";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final HmacKey key;

    public WebhookSignature(TicketingProperties properties) {
        key = new HmacKey(properties.webhookSecret());
    }

    public String sign(String body, Instant at) {
        var t = at.getEpochSecond();
        return "t=" + t + ",v1=" + key.sign(t + "." + body);
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
        // Compared in seconds: t=9223372036854775807 is simply stale, never an Instant out of range.
        if (t < 0 || v1 == null || Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            return false;
        }
        return key.verifies(t + "." + body, v1);
    }
}
