package org.podium.results;

/** A results feed was loaded: units and lines written, medal events decided. */
public record ResultsImported(int units, int lines, int decidedEvents) {
}
