package org.podium.ticketing.internal.payment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.podium.platform.ProblemTypes;
import org.podium.platform.events.DurableEvents;
import org.podium.ticketing.PaymentWebhookRefused;
import org.podium.ticketing.internal.order.OrderPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Where the payment service tells the outcome of a payment. At most {@value #MAX_BODY} bytes are
 * read, and the signature is checked on them before anything is parsed: a forged or stale call
 * gets 401 and changes nothing. A signed event must then match its order (the provider's payment
 * reference for it, its total, in euros); one that does not is refused, logged and raised to the SOC.
 */
@RestController
public class PaymentWebhook {

    /** A payment event is a few hundred bytes: anything much larger is not one. */
    static final int MAX_BODY = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhook.class);

    private final WebhookSignature signature;
    private final OrderPayments orders;
    private final ObjectMapper json;
    private final Clock clock;
    private final DurableEvents events;

    public PaymentWebhook(WebhookSignature signature, OrderPayments orders, ObjectMapper json, Clock clock, DurableEvents events) {
        this.signature = signature;
        this.orders = orders;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    @PostMapping(path = "/api/payments/webhook", consumes = "application/json")
    ResponseEntity<?> receive(@RequestHeader(name = WebhookSignature.HEADER, required = false) String header,
                              HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return refused(HttpStatus.CONTENT_TOO_LARGE, "webhook-too-large", "A payment event is at most " + MAX_BODY + " bytes");
        }
        var bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return refused(HttpStatus.CONTENT_TOO_LARGE, "webhook-too-large", "A payment event is at most " + MAX_BODY + " bytes");
        }
        var body = new String(bytes, StandardCharsets.UTF_8);
        if (!signature.verifies(header, body, clock.instant())) {
            return refused(HttpStatus.UNAUTHORIZED, "webhook-signature", "Missing, stale or wrong " + WebhookSignature.HEADER + " signature");
        }
        JsonNode event;
        UUID order;
        try {
            event = json.readTree(body);
            order = UUID.fromString(event.path("order").asString());
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body(problem("The event needs an id, a type, a payment and an order id"));
        }
        var id = event.path("id").asString("");
        var payment = event.path("payment").asString("");
        if (id.isBlank() || payment.isBlank()) {
            return ResponseEntity.badRequest().body(problem("The event needs an id and a payment reference"));
        }
        var amount = event.path("amountCents");
        if (!amount.isMissingNode() && !amount.canConvertToLong()) {
            return ResponseEntity.badRequest().body(problem("amountCents is a whole number of cents"));
        }
        var currency = event.path("currency").isString() ? event.path("currency").asString() : null;
        var mismatch = orders.mismatch(order, payment, amount.isMissingNode() ? null : amount.asLong(), currency);
        if (mismatch != null) {
            log.warn("Signed payment webhook {} refused for order {}: {}", id, order, mismatch);
            events.publish(new PaymentWebhookRefused(order, payment, mismatch, clock.instant()));
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, "webhook-mismatch", "The event does not match its order: " + mismatch);
        }
        switch (event.path("type").asString("")) {
            case "payment.succeeded" -> orders.paymentSucceeded(id, order, payment);
            case "payment.failed" -> orders.paymentFailed(id, order, event.path("reason").asString("declined"));
            default -> {
                return ResponseEntity.badRequest().body(problem("Unknown event type"));
            }
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> refused(HttpStatus status, String type, String detail) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemTypes.problem(status, type, "Webhook refused", detail));
    }

    private static ProblemDetail problem(String detail) {
        return ProblemTypes.problem(HttpStatus.BAD_REQUEST, "webhook-malformed", "Webhook refused", detail);
    }
}
