package org.podium.accounts.internal;

import org.podium.accounts.StaffAccounts;
import org.podium.accounts.StaffRole;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Staff sign-in: usernames and roles from the staff accounts. */
final class StaffUsers implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUsers(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var credentials = accounts.credentials(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        var member = credentials.member();
        return User.withUsername(member.username())
                .password(credentials.passwordHash())
                .authorities(member.roles().stream().map(StaffRole::authority).toArray(String[]::new))
                .disabled(!member.enabled())
                .build();
    }
}
