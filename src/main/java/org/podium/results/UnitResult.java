package org.podium.results;

import java.time.Instant;
import java.util.List;

/** A unit's result at one version: every accepted message or import makes a new version. */
public record UnitResult(String unitCode, int version, ResultStatus status, String by, Instant at, List<Entry> entries) {
}
