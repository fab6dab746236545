package org.podium.accreditation;

import java.util.Set;

/**
 * Where a request stands. A card exists only after a favourable screening: no path reaches
 * APPROVED without going through FAVOURABLE.
 */
public enum AccreditationStatus {
    /** Sent by the organisation's manager; the centre has not looked at it yet. */
    SUBMITTED,
    /** Identity document, birth date and duplicates checked by the centre. */
    VALIDATED,
    /** Refused at validation (incomplete, expired document, duplicate); the quota place is free again. */
    REJECTED,
    /** Sent to the screening authority, waiting for its opinion. */
    IN_SCREENING,
    /** The authority's opinion is favourable. */
    FAVOURABLE,
    /** Unfavourable opinion, or no opinion within the legal period: binding, no card. */
    REFUSED,
    /** The centre approved: the card may be produced. */
    APPROVED,
    /** The card is printed (or a replacement is), waiting for its holder at the centre. */
    PRINTED,
    /** Handed over against the identity document: the card opens what its privileges say. */
    ACTIVE,
    /** Held back for a time (an incident, an inquiry): refused at checkpoints until reinstated. */
    SUSPENDED,
    /** Withdrawn for good: every version of the card is refused. */
    REVOKED,
    /** Withdrawn by the organisation before screening. */
    WITHDRAWN;

    /** The steps a request may take from here. */
    public Set<AccreditationStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(VALIDATED, REJECTED, WITHDRAWN);
            case VALIDATED -> Set.of(IN_SCREENING, REJECTED, WITHDRAWN);
            case IN_SCREENING -> Set.of(FAVOURABLE, REFUSED);
            case FAVOURABLE -> Set.of(APPROVED);
            case APPROVED -> Set.of(PRINTED);
            // A lost card: a replacement is printed, the request waits for it again.
            case PRINTED -> Set.of(ACTIVE, PRINTED, REVOKED);
            case ACTIVE -> Set.of(SUSPENDED, PRINTED, REVOKED);
            case SUSPENDED -> Set.of(ACTIVE, REVOKED);
            case REJECTED, REFUSED, REVOKED, WITHDRAWN -> Set.of();
        };
    }

    public boolean canBecome(AccreditationStatus next) {
        return next().contains(next);
    }

    /** Whether the request holds a place in its organisation's quota (a revoked card keeps it: it was issued). */
    public boolean countsInQuota() {
        return this != REJECTED && this != REFUSED && this != WITHDRAWN;
    }

    /** Whether a step to this status changes what checkpoints admit (a card printed, handed over, suspended, reinstated, revoked). */
    public boolean changesCheckpoints() {
        return this == PRINTED || this == ACTIVE || this == SUSPENDED || this == REVOKED;
    }

    /** Whether a card of the request opens checkpoints (subject to its version, dates and privileges). */
    public boolean admits() {
        return this == ACTIVE;
    }
}
