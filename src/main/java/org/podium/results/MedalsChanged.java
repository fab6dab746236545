package org.podium.results;

/** An event's medallists were decided or changed; the medal table moves with them. */
public record MedalsChanged(String eventCode) {
}
