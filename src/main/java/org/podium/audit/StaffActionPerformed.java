package org.podium.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of staff changed something. Any module publishes it; the audit trail keeps it.
 *
 * @param actor  staff username
 * @param action what was done, a stable dotted name such as {@code games.clock.set}
 * @param target what it was done to (an id or code)
 * @param detail human-readable detail, no secrets
 * @param at     real (wall clock) time of the action
 */
public record StaffActionPerformed(String actor, String action, String target, String detail, Instant at) {

    public StaffActionPerformed {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
