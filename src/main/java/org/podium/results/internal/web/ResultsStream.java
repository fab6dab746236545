package org.podium.results.internal.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.podium.results.MedalsChanged;
import org.podium.results.UnitResultPublished;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for broadcasters, scoreboards and pages: {@code unit-result} (unit code,
 * version, status) and {@code medals-changed} (event code), sent once the change is committed.
 */
@RestController
@Component
class ResultsStream {

    private final CopyOnWriteArrayList<SseEmitter> subscribers = new CopyOnWriteArrayList<>();

    @GetMapping(path = "/api/results/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe() {
        var emitter = new SseEmitter(0L);
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            subscribers.remove(emitter);
        }
        return emitter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitResultPublished published) {
        broadcast("unit-result", Map.of("unitCode", published.unitCode(), "eventCode", published.eventCode(),
                "version", published.version(), "status", published.status().name(), "at", published.at().toString()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MedalsChanged changed) {
        broadcast("medals-changed", Map.of("eventCode", changed.eventCode()));
    }

    private void broadcast(String name, Object data) {
        for (var emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        }
    }
}
