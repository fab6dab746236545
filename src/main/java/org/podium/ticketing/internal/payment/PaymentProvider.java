package org.podium.ticketing.internal.payment;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * The port to a payment service, shaped as hosted checkouts are (a checkout session, then the
 * service's own page): Podium asks for a payment of an amount and sends the fan to the service's
 * page, where the card is typed. No card number, expiry or code ever reaches Podium's code, its
 * database or its logs, which keeps Podium out of PCI DSS scope beyond SAQ A. Opening a checkout
 * never confirms it: the service confirms or declines later through a signed webhook.
 */
public interface PaymentProvider {

    /** A checkout session: the service's reference and its page for the fan. */
    record Checkout(String reference, URI page) {
    }

    /**
     * @param payBy      when the order's seats stop being held; the page refuses payment after it
     * @param returnPath where the service's page sends the fan back on Podium once the card is entered
     */
    Checkout open(UUID order, int amountCents, String currency, Instant payBy, String returnPath);

    /** The service's page of a checkout, for a fan who left before paying and comes back. */
    URI page(String reference);

    /** Gives the money back; the webhook for that payment may already have come or not. */
    void refund(String paymentReference, String reason);

    /** Gives part of the money back (one resold ticket of a larger order). */
    void refund(String paymentReference, int amountCents, String reason);
}
