package org.podium.ticketing.internal.sale;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.payment.HmacKey;
import org.podium.ticketing.internal.TicketingProperties;
import org.podium.ticketing.internal.SaleRefused;

/**
 * The waiting rooms, one per hot session: armed by a manager ahead of an on-sale, or opened by
 * themselves when a session's page gets more visitors per minute than the threshold. A visitor
 * is known by a signed queue token (cookie {@code podium-queue}); holds of a session with a
 * waiting room need a token the room has admitted. Kept in memory: a restart empties the rooms.
 */
@Component
public class WaitingRooms {

    public static final String COOKIE = "podium-queue";

    private final Map<String, WaitingRoom> rooms = new ConcurrentHashMap<>();
    private final Map<String, MinuteCount> visits = new ConcurrentHashMap<>();
    private final GamesClock clock;
    private final TicketingProperties.WaitingRoomSettings settings;
    private final HmacKey key;
    private final org.podium.platform.events.DurableEvents events;

    public WaitingRooms(GamesClock clock, TicketingProperties properties, org.podium.platform.events.DurableEvents events) {
        this.clock = clock;
        this.settings = properties.waitingRoom();
        this.key = new HmacKey(settings.tokenSecret());
        this.events = events;
    }

    /** A manager arms a room for an on-sale opening at {@code opensAt} on the Games clock. */
    public WaitingRoom arm(String session, Instant opensAt, int admitPerMinute, String actor) {
        var room = new WaitingRoom(session, opensAt, admitPerMinute);
        rooms.put(session, room);
        // A room lives in memory: its audit entry is the one durable trace.
        events.publish(new StaffActionPerformed(actor, "ticketing.waiting-room.arm", session,
                "opens " + opensAt + ", " + admitPerMinute + " per minute", Instant.now()));
        return room;
    }

    public void disarm(String session, String actor) {
        if (rooms.remove(session) != null) {
            events.publish(new StaffActionPerformed(actor, "ticketing.waiting-room.remove", session, "", Instant.now()));
        }
    }

    public Optional<WaitingRoom> of(String session) {
        return Optional.ofNullable(rooms.get(session));
    }

    /**
     * Counts a visit to a session's sale page; past the threshold per minute a room opens at once,
     * first come, first served from then on.
     */
    public void visited(String session) {
        var now = clock.now();
        var minute = now.getEpochSecond() / 60;
        var count = visits.compute(session, (s, c) -> c == null || c.minute != minute ? new MinuteCount(minute) : c);
        if (count.visits.incrementAndGet() > settings.threshold() && !rooms.containsKey(session)) {
            rooms.computeIfAbsent(session, s -> new WaitingRoom(s, now, settings.admitPerMinute()));
        }
    }

    private static final class MinuteCount {
        final long minute;
        final AtomicInteger visits = new AtomicInteger();

        MinuteCount(long minute) {
            this.minute = minute;
        }
    }

    /** A new visitor's token: a random id and its signature. */
    public String newToken() {
        var visitor = UUID.randomUUID().toString();
        return visitor + "." + key.sign(visitor);
    }

    /** The visitor a token names, if its signature is ours. */
    public @Nullable String visitor(@Nullable String token) {
        if (token == null) {
            return null;
        }
        var dot = token.indexOf('.');
        if (dot != 36 || !key.verifies(token.substring(0, dot), token.substring(dot + 1))) {
            return null;
        }
        return token.substring(0, dot);
    }

    /**
     * Refuses a hold of a session whose waiting room has not admitted this token, or whose admitted
     * place another account used first: an admission is bound to the first account that buys with
     * it, once per account (a copied {@value #COOKIE} cookie is worth nothing to a second fan).
     */
    public void checkAdmitted(String session, @Nullable String token, org.podium.accounts.FanId fan) {
        var room = rooms.get(session);
        if (room == null) {
            return;
        }
        var refusal = room.claim(visitor(token), fan.value().toString(), clock.now());
        if (refusal != null) {
            throw new SaleRefused(SaleRefused.Kind.WAITING_ROOM,
                    Map.of("queue", "/tickets/queue/" + session), "waitingRoom." + refusal, session);
        }
    }

    public Instant now() {
        return clock.now();
    }
}
