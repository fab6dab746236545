package org.podium.accreditation;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkpoint refused a card or pass (published when the scanner's upload is stored). The SOC
 * looks for the same card refused again and again, or at two venues within minutes.
 *
 * @param card   the card's (or pass's) id
 * @param reason the refusal: REVOKED, ZONE_NOT_ALLOWED, BAD_SIGNATURE ...
 */
public record CheckpointDenied(UUID card, String venue, int zone, String reason, String device, Instant scannedAt) {
}
