package org.podium.accounts;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.podium.audit.StaffActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: created or reset with a password, each with its roles. */
@Service
public class StaffAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    /** Creates the account, or resets its password, name and roles; audited. */
    @Transactional
    public StaffMember createOrReset(String username, String displayName, String password, Set<StaffRole> roles, String by) {
        if (password.length() < 12) {
            throw new IllegalArgumentException("A staff password has at least 12 characters");
        }
        var roleNames = roles.stream().map(Enum::name).sorted().toArray(String[]::new);
        jdbc.sql("""
                insert into accounts.staff (username, display_name, password_hash, roles, created_at)
                values (:username, :name, :hash, :roles, :at)
                on conflict (username) do update set display_name = excluded.display_name,
                  password_hash = excluded.password_hash, roles = excluded.roles, enabled = true""")
                .param("username", username).param("name", displayName).param("hash", passwords.encode(password))
                .param("roles", roleNames).param("at", Timestamp.from(Instant.now()))
                .update();
        events.publishEvent(new StaffActionPerformed(by, "accounts.staff.set", username,
                "roles " + String.join(",", roleNames), Instant.now()));
        return new StaffMember(username, displayName, EnumSet.copyOf(roles), true);
    }

    public Optional<StaffMember> find(String username) {
        return credentials(username).map(StaffCredentials::member);
    }

    public List<StaffMember> all() {
        return jdbc.sql("select username, display_name, password_hash, roles, enabled from accounts.staff order by username")
                .query((rs, n) -> credentials(rs).member()).list();
    }

    /** For sign-in only: the member and their password hash. */
    public record StaffCredentials(StaffMember member, String passwordHash) {}

    public Optional<StaffCredentials> credentials(String username) {
        return jdbc.sql("select username, display_name, password_hash, roles, enabled from accounts.staff where username = :u")
                .param("u", username)
                .query((rs, n) -> credentials(rs)).optional();
    }

    private static StaffCredentials credentials(java.sql.ResultSet rs) throws SQLException {
        return new StaffCredentials(new StaffMember(rs.getString("username"), rs.getString("display_name"),
                roles(rs.getArray("roles")), rs.getBoolean("enabled")), rs.getString("password_hash"));
    }

    private static Set<StaffRole> roles(Array array) throws SQLException {
        var names = (String[]) array.getArray();
        return Arrays.stream(names).map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }
}
