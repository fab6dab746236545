package org.podium.ticketing;

/** Wheelchair spaces are sold only with the companion seat beside them. */
public enum SeatKind {
    STANDARD, WHEELCHAIR, COMPANION
}
