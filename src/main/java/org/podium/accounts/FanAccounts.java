package org.podium.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fan accounts: registration and look-up. E-mail addresses are kept in lower case. */
@Service
public class FanAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    FanAccounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional
    public Fan register(String email, String displayName, String password, String language) {
        var normalised = email.trim().toLowerCase(Locale.ROOT);
        var fan = new Fan(FanId.random(), normalised, displayName.trim(), "fr".equals(language) ? "fr" : "en");
        try {
            jdbc.sql("""
                    insert into accounts.fan (id, email, display_name, password_hash, language, created_at)
                    values (:id, :email, :name, :hash, :language, :at)""")
                    .param("id", fan.id().value()).param("email", fan.email()).param("name", fan.displayName())
                    .param("hash", passwords.encode(password)).param("language", fan.language())
                    .param("at", Timestamp.from(Instant.now()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyRegistered(normalised);
        }
        events.publishEvent(new FanRegistered(fan.id(), fan.language(), Instant.now()));
        return fan;
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
                .param("email", email.trim().toLowerCase(Locale.ROOT))
                .query((rs, n) -> new FanCredentials(new Fan(new FanId(rs.getObject("id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("language")), rs.getString("password_hash")))
                .optional();
    }
}
