package org.podium.accounts;

/** A password the policy refuses; the reason names the rule, for a message in the fan's language. */
public class WeakPassword extends RuntimeException {

    /** The rule broken. */
    public enum Reason { TOO_SHORT, TOO_LONG, PERSONAL, GUESSABLE }

    private final Reason reason;

    public WeakPassword(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
