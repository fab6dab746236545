package org.podium.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * Volunteers accepted their invitation: each needs a Games accreditation (category V, requested by
 * the organising committee). Published with the acceptance, in its transaction; the accreditation
 * module turns it into requests. Until a listener completes it, it stays in the event publication
 * log and is resubmitted, so no volunteer is left without a request. One acceptance is a list of one;
 * the demo's bulk answers publish lists of up to {@link #MAX}.
 */
public record VolunteersAccepted(List<Volunteer> volunteers) {

    public static final int MAX = 2_000;

    /** What an accreditation request needs, and the volunteer's reference (its function line). */
    public record Volunteer(String reference, String familyName, String givenName, LocalDate birthDate, String birthPlace,
                            String nationality, String documentNumber, LocalDate documentExpiry, String function) {}
}
