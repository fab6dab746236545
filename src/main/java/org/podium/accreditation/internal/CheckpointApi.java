package org.podium.accreditation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What accreditation checkpoints call while online (gate staff's or the centre's session): the
 * bundle to decide offline (published keys, the revocation list, the Games time) and a check of
 * a card by the server with the same rules.
 */
@RestController
@Tag(name = "Accreditation checkpoints")
class CheckpointApi {

    private final CardKeys keys;
    private final RevocationList revocations;
    private final GamesClock gamesClock;
    private final CheckpointScans scans;

    CheckpointApi(CardKeys keys, RevocationList revocations, GamesClock gamesClock, CheckpointScans scans) {
        this.scans = scans;
        this.keys = keys;
        this.revocations = revocations;
        this.gamesClock = gamesClock;
    }

    record Bundle(Map<Integer, String> keys, List<Cards.Revocation> revocations, Instant gamesTime, Instant at) {
    }

    @Operation(summary = "Card keys and the revocation list (changes since an instant, or all), for a checkpoint to decide offline")
    @GetMapping("/staff/accreditation/checkpoint/api/bundle")
    Bundle bundle(@RequestParam(required = false) @Nullable Instant since) {
        var published = new LinkedHashMap<Integer, String>();
        keys.published().forEach((id, key) -> published.put(id, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key)));
        return new Bundle(published, revocations.since(since), gamesClock.now(), Instant.now());
    }

    record CheckRequest(@Nullable String code, @Nullable String venue, @Nullable Integer zone) {
    }

    @Operation(summary = "The server's decision on a card at a venue's zone, now on the Games clock")
    @PostMapping("/staff/accreditation/checkpoint/api/check")
    Checkpoint.Decision check(@RequestBody CheckRequest request) {
        if (request.venue() == null || !request.venue().matches("[a-z0-9-]{2,60}") || request.zone() == null || request.zone() < 1
                || request.zone() > 9) {
            throw new IllegalArgumentException("A check names a venue (its tag, e.g. stade-de-france) and a zone from 1 to 9");
        }
        return revocations.checkpoint().decide(request.code() == null ? "" : request.code(), request.venue(), request.zone(), gamesClock.now());
    }


    record ScanUpload(@Nullable String nonce, @Nullable String venue, @Nullable Integer zone, @Nullable String device,
                      @Nullable String card, @Nullable Integer version, @Nullable String decision, @Nullable String reason,
                      @Nullable String scannedAt) {
    }

    @Operation(summary = "Upload the decisions a checkpoint made (offline or not); each has a nonce, so sending a batch again stores nothing twice")
    @PostMapping("/staff/accreditation/checkpoint/api/scans")
    CheckpointScans.Uploaded upload(@RequestBody List<ScanUpload> batch, java.security.Principal principal) {
        if (batch.size() > 5_000) {
            throw new IllegalArgumentException("At most 5000 scans per upload");
        }
        var parsed = new java.util.ArrayList<CheckpointScans.Scan>();
        var invalid = new java.util.ArrayList<CheckpointScans.Invalid>();
        for (var i = 0; i < batch.size(); i++) {
            var s = batch.get(i);
            try {
                parsed.add(new CheckpointScans.Scan(java.util.UUID.fromString(java.util.Objects.requireNonNull(s.nonce(), "nonce")),
                        java.util.Objects.requireNonNull(s.venue(), "venue"), java.util.Objects.requireNonNull(s.zone(), "zone"),
                        java.util.Objects.requireNonNull(s.device(), "device"), s.card() == null ? null : java.util.UUID.fromString(s.card()),
                        s.version(), java.util.Objects.requireNonNull(s.decision(), "decision"), s.reason(),
                        Instant.parse(java.util.Objects.requireNonNull(s.scannedAt(), "scannedAt"))));
            } catch (IllegalArgumentException | java.time.DateTimeException | NullPointerException e) {
                invalid.add(new CheckpointScans.Invalid(i, e.getMessage() == null ? "missing field" : e.getMessage()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new CheckpointScans.UploadRejected(invalid);
        }
        return scans.upload(parsed, principal.getName());
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(CheckpointScans.UploadRejected.class)
    org.springframework.http.ProblemDetail rejected(CheckpointScans.UploadRejected e) {
        var problem = org.podium.platform.ProblemTypes.problem(org.springframework.http.HttpStatus.BAD_REQUEST, "scan-upload-rejected",
                "Scan upload refused", e.getMessage());
        problem.setProperty("invalid", e.invalid);
        return problem;
    }
}
