package org.podium.ticketing.internal.payment;

import java.util.Map;

import org.podium.platform.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The sandbox payment service's own checkout page and API, under its own path: the one place a
 * card number is typed. It stands where a real provider's hosted page would be (another host in
 * production); Podium's ticketing only opens the checkout and hears the outcome by webhook.
 * The checkout id in the path is the capability, as a provider's client secret is.
 */
@Controller
class SandboxCheckoutPage {

    private final SandboxPayments sandbox;

    SandboxCheckoutPage(SandboxPayments sandbox) {
        this.sandbox = sandbox;
    }

    @GetMapping("/sandbox-pay/{id}")
    String page(@PathVariable String id, Model model) {
        model.addAttribute("checkout", sandbox.checkout(id).orElseThrow(() -> new org.podium.platform.NotFound("checkout", id)));
        return "sandbox/pay";
    }

    @PostMapping("/sandbox-pay/{id}")
    String pay(@PathVariable String id, @RequestParam(defaultValue = "") String card, Model model,
               jakarta.servlet.http.HttpServletResponse response) {
        try {
            return "redirect:" + sandbox.pay(id, card).returnPath();
        } catch (SandboxPayments.CardRefused refused) {
            if (refused.refusal() == SandboxPayments.Refusal.UNKNOWN) {
                throw new org.podium.platform.NotFound("checkout", id);
            }
            response.setStatus(422);
            model.addAttribute("checkout", sandbox.checkout(id).orElseThrow());
            model.addAttribute("refused", refused.refusal().name());
            return "sandbox/pay";
        }
    }

    /** What a script pays with: the card, to the service's API (never to Podium's). */
    record Card(String card) {
    }

    @PostMapping("/sandbox-pay/api/checkouts/{id}/pay")
    @ResponseBody
    ResponseEntity<?> payFromScript(@PathVariable String id, @RequestBody Card card) {
        try {
            var paid = sandbox.pay(id, card.card() == null ? "" : card.card());
            return ResponseEntity.accepted().body(Map.of("checkout", paid.id(), "status", "PROCESSING", "returnPath", paid.returnPath()));
        } catch (SandboxPayments.CardRefused refused) {
            var status = switch (refused.refusal()) {
                case UNKNOWN -> HttpStatus.NOT_FOUND;
                case NOT_A_CARD -> HttpStatus.UNPROCESSABLE_ENTITY;
                case ALREADY_PAID -> HttpStatus.CONFLICT;
                case EXPIRED -> HttpStatus.GONE;
            };
            return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemTypes.problem(status, "checkout-" + refused.refusal().name().toLowerCase().replace('_', '-'),
                            "Payment refused", refused.getMessage()));
        }
    }
}
