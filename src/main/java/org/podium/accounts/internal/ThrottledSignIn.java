package org.podium.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the {@link SignInThrottle}: a paused name or address is refused before
 * its password is looked at (the same for a name no account has), a wrong password is paid for,
 * a right one clears the name's failures. Staff names share one allowance across the sign-in form
 * and HTTP Basic, so the two doors do not double an attacker's guesses.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final String realm;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, String realm) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.realm = realm;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var name = attempt.getName() == null ? "" : attempt.getName();
        var address = attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "";
        var wait = throttle.waitBefore(realm, name, address);
        if (!wait.isZero()) {
            throw new SignInThrottled(wait);
        }
        try {
            var signedIn = passwords.authenticate(attempt);
            throttle.succeeded(realm, name);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(realm, name, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
