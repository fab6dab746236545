package org.podium.accounts.internal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.podium.platform.NotFound;
import org.podium.platform.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A staff member's own API tokens: issued with their password, listed without secrets, revoked. */
@RestController
class ApiTokenEndpoints {

    private final ApiTokens tokens;

    ApiTokenEndpoints(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(String label, Integer days) {
    }

    @PostMapping("/api/staff/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API token for a venue system or script (HTTP Basic with the member's password; the secret is shown once)")
    ApiTokens.Issued issue(@RequestBody TokenRequest request, Authentication who) {
        if (who instanceof ApiTokenFilter.TokenAuthentication) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemTypes.problem(HttpStatus.FORBIDDEN, "token-needs-password",
                    "A token is issued with a password", "sign this request with your password (HTTP Basic), not with a token"), null);
        }
        return tokens.issue(who.getName(), request.label(), request.days() == null ? 30 : request.days());
    }

    @GetMapping("/api/staff/tokens")
    @Operation(summary = "The caller's API tokens, newest first, without their secrets")
    List<ApiTokens.Listed> mine(Authentication who) {
        return tokens.of(who.getName());
    }

    @DeleteMapping("/api/staff/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's API tokens")
    void revoke(@PathVariable UUID id, Authentication who) {
        if (!tokens.revoke(who.getName(), id)) {
            throw new NotFound("token", id.toString());
        }
    }
}
