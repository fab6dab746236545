package org.podium.accounts.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.podium.platform.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * The JSON API's refusals as RFC 9457 problems, like every other API answer: 401 (with the Basic
 * challenge), 429 with Retry-After when sign-in is paused, 403. Nothing internal is said: the same
 * words whether or not the name exists.
 */
@Component
class MachineApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    MachineApiProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) throws IOException {
        if (refused instanceof SignInThrottled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
            write(request, response, ProblemTypes.problem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-paused", "Sign-in paused",
                    "too many failed sign-ins for this name or from this address: try again in "
                            + SignInThrottled.minutes(throttled.retryAfter()) + " min, or ask an administrator to unlock it"));
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/admin")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/staff")
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Podium\"");
        }
        write(request, response, ProblemTypes.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                "this resource needs valid credentials"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        write(request, response, ProblemTypes.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your account's roles do not allow this request, or its CSRF token is missing"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
