package org.podium.accreditation.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes to the online checkpoint scanners that the revocation list changed (Server-Sent Events,
 * a {@code revocations} event once the change is committed): they fetch the changes at once
 * rather than at their next poll. A scanner that missed a push (reconnecting) syncs when its
 * stream opens again, and every few seconds anyway.
 */
@Controller
class RevocationPush implements SmartLifecycle {

    /** Something checkpoints refuse or admit changed: a card printed, handed over, suspended, reinstated or revoked, a pass revoked. */
    record RevocationsChanged(Instant at) {
    }

    private final CopyOnWriteArrayList<SseEmitter> scanners = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    @GetMapping(path = "/staff/accreditation/checkpoint/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe() throws IOException {
        var emitter = new SseEmitter(0L);
        scanners.add(emitter);
        emitter.onCompletion(() -> scanners.remove(emitter));
        emitter.onTimeout(() -> scanners.remove(emitter));
        emitter.onError(e -> scanners.remove(emitter));
        // A scanner whose stream broke comes back within a second.
        emitter.send(SseEmitter.event().comment("connected").reconnectTime(1_000));
        return emitter;
    }

    @TransactionalEventListener
    void on(RevocationsChanged changed) {
        for (var emitter : scanners) {
            try {
                emitter.send(SseEmitter.event().name("revocations").data(changed.at().toString()));
            } catch (IOException | IllegalStateException gone) {
                scanners.remove(emitter);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    // Open streams are ended before shutdown: a graceful shutdown would otherwise wait for them.
    @Override
    public void stop() {
        running = false;
        for (var emitter : List.copyOf(scanners)) {
            scanners.remove(emitter);
            emitter.complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
