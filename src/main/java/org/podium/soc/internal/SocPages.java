package org.podium.soc.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The SOC board for analysts (role SOC_ANALYST): incidents and the latest alerts, refreshed every two seconds. */
@Controller
class SocPages {

    /** Analysts read times in Paris time, as everyone running the Games does. */
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private final Incidents incidents;
    private final Alerts alerts;
    private final PodiumRules rules;
    private final EventStore store;
    private final IncidentEvidence evidence;
    private final SocFunnel funnel;

    SocPages(Incidents incidents, Alerts alerts, PodiumRules rules, EventStore store, IncidentEvidence evidence, SocFunnel funnel) {
        this.evidence = evidence;
        this.funnel = funnel;
        this.store = store;
        this.incidents = incidents;
        this.alerts = alerts;
        this.rules = rules;
    }

    @GetMapping("/staff/soc/incidents/{id}")
    String incident(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
        model.addAttribute("detail", incidents.detail(id));
        model.addAttribute("evidence", evidence.of(id));
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

    @org.springframework.web.bind.annotation.PostMapping("/staff/soc/alerts/{id}")
    String alertStatus(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam String status,
                       java.security.Principal principal, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            alerts.changeStatus(id, status, principal.getName(), java.time.Instant.now());
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refusedDetail", refused.getMessage());
        }
        return "redirect:/staff/soc";
    }

    /** A loaded rule or correlation as the rule list shows it. */
    record RuleRow(String id, String title, String kind, String level, String author, java.util.List<String> techniques, long hits) {
    }

    /** An ATT&CK technique: covered by loaded rules, and whether an alert named it. */
    record Technique(String id, long rules, boolean fired) {
    }

    @GetMapping("/staff/soc/rules")
    String rules(Model model) {
        var rows = new java.util.ArrayList<RuleRow>();
        for (var rule : rules.rules().rules()) {
            rows.add(new RuleRow(rule.id(), rule.title(), "detection", rule.level(), rule.author(), rule.techniques(), funnel.hits(rule.id())));
        }
        for (var correlation : rules.correlator().rules()) {
            rows.add(new RuleRow(correlation.id(), correlation.title(), correlation.type().name().toLowerCase(java.util.Locale.ROOT),
                    correlation.level(), correlation.author(), SigmaRule.techniquesOf(correlation.tags()), funnel.hits(correlation.id())));
        }
        var fired = alerts.firedTechniques();
        var covered = new java.util.TreeMap<String, Long>();
        rows.forEach(r -> r.techniques().forEach(t -> covered.merge(t, 1L, Long::sum)));
        model.addAttribute("rules", rows);
        model.addAttribute("refused", rules.refused());
        model.addAttribute("techniques", covered.entrySet().stream().map(e -> new Technique(e.getKey(), e.getValue(), fired.contains(e.getKey()))).toList());
        return "soc/rules";
    }

    /** Event search: a time range (Paris time, default the last hour) and optionally a field equal to a value. */
    @GetMapping("/staff/soc/events")
    String events(@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso =
                          org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime from,
                  @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso =
                          org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime to,
                  @RequestParam(required = false) String field, @RequestParam(required = false) String value, Model model) {
        var zone = PARIS;
        var end = to == null ? java.time.Instant.now() : to.atZone(zone).toInstant();
        var start = from == null ? end.minus(java.time.Duration.ofHours(1)) : from.atZone(zone).toInstant();
        model.addAttribute("from", start.atZone(zone).toLocalDateTime().withNano(0));
        model.addAttribute("to", end.atZone(zone).toLocalDateTime().withNano(0));
        model.addAttribute("field", field);
        model.addAttribute("value", value);
        try {
            model.addAttribute("events", store.search(start, end, field, value, 200));
        } catch (IllegalArgumentException refused) {
            model.addAttribute("events", java.util.List.of());
            model.addAttribute("refusedDetail", refused.getMessage());
        }
        return "soc/events";
    }

    @GetMapping("/staff/soc")
    String board(@RequestParam(required = false) String fragment, Model model) {
        model.addAttribute("incidents", incidents.board());
        model.addAttribute("alerts", alerts.recent(50));
        model.addAttribute("ruleCount", rules.rules().rules().size() + rules.correlator().rules().size());
        model.addAttribute("refused", rules.refused());
        var day = funnel.lastDay();
        model.addAttribute("funnel", day);
        model.addAttribute("funnelBars", SocFunnel.bars(day));
        model.addAttribute("topRules", funnel.topRules(10));
        return fragment != null ? "soc/board :: live" : "soc/board";
    }
}
