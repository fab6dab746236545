package org.podium.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.accounts.internal.PasswordPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fan accounts: registration, verification status and look-up. E-mail addresses are kept in lower
 * case. A new account can sign in at once but buys nothing until its address is verified (a link
 * mailed to it was opened): a per-account cap means nothing if accounts cost nothing.
 */
@Service
public class FanAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    /** Verified is for good: remembered so that a hot on-sale's holds do not ask the database each time. */
    private final Set<FanId> verified = ConcurrentHashMap.newKeySet();

    FanAccounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
    }

    /**
     * Opens an account (unverified; a verification mail follows). Refuses a weak password and a
     * taken address, saying so: for callers that may know, such as the demo and administrators.
     * The public registration page uses {@link #apply} instead.
     */
    @Transactional
    public Fan register(String email, String displayName, String password, String language) {
        return insert(email, displayName, password, language).orElseThrow(() -> new EmailAlreadyRegistered(normalise(email)));
    }

    /**
     * The public registration: the same for an address that has an account and one that has not,
     * in answer and in time (the password is hashed either way), so the page reveals nothing. The
     * owner of a taken address gets a mail saying someone tried, instead of a second account.
     */
    @Transactional
    public void apply(String email, String displayName, String password, String language) {
        if (insert(email, displayName, password, language).isEmpty()) {
            findByEmail(email).ifPresent(owner -> events.publishEvent(new RegisteredAddressReused(owner.id(), Instant.now())));
        }
    }

    private Optional<Fan> insert(String email, String displayName, String password, String language) {
        var normalised = normalise(email);
        policy.check(password, normalised, displayName);
        var fan = new Fan(FanId.random(), normalised, displayName.trim(), "fr".equals(language) ? "fr" : "en");
        var now = Instant.now();
        var inserted = jdbc.sql("""
                        insert into accounts.fan (id, email, display_name, password_hash, language, created_at)
                        values (:id, :email, :name, :hash, :language, :at)
                        on conflict (email) do nothing""")
                .param("id", fan.id().value()).param("email", fan.email()).param("name", fan.displayName())
                .param("hash", passwords.encode(password)).param("language", fan.language())
                .param("at", Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        events.publishEvent(new FanRegistered(fan.id(), fan.language(), now));
        return Optional.of(fan);
    }

    /** Whether the fan's address was verified: buying, entering a draw, taking a ticket need it. */
    public boolean isVerified(FanId fan) {
        if (verified.contains(fan)) {
            return true;
        }
        var yes = jdbc.sql("select email_verified_at is not null from accounts.fan where id = :id").param("id", fan.value())
                .query(Boolean.class).optional().orElse(false);
        if (yes) {
            verified.add(fan);
        }
        return yes;
    }

    public Optional<Fan> find(FanId id) {
        return jdbc.sql("select id, email, display_name, language from accounts.fan where id = :id").param("id", id.value())
                .query((rs, n) -> new Fan(id, rs.getString("email"), rs.getString("display_name"), rs.getString("language")))
                .optional();
    }

    public Optional<Fan> findByEmail(String email) {
        return credentials(email).map(FanCredentials::fan);
    }

    /** For sign-in only: the fan and their password hash. */
    public record FanCredentials(Fan fan, String passwordHash) {}

    public Optional<FanCredentials> credentials(String email) {
        return jdbc.sql("select id, email, display_name, language, password_hash from accounts.fan where email = :email")
                .param("email", normalise(email))
                .query((rs, n) -> new FanCredentials(new Fan(new FanId(rs.getObject("id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("language")), rs.getString("password_hash")))
                .optional();
    }

    private static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
