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

    @GetMapping("/staff/soc")
    String board(@RequestParam(required = false) String fragment, Model model) {
        model.addAttribute("incidents", incidents.board());
        model.addAttribute("alerts", alerts.recent(50));
        model.addAttribute("ruleCount", rules.rules().rules().size() + rules.correlator().rules().size());
        model.addAttribute("refused", rules.refused());
        return fragment != null ? "soc/board :: live" : "soc/board";
    }
}
