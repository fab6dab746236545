package org.podium.workforce.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.Programme;
import org.podium.platform.BarChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.podium.platform.events.DurableEvents;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workforce managers' pages: applications and selection with the diversity figures, the demand
 * against the roster per venue and day, planning runs with their score by constraint, and the day's
 * attendance at a venue (check-in, no-shows and replacements).
 */
@Controller
class WorkforcePages {

    private static final Logger log = LoggerFactory.getLogger(WorkforcePages.class);

    private final Figures figures;
    private final Selection selection;
    private final Invitations invitations;
    private final Rostering rostering;
    private final Attendance attendance;
    private final SyntheticApplicants synthetic;
    private final Programme programme;
    private final MessageSource messages;
    private final DurableEvents events;
    private final boolean demo;
    private final AtomicReference<@Nullable String> planning = new AtomicReference<>();

    WorkforcePages(Figures figures, Selection selection, Invitations invitations, Rostering rostering, Attendance attendance,
                   SyntheticApplicants synthetic, Programme programme, MessageSource messages, DurableEvents events,
                   @Value("${podium.demo.enabled:true}") boolean demo) {
        this.figures = figures;
        this.selection = selection;
        this.invitations = invitations;
        this.rostering = rostering;
        this.attendance = attendance;
        this.synthetic = synthetic;
        this.programme = programme;
        this.messages = messages;
        this.events = events;
        this.demo = demo;
    }

    @GetMapping("/staff/workforce")
    String home(@RequestParam(required = false) @Nullable String venue, Model model, Locale locale) {
        var venues = programme.venues();
        var chosen = venue != null && venues.stream().anyMatch(v -> v.tag().equals(venue)) ? venue : venues.getFirst().tag();
        model.addAttribute("venues", venues);
        model.addAttribute("venue", chosen);
        model.addAttribute("statuses", figures.byStatus());
        model.addAttribute("diversity", figures.diversity());
        model.addAttribute("demo", demo);
        model.addAttribute("planning", planning.get());
        model.addAttribute("run", rostering.lastRun());
        var coverage = rostering.coverage(chosen);
        model.addAttribute("coverage", coverage);
        var filled = messages.getMessage("workforce.chart.filled", null, locale);
        var open = messages.getMessage("workforce.chart.open", null, locale);
        model.addAttribute("chart", new BarChart(List.of(filled, open), coverage.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey().getDayOfMonth() + "/" + e.getKey().getMonthValue(),
                        List.of((long) e.getValue()[1], (long) (e.getValue()[0] - e.getValue()[1])))).toList()));
        return "workforce/manager";
    }

    private void audit(Principal principal, String action, String detail) {
        events.publish(new StaffActionPerformed(principal.getName(), "workforce." + action, "volunteers", detail, java.time.Instant.now()));
    }

    @PostMapping("/staff/workforce/demo/applicants")
    String generate(@RequestParam(defaultValue = "300000") int count, Principal principal, RedirectAttributes redirect) {
        if (!demo || count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("Synthetic applicants exist in demo mode only, 1 to 1,000,000");
        }
        synthetic.generate(count, WorkforceDemo.SEED);
        audit(principal, "demo.applicants", count + " synthetic applicants");
        redirect.addFlashAttribute("done", count + " synthetic applicants");
        return "redirect:/staff/workforce";
    }

    @PostMapping("/staff/workforce/selection")
    String select(Principal principal, RedirectAttributes redirect) {
        var outcome = selection.select();
        audit(principal, "selection", outcome.invited() + " invited, " + outcome.standby() + " on standby");
        redirect.addFlashAttribute("done", outcome.invited() + " invited, " + outcome.standby() + " standby, " + outcome.teams() + " teams");
        return "redirect:/staff/workforce";
    }

    @PostMapping("/staff/workforce/demo/answers")
    String answers(Principal principal, RedirectAttributes redirect) {
        if (!demo) {
            throw new IllegalArgumentException("Synthetic answers exist in demo mode only");
        }
        var accepted = invitations.answerSynthetic(0.92, WorkforceDemo.SEED);
        audit(principal, "demo.answers", accepted + " accepted");
        redirect.addFlashAttribute("done", accepted + " accepted");
        return "redirect:/staff/workforce";
    }

    @PostMapping("/staff/workforce/shifts")
    String shifts(Principal principal, RedirectAttributes redirect) {
        var count = rostering.createShifts();
        audit(principal, "shifts", count + " shifts");
        redirect.addFlashAttribute("done", count + " shifts");
        return "redirect:/staff/workforce";
    }

    /** Planning the whole Games takes minutes: it runs in the background, the page says so. */
    @PostMapping("/staff/workforce/roster/plan")
    String plan(@RequestParam(defaultValue = "timefold") String method, @RequestParam(required = false) @Nullable String venue,
                Principal principal) {
        var checked = "first-fit".equals(method) ? "first-fit" : "timefold";
        var where = venue == null || venue.isBlank() ? null : programme.venue(venue).tag();
        if (planning.compareAndSet(null, checked + (where == null ? "" : " · " + where))) {
            Thread.ofVirtual().name("roster-plan").start(() -> {
                try {
                    var run = rostering.plan(checked, false, where);
                    audit(principal, "roster.plan", checked + " " + (where == null ? "all venues" : where) + " " + run.score());
                } catch (RuntimeException e) {
                    log.error("Roster planning failed", e);
                } finally {
                    planning.set(null);
                }
            });
        }
        return "redirect:/staff/workforce";
    }

    @PostMapping("/staff/workforce/roster/publication")
    String publish(@RequestParam LocalDate until, @RequestParam(required = false) @Nullable String venue, Principal principal,
                   RedirectAttributes redirect) {
        var where = venue == null || venue.isBlank() ? null : programme.venue(venue).tag();
        var count = rostering.publish(until, where);
        audit(principal, "roster.publish", count + " shifts before " + until + " at " + (where == null ? "all venues" : where));
        redirect.addFlashAttribute("done", count + " shifts published");
        return "redirect:/staff/workforce";
    }

    @GetMapping("/staff/workforce/day")
    String day(@RequestParam String venue, Model model) {
        model.addAttribute("venue", programme.venue(venue));
        model.addAttribute("now", attendance.now());
        model.addAttribute("noShows", attendance.noShows(venue));
        model.addAttribute("shifts", attendance.today(venue));
        return "workforce/day";
    }

    @PostMapping("/staff/workforce/day/scan")
    String scan(@RequestParam String venue, @RequestParam String code, RedirectAttributes redirect) {
        var scan = attendance.scan(code, venue);
        redirect.addFlashAttribute("scan", scan);
        redirect.addAttribute("venue", venue);
        return "redirect:/staff/workforce/day";
    }
}
