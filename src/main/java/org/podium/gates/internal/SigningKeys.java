package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each session's Ed25519 signing keys, made on first need. A rotation adds a key that signs from
 * then on; the older keys stay published so the credentials they signed still open the gates,
 * unless the rotation retires them (a suspected leak), which voids every credential they signed.
 */
@Component
class SigningKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SigningKey> current = new ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    record SigningKey(int id, String session, PrivateKey privateKey) {
    }

    /** A published key, as scanners download it. */
    record PublishedKey(int keyId, String session, byte[] publicKey, Instant createdAt, @Nullable Instant retiredAt) {
        String publicKeyBase64() {
            return CredentialCodec.base64(publicKey);
        }
    }

    /** The key that signs the session's credentials now. */
    SigningKey signing(String session) {
        return current.computeIfAbsent(session, s -> tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(:s))").param("s", "gates-key-" + s).query(Object.class).single();
            var newest = newest(s);
            return newest != null ? newest : create(s);
        }));
    }

    /** Adds a key that signs from now; with {@code retireOthers} the session's older keys stop being published. */
    PublishedKey rotate(String session, boolean retireOthers) {
        var key = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(:s))").param("s", "gates-key-" + session).query(Object.class).single();
            if (retireOthers) {
                jdbc.sql("update gates.signing_key set retired_at = :now where session_code = :s and retired_at is null")
                        .param("now", Timestamp.from(clock.instant())).param("s", session).update();
            }
            return create(session);
        });
        current.put(session, key);
        return published(session).stream().filter(k -> k.keyId() == key.id()).findFirst().orElseThrow();
    }

    List<PublishedKey> published(String session) {
        return jdbc.sql("""
                select key_id, session_code, public_key, created_at, retired_at from gates.signing_key
                where session_code = :s and retired_at is null order by created_at""")
                .param("s", session)
                .query((rs, n) -> new PublishedKey(rs.getInt(1), rs.getString(2), rs.getBytes(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    Map<Integer, byte[]> verifying(String session) {
        var keys = new LinkedHashMap<Integer, byte[]>();
        published(session).forEach(k -> keys.put(k.keyId(), k.publicKey()));
        return keys;
    }

    private @Nullable SigningKey newest(String session) {
        return jdbc.sql("""
                select key_id, private_key from gates.signing_key where session_code = :s and retired_at is null
                order by created_at desc limit 1""")
                .param("s", session)
                .query((rs, n) -> new SigningKey(rs.getInt(1), session, Ed25519.privateKey(rs.getBytes(2))))
                .optional().orElse(null);
    }

    /** A random 31-bit id: a collision among a few thousand keys is a one-in-a-million chance and fails loudly. */
    private SigningKey create(String session) {
        var pair = Ed25519.generate();
        var id = random.nextInt(Integer.MAX_VALUE - 1) + 1;
        jdbc.sql("""
                insert into gates.signing_key (key_id, session_code, public_key, private_key, created_at)
                values (:id, :s, :pub, :priv, :now)""")
                .param("id", id).param("s", session).param("pub", Ed25519.raw(pair.getPublic()))
                .param("priv", pair.getPrivate().getEncoded()).param("now", Timestamp.from(clock.instant())).update();
        return new SigningKey(id, session, pair.getPrivate());
    }

    void forgetCache() {
        current.clear();
    }
}
