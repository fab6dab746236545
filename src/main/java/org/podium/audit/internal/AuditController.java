package org.podium.audit.internal;

import org.podium.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for administrators. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/staff/audit")
    String audit(@RequestParam(defaultValue = "") String action, Model model) {
        model.addAttribute("entries", trail.latest(200, action));
        model.addAttribute("action", action);
        return "audit/trail";
    }
}
