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
    /** Withdrawn by the organisation before screening. */
    WITHDRAWN;

    /** The steps a request may take from here. */
    public Set<AccreditationStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(VALIDATED, REJECTED, WITHDRAWN);
            case VALIDATED -> Set.of(IN_SCREENING, REJECTED, WITHDRAWN);
            case IN_SCREENING -> Set.of(FAVOURABLE, REFUSED);
            case FAVOURABLE -> Set.of(APPROVED);
            case REJECTED, REFUSED, APPROVED, WITHDRAWN -> Set.of();
        };
    }

    public boolean canBecome(AccreditationStatus next) {
        return next().contains(next);
    }

    /** Whether the request holds a place in its organisation's quota. */
    public boolean countsInQuota() {
        return this != REJECTED && this != REFUSED && this != WITHDRAWN;
    }
}
