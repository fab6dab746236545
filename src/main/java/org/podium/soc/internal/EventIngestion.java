package org.podium.soc.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Batches of events as NDJSON (one JSON object a line): checked whole first, so a batch with a
 * malformed line is refused with every bad line's number and nothing is stored; then admitted to
 * the evaluation queue (or refused whole when it is full), stored with one {@code COPY} and
 * committed, and only then answered and queued for the rules: an answered batch is durable.
 */
@Component
class EventIngestion {

    static final int MAX_LINES = 50_000;

    private final ObjectMapper json;
    private final EventText texts;
    private final EventStore store;
    private final EvaluationQueue queue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final KafkaOffsets offsets;

    EventIngestion(ObjectMapper json, EventText texts, EventStore store, EvaluationQueue queue, TransactionTemplate transactions,
                   Clock clock, KafkaOffsets offsets) {
        this.texts = texts;
        this.offsets = offsets;
        this.json = json;
        this.store = store;
        this.queue = queue;
        this.transactions = transactions;
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

    /** A text (a Kafka record, a line) checked: why it cannot be taken in as an event (null when it can), its indexed fields. */
    EventText.Checked check(String text) {
        return texts.check(text);
    }

    /** Events already checked and admitted to the queue: stored and committed, then queued for the rules. */
    private void store(String source, List<EventStore.NewEvent> events) {
        var now = clock.instant();
        long batch;
        try {
            batch = java.util.Objects.requireNonNull(transactions.execute(status -> store.storeBatch(source, events, now)));
        } catch (RuntimeException e) {
            queue.release(events.size());
            throw e;
        }
        queue.submit(batch, texts(events), now);
    }

    private static List<String> texts(List<EventStore.NewEvent> events) {
        var texts = new ArrayList<String>(events.size());
        for (var event : events) {
            texts.add(event.text());
        }
        return texts;
    }

    /** A Kafka record: where it sits, and its event ({@code event} null when it cannot be taken in). */
    record Record(String topic, int partition, long offset, EventStore.@org.jspecify.annotations.Nullable NewEvent event) {
    }

    /**
     * A poll's records: those at or past each partition's stored offset are stored, and the
     * offsets moved past every record of the poll, in one transaction; then they are queued for
     * the rules. Waits for room in the queue. Returns how many were stored.
     */
    int storeRecords(String source, List<Record> records) {
        var events = (int) records.stream().filter(r -> r.event() != null).count();
        queue.admitWaiting(events);
        var now = clock.instant();
        record Stored(long batch, List<EventStore.NewEvent> events) {
        }
        Stored stored;
        try {
            stored = transactions.execute(status -> {
                // Locked in one order, so concurrent consumers of several partitions cannot deadlock.
                var next = offsets.lock(records.stream().map(r -> new KafkaOffsets.Partition(r.topic(), r.partition())).distinct()
                        .sorted(java.util.Comparator.comparing(KafkaOffsets.Partition::topic).thenComparing(KafkaOffsets.Partition::partition))
                        .toList());
                var taken = new ArrayList<EventStore.NewEvent>();
                var last = new java.util.HashMap<KafkaOffsets.Partition, Long>();
                for (var record : records) {
                    var partition = new KafkaOffsets.Partition(record.topic(), record.partition());
                    last.merge(partition, record.offset(), Math::max);
                    if (record.event() != null && record.offset() >= next.get(partition)) {
                        taken.add(record.event());
                    }
                }
                last.forEach((partition, offset) -> offsets.advance(partition, offset + 1));
                return taken.isEmpty() ? null : new Stored(store.storeBatch(source, taken, now), taken);
            });
        } catch (RuntimeException e) {
            queue.release(events);
            throw e;
        }
        if (stored == null) {
            queue.release(events);
            return 0;
        }
        queue.release(events - stored.events().size());
        queue.submit(stored.batch(), texts(stored.events()), now);
        return stored.events().size();
    }

    /**
     * A file of events: a JSON array of objects (line numbers are then positions in the array,
     * from 1) or NDJSON. Same rules as a batch: one bad element refuses the file.
     */
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

    int ingest(String source, String ndjson) {
        var events = new ArrayList<EventStore.NewEvent>();
        var bad = new ArrayList<BadLine>();
        var lines = lines(ndjson);
        if (lines.length > MAX_LINES) {
            throw new BatchRejected(List.of(new BadLine(MAX_LINES + 1, "a batch has at most " + MAX_LINES + " lines")));
        }
        for (var i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var checked = texts.check(line);
            if (checked.refusal() != null) {
                bad.add(new BadLine(i + 1, checked.refusal()));
            } else {
                events.add(new EventStore.NewEvent(line, checked.indexed()));
            }
        }
        if (!bad.isEmpty()) {
            throw new BatchRejected(bad);
        }
        if (events.isEmpty()) {
            return 0;
        }
        queue.admit(events.size());
        store(source, events);
        return events.size();
    }

    /** The batch's lines, split at LF or CRLF without a regular expression (it was a sixth of a request's time). */
    static String[] lines(String ndjson) {
        var lines = new ArrayList<String>();
        var start = 0;
        for (var end = ndjson.indexOf('\n'); end >= 0; end = ndjson.indexOf('\n', start)) {
            lines.add(ndjson.substring(start, end > start && ndjson.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        lines.add(ndjson.substring(start));
        return lines.toArray(String[]::new);
    }
}
