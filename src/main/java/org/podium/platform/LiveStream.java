package org.podium.platform;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of one live page, and sending to all of them: a module's
 * stream extends it as a bean. A stream that fails is dropped; open streams are ended before
 * shutdown, which would otherwise wait for them. Pages reconnect and re-read their state from the
 * database, so a dropped stream loses nothing.
 */
public abstract class LiveStream implements SmartLifecycle {

    private final CopyOnWriteArrayList<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private final long reconnectMillis;

    protected LiveStream() {
        this(0);
    }

    /** @param reconnectMillis how soon a client whose stream broke comes back (0: the browser's default) */
    protected LiveStream(long reconnectMillis) {
        this.reconnectMillis = reconnectMillis;
    }

    public SseEmitter subscribe() throws IOException {
        var emitter = new SseEmitter(0L);
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        var connected = SseEmitter.event().comment("connected");
        emitter.send(reconnectMillis > 0 ? connected.reconnectTime(reconnectMillis) : connected);
        return emitter;
    }

    public void send(String name, Object data) {
        for (var emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(emitter);
            }
        }
    }

    public int subscribers() {
        return subscribers.size();
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
