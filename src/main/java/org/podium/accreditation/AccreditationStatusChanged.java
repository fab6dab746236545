package org.podium.accreditation;

import java.time.Instant;
import java.util.UUID;

/**
 * A request took a step of the workflow (published in the transaction that made it). Transport,
 * the village and the workforce read privileges from the approved ones.
 */
public record AccreditationStatusChanged(UUID request, String organisation, String category, AccreditationStatus status,
                                         Instant at) {
}
