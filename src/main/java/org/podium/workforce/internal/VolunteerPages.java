package org.podium.workforce.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanAccounts;
import org.podium.games.Programme;
import org.podium.games.Venue;
import org.podium.platform.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The volunteer's side, signed in with their fan account: apply, follow the application, answer the
 * invitation, complete training, see the published shifts (and subscribe to them), check-in code.
 */
@Controller
class VolunteerPages {

    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{3,23}");
    private static final Pattern NOC = Pattern.compile("[A-Z]{3}");

    private final FanAccounts fans;
    private final Applicants applicants;
    private final Invitations invitations;
    private final Attendance attendance;
    private final CalendarFeed calendar;
    private final Programme programme;
    private final WorkforceProperties properties;
    private final MessageSource messages;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.time.Clock clock;
    private final Swaps swaps;

    VolunteerPages(Swaps swaps, FanAccounts fans, Applicants applicants, Invitations invitations, Attendance attendance, CalendarFeed calendar,
                   Programme programme, WorkforceProperties properties, MessageSource messages,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock) {
        this.swaps = swaps;
        this.fans = fans;
        this.applicants = applicants;
        this.invitations = invitations;
        this.attendance = attendance;
        this.calendar = calendar;
        this.programme = programme;
        this.properties = properties;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private java.util.UUID fan(Principal principal) {
        return fans.findByEmail(principal.getName()).orElseThrow(() -> new NotFound("fan", principal.getName())).id().value();
    }

    @GetMapping("/account/volunteer")
    String home(Principal principal, Model model, Locale locale) {
        var applicant = applicants.ofFan(fan(principal));
        model.addAttribute("applicant", applicant.orElse(null));
        if (applicant.isEmpty()) {
            formModel(model, emptyForm());
        } else {
            var a = applicant.get();
            if (a.venue() != null) {
                model.addAttribute("venueName", programme.venues().stream().filter(v -> v.tag().equals(a.venue())).findFirst()
                        .map(v -> v.name(locale)).orElse(a.venue()));
            }
            if ("ACCEPTED".equals(a.status())) {
                var shifts = attendance.shiftsOf(a.id());
                model.addAttribute("shifts", shifts);
                model.addAttribute("minutesWorked", shifts.stream().mapToLong(Attendance.ShiftLine::minutesWorked).sum());
                model.addAttribute("mealVouchers", shifts.stream().filter(Attendance.ShiftLine::mealVoucher).count());
                model.addAttribute("training", jdbc.sql("select module, completed_at is not null from workforce.training where applicant_id = :id order by module")
                        .param("id", a.id()).query((rs, n) -> new Training(rs.getString(1), rs.getBoolean(2))).list());
                model.addAttribute("offers", swaps.offeredTo(a.id()));
                model.addAttribute("now", attendance.now());
                model.addAttribute("calendarPath", "/volunteer/calendar/" + a.reference() + "/" + calendar.token(a.reference()) + ".ics");
            }
        }
        return "workforce/volunteer";
    }

    /** A training module and whether it is done (public: the template reads it). */
    public record Training(String module, boolean done) {}

    private void formModel(Model model, ApplicationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("areas", properties.demand().areas().keySet());
        model.addAttribute("venues", programme.venues());
        model.addAttribute("sizes", ApplicationForm.SIZES);
        model.addAttribute("levels", List.of("A1", "A2", "B1", "B2", "C1", "C2"));
        model.addAttribute("firstDay", SyntheticApplicants.FIRST_DAY);
        model.addAttribute("lastDay", SyntheticApplicants.LAST_DAY);
    }

    private static ApplicationForm emptyForm() {
        return new ApplicationForm(null, null, null, null, "FRA", null, null, null, null, List.of(), null, null, null, null, List.of(),
                null, null, false, "M", false);
    }

    @PostMapping("/account/volunteer/application")
    String apply(Principal principal, ApplicationForm form, Model model, Locale locale) {
        var fan = fan(principal);
        if (applicants.ofFan(fan).isPresent()) {
            return "redirect:/account/volunteer";
        }
        var valid = new ArrayList<ApplicationForm.Valid>();
        var problems = form.check(properties.demand().areas().keySet(), Set.copyOf(programme.venues().stream().map(Venue::tag).toList()),
                Rostering.GAMES_START, valid);
        if (!problems.isEmpty()) {
            model.addAttribute("applicant", null);
            formModel(model, form);
            model.addAttribute("formErrors", problems.stream()
                    .map(p -> messages.getMessage("workforce.field." + p.field(), null, p.field(), locale) + ": "
                            + messages.getMessage(p.key(), new Object[] {ApplicationForm.MIN_DAYS}, locale)).toList());
            model.addAttribute("errorFields", problems.stream().map(ApplicationForm.Problem::field).toList());
            return "workforce/volunteer";
        }
        applicants.apply(fan, valid.getFirst(), clock.instant());
        return "redirect:/account/volunteer?applied";
    }

    @PostMapping("/account/volunteer/withdrawal")
    String withdraw(Principal principal) {
        var applicant = applicants.ofFan(fan(principal)).orElseThrow(() -> new NotFound("application", principal.getName()));
        invitations.withdraw(applicant.id());
        return "redirect:/account/volunteer";
    }

    @PostMapping("/account/volunteer/invitation")
    String answer(Principal principal, @RequestParam String answer, @RequestParam(required = false) @Nullable String birthPlace,
                  @RequestParam(required = false) @Nullable String nationality, @RequestParam(required = false) @Nullable String documentNumber,
                  @RequestParam(required = false) @Nullable String documentExpiry, Model model, Locale locale) {
        var applicant = applicants.ofFan(fan(principal)).orElseThrow(() -> new NotFound("application", principal.getName()));
        if ("decline".equals(answer)) {
            invitations.decline(applicant.id());
            return "redirect:/account/volunteer";
        }
        var expiry = date(documentExpiry);
        if (birthPlace == null || birthPlace.isBlank() || birthPlace.length() > 100 || nationality == null
                || !NOC.matcher(nationality.strip()).matches() || documentNumber == null || !DOCUMENT.matcher(documentNumber.strip()).matches()
                || expiry == null || expiry.isBefore(LocalDate.of(2024, 9, 11))) {
            return "redirect:/account/volunteer?identity";
        }
        invitations.accept(applicant.id(), new Invitations.Identity(birthPlace.strip(), nationality.strip(), documentNumber.strip(), expiry));
        return "redirect:/account/volunteer?accepted";
    }

    @PostMapping("/account/volunteer/training/{module}")
    String completeTraining(Principal principal, @PathVariable String module) {
        var applicant = applicants.ofFan(fan(principal)).orElseThrow(() -> new NotFound("application", principal.getName()));
        invitations.completeTraining(applicant.id(), module);
        return "redirect:/account/volunteer";
    }

    @PostMapping("/account/volunteer/swaps")
    String offer(Principal principal, @RequestParam long shift, @RequestParam String to) {
        var applicant = applicants.ofFan(fan(principal)).orElseThrow(() -> new NotFound("application", principal.getName()));
        swaps.offer(applicant.id(), shift, to);
        return "redirect:/account/volunteer?offered";
    }

    @PostMapping("/account/volunteer/swaps/{id}/acceptance")
    String takeOffer(Principal principal, @PathVariable long id, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        var applicant = applicants.ofFan(fan(principal)).orElseThrow(() -> new NotFound("application", principal.getName()));
        var broken = swaps.accept(applicant.id(), id);
        if (broken != null) {
            redirect.addAttribute("swapBroken", broken);
            return "redirect:/account/volunteer";
        }
        return "redirect:/account/volunteer?swapTaken";
    }

    @PostMapping("/account/volunteer/swaps/{id}/refusal")
    String refuseOffer(Principal principal, @PathVariable long id) {
        var applicant = applicants.ofFan(fan(principal)).orElseThrow(() -> new NotFound("application", principal.getName()));
        swaps.refuse(applicant.id(), id);
        return "redirect:/account/volunteer";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(Swaps.Refused.class)
    String swapRefused(Swaps.Refused refused, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addAttribute("swapRefused", refused.key.substring("workforce.swap.".length()));
        return "redirect:/account/volunteer";
    }

    // The token is base64url, which may hold '-': a path segment of its own.
    @GetMapping("/volunteer/calendar/{reference}/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String reference, @PathVariable String token) {
        if (!calendar.valid(reference, token)) {
            throw new NotFound("calendar", reference);
        }
        var applicant = applicants.byReference(reference).orElseThrow(() -> new NotFound("calendar", reference));
        var body = calendar.calendar("Paris 2024 - " + applicant.reference(), attendance.shiftsOf(applicant.id()),
                s -> s.area() + " - " + s.venue());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(body);
    }

    /** An answer to an invitation that is no longer open (answered in another tab, withdrawn). */
    @org.springframework.web.bind.annotation.ExceptionHandler(Invitations.NotInvited.class)
    String notInvited() {
        return "redirect:/account/volunteer?closed";
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
