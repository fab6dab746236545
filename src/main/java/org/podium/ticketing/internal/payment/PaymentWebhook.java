package org.podium.ticketing.internal.payment;

import java.time.Clock;
import java.util.UUID;

import org.podium.platform.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.podium.ticketing.internal.order.OrderPayments;

/**
 * Where the payment service tells the outcome of a payment. The signature is checked on the raw
 * body before anything is parsed; a forged or stale call gets 401 and changes nothing.
 */
@RestController
public class PaymentWebhook {

    private final WebhookSignature signature;
    private final OrderPayments orders;
    private final ObjectMapper json;
    private final Clock clock;

    public PaymentWebhook(WebhookSignature signature, OrderPayments orders, ObjectMapper json, Clock clock) {
        this.signature = signature;
        this.orders = orders;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/payments/webhook", consumes = "application/json")
    ResponseEntity<?> receive(@RequestHeader(name = WebhookSignature.HEADER, required = false) String header,
                              @RequestBody String body) {
        if (!signature.verifies(header, body, clock.instant())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ProblemTypes.problem(HttpStatus.UNAUTHORIZED,
                    "webhook-signature", "Webhook refused", "Missing, stale or wrong " + WebhookSignature.HEADER + " signature"));
        }
        JsonNode event;
        UUID order;
        try {
            event = json.readTree(body);
            order = UUID.fromString(event.path("order").asString());
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().body(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "webhook-malformed",
                    "Webhook refused", "The event needs an id, a type, a payment and an order id"));
        }
        var id = event.path("id").asString("");
        var payment = event.path("payment").asString("");
        if (id.isBlank() || payment.isBlank()) {
            return ResponseEntity.badRequest().body(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "webhook-malformed",
                    "Webhook refused", "The event needs an id and a payment reference"));
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

    private static ProblemDetail problem(String detail) {
        return ProblemTypes.problem(HttpStatus.BAD_REQUEST, "webhook-malformed", "Webhook refused", detail);
    }
}
