package org.podium.accreditation.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.AccreditationStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's pages (its manager: quotas, a request, a bulk file, the statuses) and the
 * accreditation centre's (validation, screening batches and answers, approval, a person's file).
 */
@Controller
class AccreditationPages {

    private static final int LIST = 200;
    /** At most this many requests per bulk action: one transaction stays short (about a second per thousand). */
    private static final int BULK = 2_000;

    private final Organisations organisations;
    private final Requests requests;
    private final Categories categories;
    private final Centre centre;
    private final Screening screening;
    private final MessageSource messages;
    private final Cards cards;
    private final CardPdf pdf;
    private final DemoAthletes demoAthletes;
    private final Photos photos;
    private final Passes passes;
    private final org.podium.games.Programme programme;
    private final CheckpointScans checkpointScans;

    AccreditationPages(Organisations organisations, Requests requests, Categories categories, Centre centre, Screening screening,
                       MessageSource messages, Cards cards, CardPdf pdf, DemoAthletes demoAthletes, Photos photos, Passes passes,
                       org.podium.games.Programme programme, CheckpointScans checkpointScans) {
        this.checkpointScans = checkpointScans;
        this.passes = passes;
        this.programme = programme;
        this.photos = photos;
        this.demoAthletes = demoAthletes;
        this.cards = cards;
        this.pdf = pdf;
        this.organisations = organisations;
        this.requests = requests;
        this.categories = categories;
        this.centre = centre;
        this.screening = screening;
        this.messages = messages;
    }

    @ModelAttribute("categories")
    List<Category> categories() {
        return categories.all();
    }

    private String organisationOf(Principal principal) {
        return organisations.managedBy(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("No organisation is assigned to " + principal.getName()));
    }

    // --- the organisation's manager ---

