package org.podium.soc.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alert stream for analysts (Server-Sent Events, {@code alert} events with the alert's id,
 * title, level and group), sent once the alert is committed. The board refreshes on each. Open
 * streams are ended before shutdown: a graceful shutdown would otherwise wait for them.
 */
@Controller
class AlertStream implements SmartLifecycle {

    /** An alert was stored (raised, or counted as a duplicate). */
    record AlertStored(long id, String title, String level, String group) {
    }

    private final CopyOnWriteArrayList<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    // The board's stream, and the same for tools under the API (HTTP Basic): a SIEM console, the load script.
    @GetMapping(path = {"/staff/soc/stream", "/api/staff/soc/alerts/stream"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe() throws IOException {
        var emitter = new SseEmitter(0L);
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        emitter.send(SseEmitter.event().comment("connected"));
        return emitter;
    }

    // The board's open streams hear a stored alert once it commits (Alerts calls this after the
    // commit); a board that reconnects reads the alerts from the database, so a crash loses nothing.
    void send(AlertStored alert) {
        for (var emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name("alert").data(alert, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(emitter);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (var emitter : List.copyOf(subscribers)) {
            subscribers.remove(emitter);
            emitter.complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
