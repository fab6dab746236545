package org.podium.workforce.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.podium.platform.ICalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A volunteer's shifts as an iCalendar feed a phone subscribes to: read without signing in, so its
 * address carries an HMAC of the volunteer's reference under a key kept in the database.
 */
@Component
class CalendarFeed {

    private final JdbcClient jdbc;
    private volatile byte[] key;

    CalendarFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String token(String reference) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            var digest = mac.doFinal(reference.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean valid(String reference, String token) {
        return MessageDigest.isEqual(token(reference).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    String calendar(String name, List<Attendance.ShiftLine> shifts, java.util.function.Function<Attendance.ShiftLine, String> summary) {
        var entries = shifts.stream().map(s -> new ICalendar.Entry("shift-" + s.id(), s.start().atZone(Demand.PARIS).toInstant(),
                s.end().atZone(Demand.PARIS).toInstant(), summary.apply(s), s.venue(), false)).toList();
        return ICalendar.of(name, "Volunteer shifts", entries, Instant.now());
    }

    private byte[] key() {
        var known = key;
        if (known == null) {
            var fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into workforce.calendar_key (id, key) values (1, :key) on conflict do nothing").param("key", fresh).update();
            known = jdbc.sql("select key from workforce.calendar_key where id = 1").query(byte[].class).single();
            key = known;
        }
        return known;
    }
}
