package org.podium.platform;

import java.util.Optional;

/**
 * A scanned accreditation card read for a module the accreditation module depends on (the
 * workforce's check-in: accreditation already listens to workforce, so workforce cannot call it).
 * Implemented by the accreditation module.
 */
public interface AccreditationCards {

    /**
     * The function written on the card's request (for a volunteer, "Volunteer {reference} {area}"),
     * if the scanned text is a genuine card, valid now on the Games clock and not revoked; empty otherwise.
     */
    Optional<String> function(String scanned);
}
