package org.podium.transport;

import java.time.LocalDate;

/** A road or lane closure was declared: what it touches on that day is re-planned. */
public record DisruptionDeclared(long id, LocalDate day, String place, double radiusKm, double multiplier, String by) {
}
