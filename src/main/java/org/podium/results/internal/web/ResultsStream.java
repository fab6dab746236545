package org.podium.results.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.jspecify.annotations.Nullable;
import org.podium.results.MedalsChanged;
import org.podium.results.UnitResultPublished;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * Server-Sent Events for broadcasters, scoreboards and pages: {@code unit-result} (unit code,
 * version, status, acceptance instant) and {@code medals-changed} (event code), sent once the
 * change is committed. Each event is encoded to bytes once and written straight to every
 * subscriber's open response by several virtual threads at once: with thousands of subscribers
 * the writes are what takes time, so nothing else is done per subscriber.
 */
@RestController
class ResultsStream implements SmartLifecycle {

    private static final int SHARDS = 16;
    private static final byte[] HELLO = ": connected\n\n".getBytes(StandardCharsets.UTF_8);

    private final CopyOnWriteArrayList<AsyncContext> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private final JsonMapper json;
    private final Timer untilFanOut;
    private final Timer untilDelivered;
    private volatile boolean running;

    ResultsStream(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        this.untilFanOut = Timer.builder("podium.results.stream.fanout.start")
                .description("From a result's acceptance to the start of its SSE fan-out (commit included)")
                .publishPercentiles(0.5, 0.99).register(meters);
        this.untilDelivered = Timer.builder("podium.results.stream.delivered")
                .description("From a result's acceptance to its SSE event written to every subscriber")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown, which would otherwise wait
     * its whole timeout for these never-ending requests. Clients reconnect to the next instance.
     */
    @Override
    public void stop() {
        running = false;
        for (var subscriber : List.copyOf(subscribers)) {
            subscribers.remove(subscriber);
            try {
                subscriber.complete();
            } catch (IllegalStateException alreadyClosed) {
                // the client went away first
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @GetMapping(path = "/api/results/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void subscribe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        var async = request.startAsync();
        async.setTimeout(0);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                subscribers.remove(async);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                subscribers.remove(async);
            }

            @Override
            public void onError(AsyncEvent event) {
                subscribers.remove(async);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        response.getOutputStream().write(HELLO);
        response.flushBuffer();
        subscribers.add(async);
    }

    // In-module fast path, not a durable listener: live subscribers get the result the moment it
    // commits ("no delay is allowed"); a subscriber that missed it reads the unit's JSON on reconnect,
    // so there is nothing to resubmit after a crash.
    @TransactionalEventListener
    void on(UnitResultPublished published) {
        broadcast("unit-result", Map.of("unitCode", published.unitCode(), "eventCode", published.eventCode(),
                "version", published.version(), "status", published.status().name(), "at", published.at().toString()),
                published.at());
    }

    @TransactionalEventListener
    void on(MedalsChanged changed) {
        broadcast("medals-changed", Map.of("eventCode", changed.eventCode()), null);
    }

    private void broadcast(String name, Object data, @Nullable Instant accepted) {
        if (accepted != null) {
            untilFanOut.record(Duration.between(accepted, Instant.now()));
        }
        var event = ("event:" + name + "\ndata:" + json.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8);
        var all = List.copyOf(subscribers);
        var shard = Math.max(64, all.size() / SHARDS + 1);
        var parts = new AtomicInteger((all.size() + shard - 1) / shard);
        for (var from = 0; from < all.size(); from += shard) {
            var part = all.subList(from, Math.min(all.size(), from + shard));
            writers.execute(() -> {
                part.forEach(subscriber -> send(subscriber, event));
                if (parts.decrementAndGet() == 0 && accepted != null) {
                    untilDelivered.record(Duration.between(accepted, Instant.now()));
                }
            });
        }
    }

    private void send(AsyncContext subscriber, byte[] event) {
        try {
            var out = subscriber.getResponse().getOutputStream();
            synchronized (subscriber) {
                out.write(event);
                out.flush();
            }
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(subscriber);
            try {
                subscriber.complete();
            } catch (IllegalStateException alreadyClosed) {
                // the client went away first
            }
        }
    }
}
