package org.podium.accounts.internal;

import java.security.Principal;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff member's API tokens in the back office: issue one for a venue system (the secret is
 * shown once, on the page that follows), see them without their secrets, revoke one. The member
 * signed in with their password, which is what issuing a token asks for.
 */
@Controller
class ApiTokenPages {

    private final ApiTokens tokens;

    ApiTokenPages(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/staff/tokens")
    String page(Model model, Principal who) {
        model.addAttribute("tokens", tokens.of(who.getName()));
        model.addAttribute("now", java.time.Instant.now());
        return "accounts/tokens";
    }

    @PostMapping("/staff/tokens")
    String issue(@RequestParam String label, @RequestParam(defaultValue = "30") int days, Principal who, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("issued", tokens.issue(who.getName(), label, days));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/tokens";
    }

    @PostMapping("/staff/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, Principal who, RedirectAttributes flash) {
        if (tokens.revoke(who.getName(), id)) {
            flash.addFlashAttribute("revoked", true);
        } else {
            flash.addFlashAttribute("error", "no such token, or already revoked");
        }
        return "redirect:/staff/tokens";
    }
}
