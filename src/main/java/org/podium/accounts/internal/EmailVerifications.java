package org.podium.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.podium.accounts.EmailVerified;
import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.FanId;
import org.podium.accounts.FanRegistered;
import org.podium.accounts.RegisteredAddressReused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof that an address is the fan's: a link with a random token is mailed to it, and opening it
 * (then confirming, so that a mail scanner fetching links verifies nothing) marks the account
 * verified. Only the token's SHA-256 is stored; a link is good for a day and for one use; a new
 * link can be asked for three times an hour.
 */
@Component
public class EmailVerifications {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FanAccounts fans;
    private final FanMail mail;
    private final ApplicationEventPublisher events;
    private final Allowance resends = new Allowance(3, Duration.ofHours(1));
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    EmailVerifications(JdbcClient jdbc, FanAccounts fans, FanMail mail, ApplicationEventPublisher events,
                       org.springframework.transaction.PlatformTransactionManager transactions) {
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.fans = fans;
        this.mail = mail;
        this.events = events;
    }

    /** A new account gets its link; the token is stored and the mail sent in one step, retried together. */
    @ApplicationModuleListener
    void on(FanRegistered registered) {
        fans.find(registered.fan()).filter(fan -> !fans.isVerified(fan.id())).ifPresent(this::sendLink);
    }

    /** The owner of an address someone tried to register again is told, with the way to sign in. */
    @ApplicationModuleListener
    void on(RegisteredAddressReused reused) {
        fans.find(reused.owner()).ifPresent(owner -> mail.send(owner, "mail.reused", owner.displayName(), mail.siteUrl() + "/account/login"));
    }

    /**
     * A fan asks for a new link; empty when sent, else how long until another may be asked for. No
     * transaction around it: the token commits in its own before the mail leaves (see sendLink).
     */
    public Optional<Duration> resend(FanId fan) {
        if (fans.isVerified(fan)) {
            return Optional.empty();
        }
        var wait = resends.take(fan.value().toString());
        if (wait.isEmpty()) {
            fans.find(fan).ifPresent(this::sendLink);
        }
        return wait;
    }

    /** The fan whose link this is, now verified; empty for a token unknown, used or out of date. */
    @Transactional
    public Optional<FanId> confirm(String token) {
        var now = Instant.now();
        var fan = jdbc.sql("delete from accounts.email_verification where token_hash = :h and expires_at > :now returning fan_id")
                .param("h", hash(token)).param("now", Timestamp.from(now)).query(UUID.class).optional().map(FanId::new);
        fan.ifPresent(id -> markVerified(id, now));
        return fan;
    }

    /** For accounts whose address is known good without a mail: the demo fan. */
    @Transactional
    public void markVerified(FanId fan) {
        markVerified(fan, Instant.now());
    }

    private void markVerified(FanId fan, Instant at) {
        var changed = jdbc.sql("update accounts.fan set email_verified_at = :at where id = :id and email_verified_at is null")
                .param("at", Timestamp.from(at)).param("id", fan.value()).update();
        jdbc.sql("delete from accounts.email_verification where fan_id = :id").param("id", fan.value()).update();
        if (changed > 0) {
            events.publishEvent(new EmailVerified(fan, at));
        }
    }

    /**
     * The token is committed before the mail leaves: a fan quick enough to open the link at once
     * must find it. A failed send leaves an unused token behind, which expires; the retry sends a new one.
     */
    private void sendLink(Fan fan) {
        var token = newToken();
        var now = Instant.now();
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into accounts.email_verification (token_hash, fan_id, sent_at, expires_at) values (:h, :fan, :now, :until)")
                .param("h", hash(token)).param("fan", fan.id().value()).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(VALID_FOR))).update());
        mail.send(fan, "mail.verify", fan.displayName(), mail.siteUrl() + "/account/verify?token=" + token, VALID_FOR.toHours());
    }

    @Scheduled(fixedDelay = 3_600_000)
    void forgetOldLinks() {
        jdbc.sql("delete from accounts.email_verification where expires_at < :now").param("now", Timestamp.from(Instant.now())).update();
        resends.forgetIdle();
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
