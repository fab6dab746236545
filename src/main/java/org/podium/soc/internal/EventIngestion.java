package org.podium.soc.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Batches of events as NDJSON (one JSON object a line): checked whole first, so a batch with a
 * malformed line is refused with every bad line's number and nothing is stored; then stored and
 * run through the rules.
 */
@Component
class EventIngestion {

    static final int MAX_LINES = 50_000;

    private final ObjectMapper json;
    private final EventStore store;
    private final PlatformSecurityEvents pipeline;
    private final Clock clock;

    EventIngestion(ObjectMapper json, EventStore store, PlatformSecurityEvents pipeline, Clock clock) {
        this.json = json;
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** A line that could not be taken in. */
    record BadLine(int line, String reason) {
    }

    /** The batch was refused: nothing of it is stored. */
    static final class BatchRejected extends RuntimeException {
        final List<BadLine> lines;

        BatchRejected(List<BadLine> lines) {
            super(lines.size() + " malformed line(s); nothing stored");
            this.lines = lines;
        }
    }

    /** The JSON object a text holds (a Kafka record, a line), or null when it holds none. */
    @SuppressWarnings("unchecked")
    @org.jspecify.annotations.Nullable Map<String, Object> object(String text) {
        try {
            return json.readValue(text, Object.class) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Events already read: stored, then run through the rules. */
    @Transactional
    void store(String source, List<String> bodies, List<Map<String, Object>> documents) {
        var now = clock.instant();
        store.store(source, bodies, now);
        documents.forEach(document -> pipeline.evaluate(document, now));
    }

    /**
     * A file of events: a JSON array of objects (line numbers are then positions in the array,
     * from 1) or NDJSON. Same rules as a batch: one bad element refuses the file.
     */
    @Transactional
    int ingestFile(String source, String content) {
        var trimmed = content.stripLeading();
        if (!trimmed.startsWith("[")) {
            return ingest(source, content);
        }
        Object parsed;
        try {
            parsed = json.readValue(trimmed, Object.class);
        } catch (JacksonException e) {
            throw new BatchRejected(List.of(new BadLine(e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "not a JSON array: " + e.getOriginalMessage())));
        }
        var lines = new StringBuilder();
        var bad = new ArrayList<BadLine>();
        var items = (List<?>) parsed;
        for (var i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item) {
                lines.append(json.writeValueAsString(item)).append('\n');
            } else {
                bad.add(new BadLine(i + 1, "element " + (i + 1) + " is not a JSON object"));
            }
        }
        if (!bad.isEmpty()) {
            throw new BatchRejected(bad);
        }
        return ingest(source, lines.toString());
    }

    @Transactional
    @SuppressWarnings("unchecked")
    int ingest(String source, String ndjson) {
        var documents = new ArrayList<Map<String, Object>>();
        var bodies = new ArrayList<String>();
        var bad = new ArrayList<BadLine>();
        var lines = ndjson.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new BatchRejected(List.of(new BadLine(MAX_LINES + 1, "a batch has at most " + MAX_LINES + " lines")));
        }
        for (var i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                var value = json.readValue(line, Object.class);
                if (!(value instanceof Map<?, ?> map)) {
                    bad.add(new BadLine(i + 1, "not a JSON object"));
                    continue;
                }
                documents.add((Map<String, Object>) map);
                bodies.add(line);
            } catch (JacksonException e) {
                bad.add(new BadLine(i + 1, "not JSON: " + e.getOriginalMessage()));
            }
        }
        if (!bad.isEmpty()) {
            throw new BatchRejected(bad);
        }
        store(source, bodies, documents);
        return documents.size();
    }
}