    @GetMapping("/staff/accreditation/organisation")
    String organisation(@RequestParam(required = false) @Nullable AccreditationStatus status, Principal principal, Model model) {
        var code = organisationOf(principal);
        model.addAttribute("organisation", organisations.find(code).orElseThrow());
        model.addAttribute("quotas", organisations.quotas(code).values());
        model.addAttribute("counts", requests.counts(code));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AccreditationStatus.values());
        var listed = requests.list(code, status, LIST);
        model.addAttribute("requests", listed);
        model.addAttribute("withPhoto", photos.among(listed.stream().map(Requests.Request::id).toList()));
        model.addAttribute("columns", String.join(",", BulkFile.COLUMNS));
        var organisation = organisations.find(code).orElseThrow();
        model.addAttribute("demoAthletes", demoAthletes.enabled() && organisation.kind().equals("NOC"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequestForm(null, null, null, null, null, null, null, null, null));
        }
        return "accreditation/organisation";
    }

    @PostMapping("/staff/accreditation/organisation/requests")
    String submit(@ModelAttribute("form") RequestForm form, Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        var code = organisationOf(principal);
        try {
            requests.submit(code, List.of(new BulkFile.Line(1, form)), principal.getName());
        } catch (Requests.Refused refused) {
            model.addAttribute("formErrors", refused.refusals.stream().map(r -> field(r.field(), locale) + ": " + text(r, locale)).toList());
            return organisation(null, principal, model);
        }
        redirect.addFlashAttribute("done", messages.getMessage("accreditation.submitted", new Object[] {1}, locale));
        return "redirect:/staff/accreditation/organisation";
    }

    @PostMapping("/staff/accreditation/organisation/bulk")
    String bulk(@RequestParam("file") MultipartFile file, Principal principal, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        var code = organisationOf(principal);
        try {
            var ids = requests.submit(code, BulkFile.read(new String(file.getBytes(), StandardCharsets.UTF_8)), principal.getName());
            redirect.addFlashAttribute("done", messages.getMessage("accreditation.submitted", new Object[] {ids.size()}, locale));
            return "redirect:/staff/accreditation/organisation";
        } catch (Requests.Refused refused) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("report", refused.refusals.stream().limit(500)
                    .map(r -> messages.getMessage("accreditation.line", new Object[] {r.line(), field(r.field(), locale), text(r, locale)}, locale))
                    .toList());
            model.addAttribute("reportSize", refused.refusals.size());
            return organisation(null, principal, model);
        }
    }

    /** Demo mode: the NOC's athletes of the real Paris 2024 data, requested as one list. */
    @PostMapping("/staff/accreditation/organisation/demo-athletes")
    String demoAthletes(Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        var code = organisationOf(principal);
        try {
            var count = demoAthletes.request(code, principal.getName());
            redirect.addFlashAttribute("done", messages.getMessage("accreditation.submitted", new Object[] {count}, locale));
            return "redirect:/staff/accreditation/organisation";
        } catch (Requests.Refused refused) {
            model.addAttribute("fileName", "athletes.csv");
            model.addAttribute("report", refused.refusals.stream().limit(500)
                    .map(r -> messages.getMessage("accreditation.line", new Object[] {r.line(), field(r.field(), locale), text(r, locale)}, locale))
                    .toList());
            model.addAttribute("reportSize", refused.refusals.size());
            return organisation(null, principal, model);
        }
    }

    @PostMapping("/staff/accreditation/organisation/requests/{id}/photo")
    String photo(@PathVariable UUID id, @RequestParam("photo") MultipartFile file, Principal principal, Locale locale,
                 RedirectAttributes redirect) throws IOException {
        try {
            photos.upload(id, organisationOf(principal), file.getBytes(), principal.getName());
            redirect.addFlashAttribute("done", messages.getMessage("accreditation.photo.done", null, locale));
        } catch (Photos.PhotoRefused refused) {
            redirect.addFlashAttribute("photoRefused", messages.getMessage(refused.key, refused.args, locale));
        }
        return "redirect:/staff/accreditation/organisation";
    }

    /** The photo, for the centre's page of the person (already an audited opening of their file). */
    @GetMapping("/staff/accreditation/centre/requests/{id}/photo")
    ResponseEntity<byte[]> photoOf(@PathVariable UUID id) {
        var photo = photos.of(id).orElseThrow(() -> new org.podium.platform.NotFound("photo", id.toString()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(photo.image());
    }

    @PostMapping("/staff/accreditation/organisation/requests/{id}/withdraw")
    String withdraw(@PathVariable UUID id, Principal principal) {
        var code = organisationOf(principal);
        var request = requests.find(id).filter(r -> r.organisation().equals(code))
                .orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString()));
        requests.move(request.id(), AccreditationStatus.WITHDRAWN, "withdrawn by the organisation", principal.getName());
        return "redirect:/staff/accreditation/organisation";
    }

    private String text(Requests.Refusal refusal, Locale locale) {
        return messages.getMessage(refusal.key(), refusal.args().toArray(), locale);
    }

    private String field(String field, Locale locale) {
        return messages.getMessage("accreditation.field." + field, null, field, locale);
    }

    /** A step the request's status does not allow (a double click, a stale page): said, nothing changed. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Requests.StepRefused.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
    String stepRefused(Requests.StepRefused refused, Model model) {
        model.addAttribute("message", refused.getMessage());
        return "accreditation/refused";
    }

    // --- the accreditation centre ---

    @GetMapping("/staff/accreditation/centre")
    String centre(@RequestParam(required = false) @Nullable AccreditationStatus status, Model model) {
        model.addAttribute("counts", requests.counts(null));
        model.addAttribute("submitted", requests.list(null, AccreditationStatus.SUBMITTED, 50));
        model.addAttribute("favourable", requests.list(null, AccreditationStatus.FAVOURABLE, 50));
        model.addAttribute("submittedBy", requests.organisationsWith(AccreditationStatus.SUBMITTED));
        model.addAttribute("favourableBy", requests.organisationsWith(AccreditationStatus.FAVOURABLE));
        model.addAttribute("batches", screening.batches(20));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AccreditationStatus.values());
        model.addAttribute("listed", status == null ? List.of() : requests.list(null, status, LIST));
        model.addAttribute("validUntil", centre.cardsValidUntil());
        model.addAttribute("venues", programme.venues());
        model.addAttribute("organisations", organisations.all());
        return "accreditation/centre";
    }

    @GetMapping("/staff/accreditation/centre/requests/{id}")
    String person(@PathVariable UUID id, Model model, Principal principal) {
        model.addAttribute("request", requests.open(id, principal.getName())
                .orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString())));
        model.addAttribute("steps", requests.steps(id));
        model.addAttribute("findings", requests.validationFindings(id, centre.cardsValidUntil()));
        model.addAttribute("card", cards.current(id).orElse(null));
        model.addAttribute("hasPhoto", photos.has(id));
        model.addAttribute("passes", passes.of(id));
        model.addAttribute("scans", checkpointScans.of(id, 20));
        model.addAttribute("venues", programme.venues());
        return "accreditation/person";
    }

    /** The card's steps: print (or reprint a lost card), hand over, suspend, reinstate, revoke. */
    @PostMapping("/staff/accreditation/centre/requests/{id}/card")
    String card(@PathVariable UUID id, @RequestParam String step, @RequestParam(required = false) @Nullable String reason, Principal principal) {
        var actor = principal.getName();
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        switch (step) {
            case "print" -> cards.print(id, actor);
            case "activate" -> cards.activate(id, actor);
            case "suspend" -> cards.suspend(id, java.util.Objects.requireNonNullElse(why, "suspended by the centre"), actor);
            case "reinstate" -> cards.reinstate(id, actor);
            case "revoke" -> cards.revoke(id, java.util.Objects.requireNonNullElse(why, "revoked by the centre"), actor);
            default -> throw new IllegalArgumentException("No card step " + step);
        }
        return "redirect:/staff/accreditation/centre/requests/" + id;
    }

    @GetMapping("/staff/accreditation/centre/requests/{id}/card.pdf")
    ResponseEntity<byte[]> cardPdf(@PathVariable UUID id) {
        var request = requests.find(id).orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString()));
        var card = cards.current(id).orElseThrow(() -> new org.podium.platform.NotFound("accreditation card", id.toString()));
        var body = pdf.render(request, organisations.find(request.organisation()).orElseThrow(), categories.find(request.category()).orElseThrow(),
                card, photos.of(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("card-" + id + "-v" + card.version() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(body);
    }

    @PostMapping("/staff/accreditation/centre/requests/{id}/document")
    String document(@PathVariable UUID id, Principal principal, Model model) {
        model.addAttribute("documentNumber", requests.documentNumber(id, principal.getName()));
        return person(id, model, principal);
    }

    @PostMapping("/staff/accreditation/centre/requests/{id}/validate")
    String validate(@PathVariable UUID id, Principal principal) {
        centre.validate(id, principal.getName());
        return "redirect:/staff/accreditation/centre/requests/" + id;
    }

    @PostMapping("/staff/accreditation/centre/requests/{id}/approve")
    String approve(@PathVariable UUID id, Principal principal) {
        centre.approve(id, principal.getName());
        return "redirect:/staff/accreditation/centre/requests/" + id;
    }

    /** An organisation's whole list at once (or everyone's): the centre works organisation by organisation. */
    @PostMapping("/staff/accreditation/centre/validate-all")
    String validateAll(@RequestParam(required = false) @Nullable String organisation, Principal principal, Locale locale,
                       RedirectAttributes redirect) {
        var done = centre.validateAll(organisation == null || organisation.isBlank() ? null : organisation, principal.getName(), BULK);
        redirect.addFlashAttribute("done", messages.getMessage("accreditation.validatedAll", new Object[] {done}, locale));
        return "redirect:/staff/accreditation/centre";
    }

    @PostMapping("/staff/accreditation/centre/approve-all")
    String approveAll(@RequestParam(required = false) @Nullable String organisation, Principal principal, Locale locale,
                      RedirectAttributes redirect) {
        var done = centre.approveAll(organisation == null || organisation.isBlank() ? null : organisation, principal.getName(), BULK);
        redirect.addFlashAttribute("done", messages.getMessage("accreditation.approvedAll", new Object[] {done}, locale));
        return "redirect:/staff/accreditation/centre";
    }

    @PostMapping("/staff/accreditation/centre/screening")
    String send(Principal principal, Locale locale, RedirectAttributes redirect) {
        var batch = screening.send(principal.getName(), BULK);
        redirect.addFlashAttribute("done", batch.map(b -> messages.getMessage("accreditation.batchSent", new Object[] {b.id(), b.requests()}, locale))
                .orElse(messages.getMessage("accreditation.nothingToScreen", null, locale)));
        return "redirect:/staff/accreditation/centre";
    }

    /** An upgrade pass for an active card's holder: extra zones at a venue for a day. */
    @PostMapping("/staff/accreditation/centre/requests/{id}/upgrade")
    String upgrade(@PathVariable UUID id, @RequestParam String venue, @RequestParam String zones, @RequestParam java.time.LocalDate day,
                   Principal principal) {
        return "redirect:/staff/accreditation/centre/passes/" + passes.upgrade(id, venue, zones, day, principal.getName()).id();
    }

    /** A day pass for a named guest. */
    @PostMapping("/staff/accreditation/centre/passes")
    String dayPass(@RequestParam String holder, @RequestParam String organisation, @RequestParam String venue, @RequestParam String zones,
                   @RequestParam java.time.LocalDate day, Principal principal) {
        if (organisations.find(organisation).isEmpty()) {
            throw new Passes.PassRefused("No organisation " + organisation);
        }
        return "redirect:/staff/accreditation/centre/passes/" + passes.day(holder, organisation, venue, zones, day, principal.getName()).id();
    }

    @GetMapping("/staff/accreditation/centre/passes/{id}")
    String pass(@PathVariable UUID id, Model model) {
        model.addAttribute("pass", passes.find(id).orElseThrow(() -> new org.podium.platform.NotFound("pass", id.toString())));
        return "accreditation/pass";
    }

    @GetMapping(path = "/staff/accreditation/centre/passes/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> passQr(@PathVariable UUID id) {
        var pass = passes.find(id).orElseThrow(() -> new org.podium.platform.NotFound("pass", id.toString()));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(CardPdf.qrPng(pass.qr()));
    }

    @PostMapping("/staff/accreditation/centre/passes/{id}/revoke")
    String revokePass(@PathVariable UUID id, Principal principal) {
        passes.revoke(id, principal.getName());
        return "redirect:/staff/accreditation/centre/passes/" + id;
    }

    /** A pass that cannot be issued or revoked: said on a page, nothing changed. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Passes.PassRefused.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
    String passRefused(Passes.PassRefused refused, Model model) {
        model.addAttribute("message", refused.getMessage());
        return "accreditation/refused";
    }

    /** The day's visa list for border police (CSV): the cards handed over that day. */
    @GetMapping("/staff/accreditation/centre/visas")
    ResponseEntity<String> visas(@RequestParam java.time.LocalDate day, Principal principal) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("visas-" + day + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(cards.visaList(day, principal.getName()));
    }

    @GetMapping("/staff/accreditation/centre/screening/{batch}/file")
    ResponseEntity<String> screeningFile(@PathVariable long batch, Principal principal) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("screening-" + batch + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(screening.file(batch, principal.getName()));
    }

    @PostMapping("/staff/accreditation/centre/screening/answers")
    String answers(@RequestParam("file") MultipartFile file, Principal principal, Model model, Locale locale, RedirectAttributes redirect)
            throws IOException {
        try {
            var recorded = screening.answer(new String(file.getBytes(), StandardCharsets.UTF_8), principal.getName());
            redirect.addFlashAttribute("done", messages.getMessage("accreditation.answersRecorded", new Object[] {recorded}, locale));
            return "redirect:/staff/accreditation/centre";
        } catch (Screening.AnswersRejected rejected) {
            model.addAttribute("answersReport", rejected.lines.stream().limit(500)
                    .map(l -> messages.getMessage("accreditation.line", new Object[] {l.line(), "", l.reason()}, locale)).toList());
            return centre(null, model);
        }
    }
}
