package org.podium.ticketing;

/** A price category of a session's seats, best first; the seat map rule says which rows are which. */
public enum PriceCategory {
    A, B, C, D
}
