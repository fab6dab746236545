package org.podium.games;

/** A phase of an event (heats, semifinals, a pool...): the first 26 characters of its units' codes. */
public record Phase(String code, String eventCode, String name) {
}
