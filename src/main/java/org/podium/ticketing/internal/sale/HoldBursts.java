package org.podium.ticketing.internal.sale;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.podium.accounts.FanId;
import org.podium.ticketing.HoldBurst;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts hold requests per client address and minute, and publishes a {@link HoldBurst} the first
 * time an address passes the threshold in a minute. One map look-up and an increment per hold: the
 * hot path of an on-sale does not wait for the SOC. Behind a reverse proxy, let Spring read the
 * forwarded address ({@code server.forward-headers-strategy}).
 */
@Component
public class HoldBursts {

    private final int perMinute;
    private final org.podium.platform.events.DurableEvents events;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public HoldBursts(@Value("${podium.ticketing.hold-burst-per-minute:30}") int perMinute, org.podium.platform.events.DurableEvents events, Clock clock) {
        this.perMinute = perMinute;
        this.events = events;
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger holds, Set<FanId> fans, AtomicBoolean reported) {
    }

    public void record(String clientAddress, FanId fan) {
        var now = clock.instant();
        var minute = now.getEpochSecond() / 60;
        var window = windows.compute(clientAddress, (address, current) -> current != null && current.minute() == minute ? current
                : new Window(minute, new AtomicInteger(), ConcurrentHashMap.newKeySet(), new AtomicBoolean()));
        var count = window.holds().incrementAndGet();
        if (window.fans().size() < 1000) {
            window.fans().add(fan);
        }
        if (count >= perMinute && window.reported().compareAndSet(false, true)) {
            events.publish(new HoldBurst(clientAddress, count, window.fans().size(), Instant.ofEpochSecond(minute * 60), now));
        }
    }

    /** Forgets the minutes that are over. */
    @Scheduled(fixedDelay = 60_000)
    void forget() {
        var minute = clock.instant().getEpochSecond() / 60;
        windows.values().removeIf(w -> w.minute() < minute);
    }
}
