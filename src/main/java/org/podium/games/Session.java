package org.podium.games;

import java.time.Instant;
import java.time.LocalDate;

/** A ticketed block of units at one site on one competition day. */
public record Session(String code, String siteCode, String venueTag, String venueName, LocalDate day,
                      Instant startsAt, Instant endsAt, int unitCount, int medalUnits) {
}
