package org.podium.accounts.internal;

import org.podium.accounts.FanAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Fan sign-in by e-mail address; every fan has the one role FAN. */
final class FanUsers implements UserDetailsService {

    static final String ROLE = "FAN";

    private final FanAccounts accounts;

    FanUsers(FanAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var credentials = accounts.credentials(email)
                .orElseThrow(() -> new UsernameNotFoundException("No fan account"));
        return User.withUsername(credentials.fan().email())
                .password(credentials.passwordHash())
                .roles(ROLE)
                .build();
    }
}
