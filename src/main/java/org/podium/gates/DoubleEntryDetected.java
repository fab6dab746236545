package org.podium.gates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One ticket was admitted more times than its session allows, at different scanners that were
 * offline and could not know of each other: found when their scans were uploaded.
 *
 * @param gates the gates of every admission, in scan order
 */
public record DoubleEntryDetected(UUID ticket, String session, List<String> gates, Instant firstEntry,
                                  Instant latestEntry, Instant detectedAt) {
}
