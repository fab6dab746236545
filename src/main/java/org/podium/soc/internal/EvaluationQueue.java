package org.podium.soc.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stored batches waiting to be run through the rules, off the request thread. The queue is
 * bounded in events ({@code podium.soc.queue-events}) and in time ({@code podium.soc.max-backlog}):
 * a batch is admitted before it is stored, and a batch that does not fit is refused ({@link Full}, HTTP 429 with Retry-After) with nothing
 * stored, so the sender keeps it and nothing is lost. Kafka waits for room instead. Evaluators
 * ({@code podium.soc.evaluators}, one per core by default) take batches in order of arrival; a
 * batch leaves the pending table only once evaluated, and what a crash left there is evaluated
 * again at the next start.
 */
@Component
class EvaluationQueue implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EvaluationQueue.class);

    /** No room for a batch: the sender tries again after {@code retryAfter}. */
    static final class Full extends RuntimeException {
        final Duration retryAfter;

        Full(int events, Duration retryAfter) {
            super("The SOC is evaluating a backlog; a batch of " + events + " events was not taken. Send it again after "
                    + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }
    }

    private final int capacity;
    private final Semaphore room;
    /** Made at each start: a stopped context (a paused test context, a lifecycle restart) starts again with new threads. */
    private volatile ExecutorService evaluators;
    private final PlatformSecurityEvents pipeline;
    private final EventStore store;
    private final Alerts alerts;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final AtomicLong evaluatedEvents = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();
    private final int threads;
    private final Duration maxBacklog;
    private volatile boolean running;

    EvaluationQueue(@Value("${podium.soc.queue-events:100000}") int capacity,
                    @Value("${podium.soc.evaluators:0}") int evaluators,
                    @Value("${podium.soc.max-backlog:500ms}") Duration maxBacklog,
                    PlatformSecurityEvents pipeline, EventStore store, Alerts alerts,
                    org.springframework.transaction.support.TransactionTemplate transactions, MeterRegistry meters) {
        this.alerts = alerts;
        this.transactions = transactions;
        if (capacity < EventIngestion.MAX_LINES) {
            throw new IllegalArgumentException("podium.soc.queue-events holds at least one whole batch (" + EventIngestion.MAX_LINES + ")");
        }
        this.capacity = capacity;
        this.maxBacklog = maxBacklog;
        this.room = new Semaphore(capacity);
        this.pipeline = pipeline;
        this.store = store;
        this.threads = evaluators > 0 ? evaluators : Runtime.getRuntime().availableProcessors();
        this.evaluators = newEvaluators();
        Gauge.builder("podium.soc.queue.events", this, EvaluationQueue::queued)
                .description("Stored security events waiting to be evaluated").register(meters);
    }

    private ExecutorService newEvaluators() {
        return Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("soc-evaluator-", 1).daemon().factory());
    }

    /** The pipeline as operators watch it: the backlog, and how fast the evaluators take it. */
    record Status(int queuedEvents, long evaluatedPerSecond, int evaluators, long maxBacklogMillis) {
    }

    Status status() {
        return new Status(queued(), Math.round(rate()), threads, maxBacklog.toMillis());
    }

    /** Events stored and waiting for the rules. */
    int queued() {
        return capacity - room.availablePermits();
    }

    /**
     * Room for a batch now, or {@link Full}: when the queue is at its bound in events, or when
     * the backlog already takes the evaluators longer than {@code podium.soc.max-backlog} (500 ms)
     * at their measured rate. The second bound is what keeps alerts within a second of their
     * events: a sender faster than the rules is told to wait rather than queued behind.
     */
    void admit(int events) {
        if (behind()) {
            throw new Full(events, retryAfter());
        }
        if (!room.tryAcquire(events)) {
            throw new Full(events, retryAfter());
        }
    }

    /**
     * Room for a batch, waiting for it under the same two bounds (Kafka: the consumer slows down,
     * the records wait in the topic rather than in memory).
     */
    void admitWaiting(int events) {
        try {
            while (behind()) {
                Thread.sleep(5);
            }
            room.acquire(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for room in the evaluation queue", e);
        }
    }

    /** Whether the backlog already takes the evaluators longer than the bound. */
    private boolean behind() {
        var queued = queued();
        return queued > 0 && queued / rate() > maxBacklog.toNanos() / 1e9;
    }

    /** A batch admitted but not stored after all: its room is given back. */
    void release(int events) {
        room.release(events);
    }

    /** A stored batch (its events' JSON texts), admitted before: evaluated in turn, then no longer pending. */
    void submit(long batch, List<String> events, Instant at) {
        try {
            evaluators.execute(() -> evaluate(batch, events, at));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            room.release(events.size()); // stored and still pending: the next start evaluates it
        }
    }

    /**
     * The rules run over the whole batch first (memory only); then, in one transaction, what
     * fired is stored as alerts in the order of their locks (rule and group: two evaluators never
     * wait on each other in a cycle) and the batch leaves the pending table. A crash before that
     * commit leaves the batch pending with none of its alerts; after it, both are done.
     */
    private void evaluate(long batch, List<String> events, Instant at) {
        var began = System.nanoTime();
        try {
            var raised = new java.util.ArrayList<Alerts.Raised>();
            events.forEach(event -> pipeline.evaluate(event, at, raised::add));
            raised.sort(java.util.Comparator.comparing(Alerts.Raised::ruleId).thenComparing(Alerts.Raised::groupKey));
            for (var attempt = 1; ; attempt++) {
                try {
                    transactions.executeWithoutResult(status -> {
                        raised.forEach(alerts::raise);
                        store.evaluated(batch);
                    });
                    break;
                } catch (org.springframework.dao.TransientDataAccessException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
            evaluatedEvents.addAndGet(events.size());
            busyNanos.addAndGet(System.nanoTime() - began);
        } catch (RuntimeException e) {
            // The batch stays pending: the next start evaluates it again.
            log.error("Batch {} of security events not evaluated; it stays pending: {}", batch, e.getMessage());
        } finally {
            room.release(events.size());
        }
    }

    /**
     * How long a refused sender should wait: the backlog at the evaluators' measured rate (events
     * per second of evaluation, all evaluators together), rounded up, between 1 and 60 seconds.
     */
    private Duration retryAfter() {
        return Duration.ofSeconds(Math.max(1, Math.min(60, (long) Math.ceil(queued() / rate()))));
    }

    /** Events per second the evaluators take together, measured over their busy time (10,000 before any). */
    private double rate() {
        var busy = busyNanos.get();
        return busy == 0 ? 10_000.0 : evaluatedEvents.get() * 1e9 / busy * threads;
    }

    // Before the web server and the Kafka listeners start (a lower phase starts first): the
    // pending batches read here are all a previous run's, none a live batch of this run.
    @Override
    public void start() {
        if (evaluators.isShutdown()) {
            // Restarted after a stop: nothing is queued any more (what the stop cut short is still
            // pending and read again below), so the queue's room is whole again.
            evaluators = newEvaluators();
            room.drainPermits();
            room.release(capacity);
        }
        running = true;
        var pending = store.pending();
        if (pending.isEmpty()) {
            return;
        }
        log.info("Evaluating {} batch(es) of security events stored before the last stop", pending.size());
        Thread.ofVirtual().name("soc-resume").start(() -> {
            for (var batch : pending) {
                if (!running) {
                    return;
                }
                var events = store.bodies(batch);
                admitWaiting(events.size());
                submit(batch.id(), events, batch.receivedAt());
            }
        });
    }

    // Batches already queued are evaluated before the database closes; a stop that takes too long
    // leaves the rest pending for the next start.
    @Override
    public void stop() {
        running = false;
        evaluators.shutdown();
        try {
            if (!evaluators.awaitTermination(20, TimeUnit.SECONDS)) {
                log.warn("Security events still queued at shutdown stay pending for the next start");
                evaluators.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // Started before and stopped after the web server (DEFAULT_PHASE - 2048) and the Kafka
    // listeners: no batch arrives once the evaluators stop, and they finish before the database closes.
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
