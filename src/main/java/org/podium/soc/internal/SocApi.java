package org.podium.soc.internal;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.platform.ProblemTypes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Event ingestion (NDJSON batches) and search for the SOC (HTTP Basic, role SOC_ANALYST). */
@RestController
@Tag(name = "Security operations")
class SocApi {

    private final EventIngestion ingestion;
    private final EventStore store;
    private final Alerts alerts;
    private final EvaluationQueue queue;

    SocApi(EventIngestion ingestion, EventStore store, Alerts alerts, EvaluationQueue queue) {
        this.queue = queue;
        this.ingestion = ingestion;
        this.store = store;
        this.alerts = alerts;
    }

    record StatusChange(@Nullable String status) {
    }

    @PostMapping("/api/staff/soc/alerts/{id}/status")
    @Operation(summary = "Acknowledge or close an alert (OPEN -> ACKNOWLEDGED -> CLOSED); an alert in an incident notes it in the timeline")
    Alerts.AlertView alertStatus(@org.springframework.web.bind.annotation.PathVariable long id, @RequestBody StatusChange change,
                                 Principal principal) {
        return alerts.changeStatus(id, change.status() == null ? "" : change.status(), principal.getName(), Instant.now());
    }

    @GetMapping("/api/staff/soc/pipeline")
    @Operation(summary = "The ingestion pipeline: events stored and waiting for the rules, and the evaluators' rate")
    EvaluationQueue.Status pipeline() {
        return queue.status();
    }

    @GetMapping("/api/staff/soc/alerts")
    @Operation(summary = "The most recent alerts, newest first, with their rule, author and group")
    List<Alerts.AlertView> alerts(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit is between 1 and 1000");
        }
        return alerts.recent(limit);
    }

    @PostMapping(path = "/api/staff/soc/events", consumes = {"application/x-ndjson", "application/json", "text/plain"})
    @Operation(summary = "Take in a batch of events, one JSON object a line; a malformed line refuses the whole batch. "
            + "Answered once the batch is stored; the rules run on it right after. 429 with Retry-After when the evaluation "
            + "queue is full: nothing of the batch is stored, send it again")
    Map<String, Object> ingest(@RequestBody String batch, @RequestParam(defaultValue = "api") String source, Principal principal) {
        return Map.of("stored", ingestion.ingest(source, batch));
    }

    @PostMapping(path = "/api/staff/soc/events/import", consumes = "multipart/form-data")
    @Operation(summary = "Import a file of events: a JSON array of objects or NDJSON; a bad element refuses the file")
    Map<String, Object> importFile(@RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        var source = "file:" + java.util.Objects.requireNonNullElse(file.getOriginalFilename(), "upload");
        return Map.of("stored", ingestion.ingestFile(source, new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The range a search may span: what PostgreSQL's timestamps and the events' own clocks can hold. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @GetMapping("/api/staff/soc/events")
    @Operation(summary = "Events received in a time range, optionally where a field (dotted path) equals a value")
    List<EventStore.StoredEvent> search(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                        @RequestParam(required = false) @Nullable String field,
                                        @RequestParam(required = false) @Nullable String value,
                                        @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit is between 1 and 1000");
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new IllegalArgumentException("from and to lie between " + EARLIEST + " and " + LATEST);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from comes before to");
        }
        if (field != null && (field.length() > 200 || !field.matches("[A-Za-z0-9_@.\\-]+"))) {
            throw new IllegalArgumentException("field is a dotted path of names (letters, digits, _ @ . -), at most 200 characters");
        }
        return store.search(from, to, field, value, limit);
    }

    @ExceptionHandler(EvaluationQueue.Full.class)
    org.springframework.http.ResponseEntity<ProblemDetail> full(EvaluationQueue.Full e) {
        var problem = ProblemTypes.problem(HttpStatus.TOO_MANY_REQUESTS, "soc-queue-full", "Evaluation queue full", e.getMessage());
        problem.setProperty("retryAfterSeconds", e.retryAfter.toSeconds());
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter.toSeconds())).body(problem);
    }

    @ExceptionHandler(EventIngestion.BatchRejected.class)
    ProblemDetail rejected(EventIngestion.BatchRejected e) {
        var problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "batch-rejected", "Batch refused", e.getMessage());
        problem.setProperty("lines", e.lines);
        return problem;
    }
}
