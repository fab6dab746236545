package org.podium.workforce.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;

import org.podium.platform.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workforce operations as JSON, for scripts and the benchmark (role WORKFORCE_MANAGER). */
@RestController
@RequestMapping("/api/staff/workforce")
class WorkforceApi {

    private final SyntheticApplicants synthetic;
    private final Selection selection;
    private final Invitations invitations;
    private final Rostering rostering;
    private final Attendance attendance;
    private final Figures figures;
    private final Demand demand;
    private final boolean demo;

    WorkforceApi(SyntheticApplicants synthetic, Selection selection, Invitations invitations, Rostering rostering, Attendance attendance,
                 Figures figures, Demand demand, @Value("${podium.demo.enabled:true}") boolean demo) {
        this.synthetic = synthetic;
        this.selection = selection;
        this.invitations = invitations;
        this.rostering = rostering;
        this.attendance = attendance;
        this.figures = figures;
        this.demand = demand;
        this.demo = demo;
    }

    @PostMapping("/demo/applicants")
    Map<String, Object> generate(@RequestParam(defaultValue = "300000") int count, @RequestParam(defaultValue = "2024") long seed) {
        if (!demo || count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("Synthetic applicants exist in demo mode only, 1 to 1,000,000");
        }
        var started = System.nanoTime();
        synthetic.generate(count, seed);
        return Map.of("applicants", count, "millis", (System.nanoTime() - started) / 1_000_000);
    }

    @PostMapping("/selection")
    Selection.Outcome select() {
        return selection.select();
    }

    @PostMapping("/demo/answers")
    Map<String, Object> answers(@RequestParam(defaultValue = "0.92") double acceptShare) {
        if (!demo || acceptShare < 0 || acceptShare > 1) {
            throw new IllegalArgumentException("Synthetic answers exist in demo mode only, with a share between 0 and 1");
        }
        return Map.of("accepted", invitations.answerSynthetic(acceptShare, WorkforceDemo.SEED));
    }

    @GetMapping("/figures")
    Map<String, Object> figures() {
        return Map.of("statuses", figures.byStatus(), "diversity", figures.diversity());
    }

    @GetMapping("/demand")
    Map<String, Object> demand() {
        var positions = demand.positions();
        return Map.of("positions", positions.stream().mapToInt(Demand.Position::count).sum(),
                "hours", positions.stream().mapToLong(Demand.Position::minutes).sum() / 60, "venues",
                positions.stream().map(Demand.Position::venue).distinct().count());
    }

    @PostMapping("/shifts")
    Map<String, Object> shifts() {
        return Map.of("shifts", rostering.createShifts());
    }

    /** Synchronous: the whole Games takes minutes (the page runs it in the background instead). */
    @PostMapping("/roster/plan")
    Rostering.Run plan(@RequestParam(defaultValue = "timefold") String method, @RequestParam(defaultValue = "false") boolean fresh,
                       @RequestParam(required = false) @org.jspecify.annotations.Nullable String venue) {
        if (!method.equals("timefold") && !method.equals("first-fit")) {
            throw new IllegalArgumentException("method is timefold or first-fit");
        }
        return rostering.plan(method, fresh, venue);
    }

    @PostMapping("/roster/publication")
    Map<String, Object> publish(@RequestParam LocalDate until, @RequestParam(required = false) @org.jspecify.annotations.Nullable String venue) {
        return Map.of("published", rostering.publish(until, venue));
    }

    @GetMapping("/roster/last")
    Rostering.Run last() {
        var run = rostering.lastRun();
        if (run == null) {
            throw new NotFound("roster run", "last");
        }
        return run;
    }

    @PostMapping("/attendance/scan")
    Attendance.Scan scan(@RequestParam String venue, @RequestParam String code, Principal principal) {
        return attendance.scan(code, venue);
    }
}
