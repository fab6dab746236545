package org.podium.accreditation.internal;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.AccreditationStatus;
import org.podium.platform.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An organisation's systems submit and follow their accreditation requests (role
 * ACCREDITATION_MANAGER, API token or HTTP Basic; the organisation is the manager's).
 */
@RestController
@Tag(name = "Accreditation")
class AccreditationApi {

    private final Organisations organisations;
    private final Requests requests;
    private final MessageSource messages;
    private final Photos photos;

    AccreditationApi(Organisations organisations, Requests requests, MessageSource messages, Photos photos) {
        this.photos = photos;
        this.organisations = organisations;
        this.requests = requests;
        this.messages = messages;
    }

    private String organisationOf(Principal principal) {
        return organisations.managedBy(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("No organisation is assigned to " + principal.getName()));
    }

    record Submitted(String organisation, int requests, List<UUID> ids) {
    }

    @Operation(summary = "Submit a bulk file of requests (CSV, header line with the columns of docs/modules/accreditation.md): all or none")
    @PostMapping(path = "/api/staff/accreditation/requests", consumes = {"text/csv", "text/plain"})
    Submitted submit(@RequestBody String csv, Principal principal) {
        var organisation = organisationOf(principal);
        var ids = requests.submit(organisation, BulkFile.read(csv), principal.getName());
        return new Submitted(organisation, ids.size(), ids.size() <= 1_000 ? ids : List.of());
    }

    record RequestStatus(UUID id, String category, String familyName, String givenName, AccreditationStatus status) {
    }

    @Operation(summary = "The organisation's requests, newest first, optionally of one status (the screening's reason is the centre's only)")
    @GetMapping("/api/staff/accreditation/requests")
    List<RequestStatus> list(@RequestParam(required = false) @Nullable AccreditationStatus status,
                             @RequestParam(defaultValue = "200") int limit, Principal principal) {
        return requests.list(organisationOf(principal), status, Math.clamp(limit, 1, 5_000)).stream()
                .map(r -> new RequestStatus(r.id(), r.category(), r.familyName(), r.givenName(), r.status())).toList();
    }

    @Operation(summary = "The organisation's quotas: allowed, requested and remaining per category")
    @GetMapping("/api/staff/accreditation/quotas")
    Map<String, Organisations.Quota> quotas(Principal principal) {
        return organisations.quotas(organisationOf(principal));
    }

    @Operation(summary = "Upload or replace a person's photo (JPEG or PNG, portrait, at least 300 x 400 pixels, 2 MB at most)")
    @org.springframework.web.bind.annotation.PutMapping(path = "/api/staff/accreditation/requests/{id}/photo", consumes = {"image/jpeg", "image/png"})
    org.springframework.http.ResponseEntity<Void> photo(@org.springframework.web.bind.annotation.PathVariable UUID id, @RequestBody byte[] image,
                                                       Principal principal) {
        photos.upload(id, organisationOf(principal), image, principal.getName());
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @ExceptionHandler(Photos.PhotoRefused.class)
    ProblemDetail photoRefused(Photos.PhotoRefused refused) {
        return ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "accreditation-photo-refused", "Photo refused",
                messages.getMessage(refused.key, refused.args, Locale.ENGLISH));
    }

    /** A manager account no organisation was assigned to (the centre assigns them). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail noOrganisation(AccessDeniedException e) {
        return ProblemTypes.problem(HttpStatus.FORBIDDEN, "accreditation-no-organisation", "No organisation", e.getMessage());
    }

    /** A refused file: every line's problem, in English, with the line, the field and the message key. */
    @ExceptionHandler(Requests.Refused.class)
    ProblemDetail refused(Requests.Refused refused) {
        var problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, "accreditation-requests-refused", "Requests refused, nothing stored",
                refused.refusals.size() + " problem(s) in the file; nothing was stored");
        problem.setProperty("lines", refused.refusals.stream().limit(1_000).map(r -> Map.of("line", r.line(), "field", r.field(),
                "key", r.key(), "message", messages.getMessage(r.key(), r.args().toArray(), Locale.ENGLISH))).toList());
        return problem;
    }
}
