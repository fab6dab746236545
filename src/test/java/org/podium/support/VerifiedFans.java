package org.podium.support;

import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.internal.EmailVerifications;
import org.springframework.stereotype.Component;

/** Fans who registered and opened the link mailed to them, as every buyer must have. */
@Component
public class VerifiedFans {

    private final FanAccounts accounts;
    private final EmailVerifications verifications;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    VerifiedFans(FanAccounts accounts, EmailVerifications verifications, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.accounts = accounts;
        this.verifications = verifications;
        this.jdbc = jdbc;
    }

    /**
     * A verified buyer for tests of the sale rules, made in one insert: no mail, no password anyone
     * could type (the hash is of nothing). Tests of registration and sign-in use {@link #register}.
     */
    public org.podium.accounts.FanId any() {
        var id = org.podium.accounts.FanId.random();
        jdbc.sql("""
                insert into accounts.fan (id, email, display_name, password_hash, language, created_at, email_verified_at)
                values (:id, :email, 'Test buyer', '{noop}', 'en', now(), now())""")
                .param("id", id.value()).param("email", "buyer-" + id.value() + "@example.org").update();
        return id;
    }

    public Fan register(String email, String displayName, String password, String language) {
        var fan = accounts.register(email, displayName, password, language);
        verifications.confirm(TestMailServer.verificationToken(email)).orElseThrow();
        return fan;
    }
}
