package org.podium.accounts.internal;

import java.time.Instant;

import org.podium.accounts.SignInAttempted;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Publishes every sign-in, good or bad, for the security operations centre. */
@Component
class SignInEvents {

    private final org.podium.platform.events.DurableEvents events;

    SignInEvents(org.podium.platform.events.DurableEvents events) {
        this.events = events;
    }

    AuthenticationSuccessHandler success(String kind, String defaultUrl) {
        var delegate = new SavedRequestAwareAuthenticationSuccessHandler();
        delegate.setDefaultTargetUrl(defaultUrl);
        return (request, response, authentication) -> {
            events.publish(new SignInAttempted(kind, authentication.getName(), true, request.getRemoteAddr(), Instant.now()));
            delegate.onAuthenticationSuccess(request, response, authentication);
        };
    }

    AuthenticationFailureHandler failure(String kind, String failureUrl) {
        var delegate = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        var page = failureUrl.substring(0, failureUrl.indexOf('?'));
        return (request, response, exception) -> {
            var username = request.getParameter("FAN".equals(kind) ? "email" : "username");
            events.publish(new SignInAttempted(kind, username == null ? "" : username, false, request.getRemoteAddr(),
                    Instant.now()));
            if (exception instanceof SignInThrottled throttled) {
                // The same words whether or not an account has that name: the pause reveals nothing.
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
                response.sendRedirect(request.getContextPath() + page + "?locked=" + SignInThrottled.minutes(throttled.retryAfter()));
                return;
            }
            delegate.onAuthenticationFailure(request, response, exception);
        };
    }
}
