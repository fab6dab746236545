package org.podium.gates.internal;

/** Why a gate answers red; the scanner shows the words of the matching message key. */
enum Refusal {
    /** Not a Podium code, or a damaged one. */
    MALFORMED,
    /** A ticket for another session. */
    WRONG_SESSION,
    /** Signed by no key this session published. */
    UNKNOWN_KEY,
    /** The signature does not match: forged, or a field altered. */
    SIGNATURE_INVALID,
    /** This version of the ticket was replaced or cancelled (transfer, resale, refund). */
    REVOKED,
    /** Too early: the session's gates do not open for it yet. */
    NOT_YET_VALID,
    /** Too late: the session is over. */
    EXPIRED,
    /** Valid, but for another entrance. */
    WRONG_ENTRANCE,
    /** The code is shown by a device other than the one the ticket is bound to. */
    HOLDER_KEY_MISMATCH,
    /** The rotating proof is not the holder device's signature. */
    PROOF_INVALID,
    /** The rotating proof is too old: a screenshot or a replay. */
    PROOF_EXPIRED,
    /** The rotating proof claims a time ahead of the gate's clock. */
    PROOF_FROM_FUTURE,
    /** This ticket already entered through this scanner as often as the session allows. */
    ALREADY_ENTERED
}
