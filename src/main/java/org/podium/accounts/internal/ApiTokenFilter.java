package org.podium.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer pdm_...} on the machine API: the token's staff member, with their
 * current roles, for this request only. A token that is not valid is a 401 at once (no fallback to
 * another scheme); a request without a bearer token goes on to HTTP Basic.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    /** Who a request authenticated by token acts for; tokens cannot issue tokens. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final String username;

        TokenAuthentication(UserDetails user) {
            super(user.getAuthorities());
            this.username = user.getUsername();
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return username;
        }

        @Override
        public String getName() {
            return username;
        }
    }

    private final ApiTokens tokens;
    private final StaffUsers users;
    private final org.podium.platform.events.DurableEvents events;

    ApiTokenFilter(ApiTokens tokens, StaffUsers users, org.podium.platform.events.DurableEvents events) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.holder(header.substring(7).strip()).flatMap(this::enabled);
        if (user.isEmpty()) {
            // Guessing tokens is a sign-in attempt like any other: the SOC counts them (brute force).
            events.publish(new org.podium.accounts.SignInAttempted(MachineSignIns.KIND, MachineSignIns.TOKEN, false,
                    request.getRemoteAddr(), java.time.Instant.now()));
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Unauthorized","status":401,"detail":"the token is unknown, expired or revoked"}""");
            return;
        }
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(new TokenAuthentication(user.get()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    private java.util.Optional<UserDetails> enabled(String username) {
        try {
            var user = users.loadUserByUsername(username);
            return user.isEnabled() ? java.util.Optional.of(user) : java.util.Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return java.util.Optional.empty();
        }
    }
}
