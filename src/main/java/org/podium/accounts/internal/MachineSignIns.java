package org.podium.accounts.internal;

import java.time.Instant;

import org.podium.accounts.SignInAttempted;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed HTTP Basic authentications on the machine API, published as sign-in attempts of kind
 * {@value #KIND} so the SOC sees password guessing against venue systems' accounts too. Successes
 * are not published: a venue system authenticates on every message, thousands of times a day.
 */
final class MachineSignIns implements AuthenticationEventPublisher {

    static final String KIND = "API";
    /** The user of a failed token attempt: the token names nobody. */
    static final String TOKEN = "(api token)";

    private final org.podium.platform.events.DurableEvents events;

    MachineSignIns(org.podium.platform.events.DurableEvents events) {
        this.events = events;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        events.publish(new SignInAttempted(KIND, authentication.getName(), false, address == null ? "" : address, Instant.now()));
    }
}
