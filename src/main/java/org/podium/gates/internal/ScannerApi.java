package org.podium.gates.internal;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.platform.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the gate scanners call while online (gate staff's session and CSRF token): the bundle to
 * decide offline, the upload of the scans made meanwhile, and a check of a code by the server.
 */
@RestController
@Tag(name = "Gates")
class ScannerApi {

    private final GateSessions sessions;
    private final Scans scans;
    private final org.podium.games.GamesClock gamesClock;

    ScannerApi(GateSessions sessions, Scans scans, org.podium.games.GamesClock gamesClock) {
        this.sessions = sessions;
        this.scans = scans;
        this.gamesClock = gamesClock;
    }

    @Operation(summary = "A session's public keys, revocation list, entry rule and the Games time, for a scanner to work offline")
    @GetMapping("/staff/gates/api/sessions/{code}/bundle")
    GateSessions.Bundle bundle(@PathVariable String code,
                               @org.springframework.web.bind.annotation.RequestParam(required = false) @Nullable Instant since) {
        return sessions.bundle(code, since);
    }

    @Operation(summary = "Entries admitted in each of the last fifteen minutes of the Games clock, per entrance")
    @GetMapping("/staff/gates/api/sessions/{code}/entries-per-minute")
    List<GateSessions.MinuteEntries> entriesPerMinute(@PathVariable String code) {
        return sessions.operations(code).minutes();
    }

    /** A scan as the scanner sends it; every field is checked before anything is stored. */
    record ScanUpload(@Nullable String nonce, @Nullable String gate, @Nullable String device, @Nullable String ticket,
                      @Nullable Integer version, @Nullable String decision, @Nullable String reason, @Nullable String scannedAt) {
    }

    @Operation(summary = "Upload scans made offline; each has a nonce, so sending a batch again stores nothing twice")
    @PostMapping("/staff/gates/api/sessions/{code}/scans")
    Scans.Uploaded upload(@PathVariable String code, @RequestBody List<ScanUpload> batch, Principal principal) {
        var session = sessions.session(code);
        if (batch.size() > 5_000) {
            throw new IllegalArgumentException("At most 5000 scans per upload");
        }
        var parsed = new java.util.ArrayList<Scans.Scan>();
        var invalid = new java.util.ArrayList<Scans.Invalid>();
        for (var i = 0; i < batch.size(); i++) {
            try {
                parsed.add(parse(code, batch.get(i)));
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException | NullPointerException e) {
                invalid.add(new Scans.Invalid(i, e.getMessage() == null ? "missing field" : e.getMessage()));
            }
        }
        if (invalid.isEmpty()) {
            invalid.addAll(scans.plausibility(parsed, code, session.startsAt(), gamesClock.now()));
        }
        if (!invalid.isEmpty()) {
            throw new Scans.UploadRejected(invalid);
        }
        return scans.upload(code, principal.getName(), parsed, sessions.reentries(code));
    }

    record CheckRequest(@Nullable String code, @Nullable String entrance) {
    }

    @Operation(summary = "The server's decision on a code, with the same rules as the scanner (not counted as an entry)")
    @PostMapping("/staff/gates/api/sessions/{code}/check")
    Map<String, Object> check(@PathVariable String code, @RequestBody CheckRequest request) {
        var entrance = request.entrance() == null ? "" : request.entrance();
        var decision = sessions.check(code, entrance).check(request.code() == null ? "" : request.code(),
                gamesClock.now(), t -> 0);
        var answer = new java.util.LinkedHashMap<String, Object>();
        answer.put("admitted", decision.admitted());
        answer.put("reason", decision.refusal() == null ? null : decision.refusal().name());
        answer.put("ticket", decision.ticket());
        answer.put("seat", decision.seat());
        return answer;
    }

    @ExceptionHandler(Scans.UploadRejected.class)
    ProblemDetail rejected(Scans.UploadRejected e) {
        var problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "scan-upload-rejected", "Scan upload refused", e.getMessage());
        problem.setProperty("invalid", e.invalid());
        return problem;
    }

    private static Scans.Scan parse(String session, ScanUpload s) {
        return new Scans.Scan(UUID.fromString(require(s.nonce(), "nonce")), session, require(s.gate(), "gate"),
                require(s.device(), "device"), s.ticket() == null ? null : UUID.fromString(s.ticket()), s.version(),
                require(s.decision(), "decision"), s.reason(), Instant.parse(require(s.scannedAt(), "scannedAt")));
    }

    private static String require(@Nullable String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
