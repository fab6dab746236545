package org.podium.accounts.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.podium.audit.StaffActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for venue systems and scripts: a results feed that posts several messages a second
 * should not pay a password hash (~70 ms of CPU with BCrypt) on every one. A token is 32 random
 * bytes, shown once ({@code pdm_} + base64url), kept as its SHA-256; it acts for its staff member
 * with the member's roles at the time of use, until it expires (1 to 90 days) or is revoked.
 * Issuing and revoking are audited.
 */
@Component
class ApiTokens {

    static final String PREFIX = "pdm_";
    static final int MAX_DAYS = 90;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A token as listed to its owner: never its secret. */
    record Listed(UUID id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    /** A new token with its secret, the only time the secret is seen. */
    record Issued(UUID id, String label, String token, Instant expiresAt) {
    }

    @Transactional
    Issued issue(String username, String label, int days) {
        if (label == null || label.isBlank() || label.length() > 80) {
            throw new IllegalArgumentException("label: 1 to 80 characters naming the system that uses the token");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days: a token lasts 1 to " + MAX_DAYS + " days");
        }
        var secret = new byte[32];
        random.nextBytes(secret);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var id = UUID.randomUUID();
        var now = Instant.now();
        var expires = now.plus(Duration.ofDays(days));
        jdbc.sql("""
                insert into accounts.api_token (id, username, token_hash, label, created_at, expires_at)
                values (:id, :username, :hash, :label, :at, :expires)""")
                .param("id", id).param("username", username).param("hash", sha256(token)).param("label", label.strip())
                .param("at", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        events.publishEvent(new StaffActionPerformed(username, "accounts.token.issued", id.toString(),
                label.strip() + ", " + days + " days", now));
        return new Issued(id, label.strip(), token, expires);
    }

    /** The staff member a token acts for, when it is one of ours, not expired and not revoked. */
    Optional<String> holder(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select username from accounts.api_token
                where token_hash = :hash and revoked_at is null and expires_at > :now""")
                .param("hash", sha256(token)).param("now", Timestamp.from(Instant.now()))
                .query(String.class).optional();
    }

    List<Listed> of(String username) {
        return jdbc.sql("""
                select id, label, created_at, expires_at, revoked_at from accounts.api_token
                where username = :username order by created_at desc""")
                .param("username", username)
                .query((rs, n) -> new Listed(rs.getObject("id", UUID.class), rs.getString("label"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    /** Revokes one of the member's own tokens; false when they have no such token still valid. */
    @Transactional
    boolean revoke(String username, UUID id) {
        var now = Instant.now();
        var revoked = jdbc.sql("update accounts.api_token set revoked_at = :now where id = :id and username = :username and revoked_at is null")
                .param("now", Timestamp.from(now)).param("id", id).param("username", username).update() == 1;
        if (revoked) {
            events.publishEvent(new StaffActionPerformed(username, "accounts.token.revoked", id.toString(), "", now));
        }
        return revoked;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
