package org.podium.accreditation.internal;

import java.security.PrivateKey;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.podium.platform.Ed25519;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ed25519 keys that sign accreditation cards: one signs, the unretired ones are published
 * to checkpoints. The private key is kept encrypted with the personal-data key.
 */
@Component
class CardKeys {

    record SigningKey(int id, PrivateKey privateKey) {
    }

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CardKeys(JdbcClient jdbc, PersonalData personal, Clock clock) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.clock = clock;
    }

    /** The newest unretired key, made on first need (under a lock: two printers make one key). */
    @Transactional
    SigningKey signing() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('accreditation-card-key'))").query(Object.class).single();
        return jdbc.sql("select key_id, private_key from accreditation.card_key where retired_at is null order by created_at desc limit 1")
                .query((rs, n) -> new SigningKey(rs.getInt(1), Ed25519.privateKey(personal.decryptBytes(rs.getBytes(2)))))
                .optional().orElseGet(this::create);
    }

    /** An unretired key by its id (a card is signed again with the key that signed it). */
    java.util.Optional<PrivateKey> privateKey(int id) {
        return jdbc.sql("select private_key from accreditation.card_key where key_id = :id and retired_at is null").param("id", id)
                .query((rs, n) -> Ed25519.privateKey(personal.decryptBytes(rs.getBytes(1)))).optional();
    }

    /** Adds a key that signs from now; with {@code retireOthers} the older keys' cards stop verifying (a suspected leak). */
    @Transactional
    int rotate(boolean retireOthers) {
        if (retireOthers) {
            jdbc.sql("update accreditation.card_key set retired_at = :now where retired_at is null")
                    .param("now", Timestamp.from(clock.instant())).update();
        }
        return create().id();
    }

    /** The public keys checkpoints verify cards with, by key id. */
    Map<Integer, byte[]> published() {
        var keys = new LinkedHashMap<Integer, byte[]>();
        jdbc.sql("select key_id, public_key from accreditation.card_key where retired_at is null order by created_at")
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getBytes(2))).list().forEach(e -> keys.put(e.getKey(), e.getValue()));
        return keys;
    }

    private SigningKey create() {
        var pair = Ed25519.generate();
        var id = random.nextInt(Integer.MAX_VALUE - 1) + 1;
        jdbc.sql("insert into accreditation.card_key (key_id, public_key, private_key, created_at) values (:id, :pub, :priv, :now)")
                .param("id", id).param("pub", Ed25519.raw(pair.getPublic())).param("priv", personal.encrypt(pair.getPrivate().getEncoded()))
                .param("now", Timestamp.from(clock.instant())).update();
        return new SigningKey(id, pair.getPrivate());
    }
}
