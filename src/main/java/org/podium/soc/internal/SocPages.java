package org.podium.soc.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The SOC board for analysts (role SOC_ANALYST): incidents and the latest alerts, refreshed every two seconds. */
@Controller
class SocPages {

    private final Incidents incidents;
    private final Alerts alerts;
    private final PodiumRules rules;

    SocPages(Incidents incidents, Alerts alerts, PodiumRules rules) {
        this.incidents = incidents;
        this.alerts = alerts;
        this.rules = rules;
    }

    @GetMapping("/staff/soc/incidents/{id}")
    String incident(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
        model.addAttribute("detail", incidents.detail(id));
        model.addAttribute("actions", Incidents.Action.values());
        return "soc/incident";
    }

    @org.springframework.web.bind.annotation.PostMapping("/staff/soc/incidents/{id}")
    String act(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam Incidents.Action action,
               @RequestParam(defaultValue = "") String text, java.security.Principal principal,
               org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            incidents.act(id, action, text, principal.getName(), java.time.Instant.now());
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refusedDetail", refused.getMessage());
        }
        return "redirect:/staff/soc/incidents/" + id;
    }

    @GetMapping("/staff/soc")
    String board(@RequestParam(required = false) String fragment, Model model) {
        model.addAttribute("incidents", incidents.board());
        model.addAttribute("alerts", alerts.recent(50));
        model.addAttribute("ruleCount", rules.rules().rules().size() + rules.correlator().rules().size());
        model.addAttribute("refused", rules.refused());
        return fragment != null ? "soc/board :: live" : "soc/board";
    }
}
