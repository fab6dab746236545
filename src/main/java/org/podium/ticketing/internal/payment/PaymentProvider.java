package org.podium.ticketing.internal.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * The port to a payment service. Starting a payment never confirms it: the service confirms or
 * declines later through a signed webhook, as real card payment services do.
 */
public interface PaymentProvider {

    /**
     * @param confirmBy when the order's seats stop being held; a confirmation may still come later
     * @return the provider's payment reference
     */
    String start(UUID order, int amountCents, String card, Instant confirmBy);

    /** Gives the money back; the webhook for that payment may already have come or not. */
    void refund(String paymentReference, String reason);

    /** Gives part of the money back (one resold ticket of a larger order). */
    void refund(String paymentReference, int amountCents, String reason);
}
