package org.podium.ticketing.internal.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.TicketingProperties;

/**
 * The built-in sandbox payment service. It behaves as a real one does towards us: it keeps its
 * own books, answers a payment request at once with a reference only, and tells the outcome
 * later by an HMAC-signed webhook over HTTP, retried with back-off until acknowledged (so a
 * restart of the platform loses no confirmation). Like a hosted checkout, it serves its own page
 * under {@code /sandbox-pay/} ({@link SandboxCheckoutPage}) where the fan types the card: the card
 * enters this service only, never Podium's ticketing. Test card numbers choose the outcome:
 * <ul>
 * <li>4242 4242 4242 4242 and any other valid number: confirmed after {@code sandboxConfirmAfter};</li>
 * <li>4000 0000 0000 0002: declined;</li>
 * <li>4000 0000 0000 0119: never answers (a time-out: the order expires with its hold);</li>
 * <li>4000 0000 0000 0259: confirmed two seconds after the hold expired.</li>
 * </ul>
 */
@Component
public class SandboxPayments implements PaymentProvider {

    public static final String DECLINE = "4000000000000002";
    public static final String TIMEOUT = "4000000000000119";
    public static final String LATE = "4000000000000259";

    private static final Logger log = LoggerFactory.getLogger(SandboxPayments.class);

    private final JdbcClient jdbc;
    private final WebhookSignature signature;
    private final TicketingProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile String webhookUrl = "";

    public SandboxPayments(JdbcClient jdbc, WebhookSignature signature, TicketingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.signature = signature;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        webhookUrl = "http://127.0.0.1:" + event.getWebServer().getPort() + "/api/payments/webhook";
    }

    @Override
    public Checkout open(UUID order, int amountCents, String currency, Instant payBy, String returnPath) {
        var id = "pay_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                insert into ticketing.sandbox_payment (id, order_id, amount_cents, currency, status, created_at, pay_by, return_path)
                values (:id, :order, :amount, :currency, 'OPEN', :now, :payBy, :back)""")
                .param("id", id).param("order", order).param("amount", amountCents).param("currency", currency)
                .param("now", Timestamp.from(clock.instant())).param("payBy", Timestamp.from(payBy)).param("back", returnPath).update();
        return new Checkout(id, page(id));
    }

    @Override
    public URI page(String reference) {
        return URI.create(properties.sandboxUrl() + "/sandbox-pay/" + reference);
    }

    /** A checkout as the service's page shows it. */
    public record OpenCheckout(String id, int amountCents, String currency, String status, Instant payBy, String returnPath) {
    }

    public java.util.Optional<OpenCheckout> checkout(String id) {
        return jdbc.sql("select id, amount_cents, currency, status, pay_by, return_path from ticketing.sandbox_payment where id = :id")
                .param("id", id)
                .query((rs, n) -> new OpenCheckout(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? Instant.EPOCH : rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
    }

    /** Why the service's page refused a card. */
    public enum Refusal { UNKNOWN, NOT_A_CARD, ALREADY_PAID, EXPIRED }

    /** A card refused by the service's page, before any payment is attempted. */
    public static class CardRefused extends RuntimeException {
        private final Refusal refusal;

        CardRefused(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * The fan submitted a card on the service's page. Test card numbers choose the outcome, told to
     * Podium later by webhook; the service keeps the last four digits, as real ones show them.
     */
    public OpenCheckout pay(String id, String card) {
        var checkout = checkout(id).orElseThrow(() -> new CardRefused(Refusal.UNKNOWN, "no checkout " + id));
        var digits = card.replace(" ", "");
        if (!digits.matches("\\d{16}") || !luhn(digits)) {
            throw new CardRefused(Refusal.NOT_A_CARD, "a card number has 16 digits and a valid check digit");
        }
        var now = clock.instant();
        if (!"OPEN".equals(checkout.status())) {
            throw new CardRefused(Refusal.ALREADY_PAID, "this checkout was already paid");
        }
        if (now.isAfter(checkout.payBy())) {
            throw new CardRefused(Refusal.EXPIRED, "this checkout expired at " + checkout.payBy());
        }
        var outcome = switch (digits) {
            case DECLINE -> "DECLINED";
            case TIMEOUT -> "NEVER";
            case LATE -> "LATE";
            default -> "SUCCEEDED";
        };
        var notifyAt = switch (outcome) {
            case "NEVER" -> null;
            case "LATE" -> checkout.payBy().plusSeconds(2);
            default -> now.plus(properties.sandboxConfirmAfter());
        };
        var paid = jdbc.sql("""
                update ticketing.sandbox_payment set status = 'PENDING', card_last4 = :last4, outcome = :outcome, notify_at = :notify
                where id = :id and status = 'OPEN'""")
                .param("last4", digits.substring(12)).param("outcome", outcome)
                .param("notify", notifyAt == null ? null : Timestamp.from(notifyAt)).param("id", id).update();
        if (paid == 0) {
            throw new CardRefused(Refusal.ALREADY_PAID, "this checkout was already paid");
        }
        return checkout;
    }

    private static boolean luhn(String digits) {
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Override
    public void refund(String reference, String reason) {
        jdbc.sql("update ticketing.sandbox_payment set status = 'REFUNDED', refunded_at = :now, refunded_cents = amount_cents where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", reference).update();
    }

    @Override
    public void refund(String reference, int amountCents, String reason) {
        jdbc.sql("update ticketing.sandbox_payment set refunded_cents = least(amount_cents, refunded_cents + :amount) where id = :id")
                .param("amount", amountCents).param("id", reference).update();
    }

    @Scheduled(fixedDelay = 200)
    void deliver() {
        if (!webhookUrl.isEmpty()) {
            deliverDue(clock.instant());
        }
    }

    /** Sends every webhook due at {@code now}; returns how many were acknowledged. */
    public int deliverDue(Instant now) {
        var due = jdbc.sql("""
                select id, order_id, amount_cents, outcome, attempts from ticketing.sandbox_payment
                where status = 'PENDING' and notify_at <= :now order by notify_at limit 100""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .list();
        var acknowledged = 0;
        for (var payment : due) {
            if (send(payment)) {
                jdbc.sql("update ticketing.sandbox_payment set status = 'NOTIFIED', notified_at = :now, attempts = attempts + 1 where id = :id and status = 'PENDING'")
                        .param("now", Timestamp.from(clock.instant())).param("id", payment.id()).update();
                acknowledged++;
            } else {
                var backOff = Duration.ofSeconds(Math.min(60, 1L << Math.min(payment.attempts(), 6)));
                jdbc.sql("update ticketing.sandbox_payment set attempts = attempts + 1, notify_at = :next where id = :id")
                        .param("next", Timestamp.from(clock.instant().plus(backOff))).param("id", payment.id()).update();
            }
        }
        return acknowledged;
    }

    private record Due(String id, UUID order, int amount, String outcome, int attempts) {
        String body() {
            var type = outcome.equals("DECLINED") ? "payment.failed" : "payment.succeeded";
            // The event id is the same on every retry: the receiver takes each event once.
            return "{\"id\":\"evt_" + id + "\",\"type\":\"" + type + "\",\"payment\":\"" + id + "\",\"order\":\"" + order
                    + "\",\"amountCents\":" + amount + ",\"currency\":\"EUR\"" + (outcome.equals("DECLINED") ? ",\"reason\":\"card declined\"" : "") + "}";
        }
    }

    private boolean send(Due payment) {
        var body = payment.body();
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(webhookUrl))
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, signature.sign(body, clock.instant()))
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (java.io.IOException e) {
            log.debug("Webhook for {} not delivered: {}", payment.id(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
