package org.podium.accounts;

import java.util.UUID;

/** Identifies a fan account across modules (ticketing orders, CRM) without carrying personal data. */
public record FanId(UUID value) {

    public static FanId random() {
        return new FanId(UUID.randomUUID());
    }
}
