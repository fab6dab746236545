package org.podium.results;

import java.time.Instant;

/** A new version of a unit's result was accepted: feeds, scoreboards and pages update. */
public record UnitResultPublished(String unitCode, String eventCode, int version, ResultStatus status, Instant at) {
}
