package org.podium.audit;

import java.time.Instant;

/** One recorded staff action, as read back from the trail. */
public record AuditEntry(long id, String actor, String action, String target, String detail, Instant at) {
}
