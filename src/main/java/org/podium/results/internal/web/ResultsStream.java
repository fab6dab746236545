package org.podium.results.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;

import org.podium.results.MedalsChanged;
import org.podium.results.UnitResultPublished;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Server-Sent Events for broadcasters, scoreboards and pages: {@code unit-result} (unit code,
 * version, status) and {@code medals-changed} (event code), sent once the change is committed.
 */
@RestController
@Component
class ResultsStream {

    private static final int SHARDS = 16;

    private final CopyOnWriteArrayList<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private final JsonMapper json;

    ResultsStream(JsonMapper json) {
        this.json = json;
    }

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

    /**
     * The event is serialised once and written to the subscribers by several virtual threads at
     * once: with thousands of subscribers the writes, not the CPU, are what takes time.
     */
    private void broadcast(String name, Object data) {
        var event = SseEmitter.event().name(name).data(json.writeValueAsString(data)).build();
        var all = List.copyOf(subscribers);
        var shard = Math.max(64, all.size() / SHARDS + 1);
        for (var from = 0; from < all.size(); from += shard) {
            var part = all.subList(from, Math.min(all.size(), from + shard));
            writers.execute(() -> part.forEach(emitter -> send(emitter, event)));
        }
    }

    private void send(SseEmitter emitter, java.util.Set<ResponseBodyEmitter.DataWithMediaType> event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
        }
    }
}
