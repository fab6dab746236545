package org.podium.accounts.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unheard: too many failures for this name or from this address; says when to try again. */
final class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins: try again in " + minutes(retryAfter) + " min");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, at least one: what the sign-in page says. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
