package org.podium.ticketing.internal.web;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.accounts.FanAccounts;
import org.podium.accounts.FanId;
import org.podium.platform.NotFound;
import org.springframework.stereotype.Component;

/** The signed-in fan's account id, remembered per e-mail: a hot on-sale must not query accounts on every hold. */
@Component
class FanIdentity {

    private final FanAccounts accounts;
    private final Map<String, FanId> byEmail = new ConcurrentHashMap<>();

    FanIdentity(FanAccounts accounts) {
        this.accounts = accounts;
    }

    FanId of(Principal principal) {
        return byEmail.computeIfAbsent(principal.getName(), email -> accounts.findByEmail(email)
                .orElseThrow(() -> new NotFound("fan", email)).id());
    }
}
