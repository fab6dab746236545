package org.podium.transport;

import java.time.LocalDate;

/** A car was requested (or cancelled) for a day: the day's dispatch is re-optimised. */
public record CarRequested(String reference, LocalDate day, String by) {
}
