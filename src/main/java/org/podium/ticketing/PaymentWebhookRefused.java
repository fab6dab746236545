package org.podium.ticketing;

import java.time.Instant;
import java.util.UUID;

/**
 * A correctly signed payment webhook that did not match its order (another order's payment, a
 * different amount or currency): refused and raised to the SOC, since only someone holding the
 * webhook secret, or a provider misconfigured, can send one.
 */
public record PaymentWebhookRefused(UUID order, String payment, String reason, Instant at) {
}
