package org.podium.ticketing.internal.sale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A period of sale on the Games clock. A DRAW phase sells only to fans inside their purchase slot,
 * given by the draw among those who registered in the registration window; an OPEN phase sells
 * first come, first served. A packs-only phase sells only holds spanning enough sessions.
 *
 * @param sessions the sessions sold in this phase; null for every session
 */
public record SalesPhase(long id, String name, Access access, boolean packsOnly, int minPackSessions, Instant opensAt,
                  Instant closesAt, @Nullable List<String> sessions, @Nullable Instant registrationOpensAt,
                  @Nullable Instant registrationClosesAt, int slotHours, int fansPerSlot, int slotIntervalMinutes,
                  @Nullable Long drawSeed, @Nullable Instant drawnAt) {

    public enum Access { DRAW, OPEN }

    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    public boolean sells(String session) {
        return sessions == null || sessions.contains(session);
    }

    public boolean acceptsRegistrationsAt(Instant at) {
        return access == Access.DRAW && drawnAt == null && registrationOpensAt != null && registrationClosesAt != null
                && !at.isBefore(registrationOpensAt) && at.isBefore(registrationClosesAt);
    }

    /** The slot of the fan drawn at {@code position} (0-based): fans go in groups, one group per interval. */
    public Slot slotOf(int position) {
        var starts = opensAt.plus(Duration.ofMinutes((long) (position / fansPerSlot) * slotIntervalMinutes));
        return new Slot(starts, starts.plus(Duration.ofHours(slotHours)));
    }

    /** A fixed purchase window of one drawn fan. */
    public record Slot(Instant startsAt, Instant endsAt) {
        boolean contains(Instant at) {
            return !at.isBefore(startsAt) && at.isBefore(endsAt);
        }
    }
}
