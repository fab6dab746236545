package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.SessionTitles;
import org.podium.games.Session;
import org.podium.platform.NotFound;
import org.podium.ticketing.OrderPaid;
import org.podium.ticketing.OrderRefunded;
import org.podium.ticketing.TicketChangedHands;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tickets as the gates know them, kept from ticketing's events: who holds each one, which
 * version of its credential is current, which device it is bound to. Every change that must stop
 * an old code (refund, transfer, resale, a new phone) revokes the current version and, when the
 * ticket lives on, raises the version.
 */
@Component
class WalletTickets {

    private final JdbcClient jdbc;
    private final SigningKeys keys;
    private final Programme programme;
    private final GamesClock gamesClock;
    private final GatesProperties properties;
    private final Clock clock;

    private final SessionTitles titles;

    WalletTickets(JdbcClient jdbc, SigningKeys keys, Programme programme, GamesClock gamesClock, GatesProperties properties,
                  Clock clock, SessionTitles titles) {
        this.titles = titles;
        this.jdbc = jdbc;
        this.keys = keys;
        this.programme = programme;
        this.gamesClock = gamesClock;
        this.properties = properties;
        this.clock = clock;
    }

    /** A ticket in the fan's wallet; {@code credential} is null until the code is released and a device bound. */
    record WalletTicket(UUID ticket, String session, String title, String venue, Instant startsAt, String entrance, String seat,
                        String holder, int version, Instant releasedAt, @Nullable String deviceKey, @Nullable String credential) {
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        for (var t : paid.tickets()) {
            jdbc.sql("""
                    insert into gates.ticket (ticket_id, fan_id, session_code, seat_id, entrance, holder_name, version, valid, changed_at)
                    values (:id, :fan, :session, :seat, :entrance, :holder, 1, true, :now) on conflict (ticket_id) do nothing""")
                    .param("id", t.id()).param("fan", paid.fan().value()).param("session", t.session()).param("seat", t.seat())
                    .param("entrance", properties.entranceOf(t.seat())).param("holder", t.holderName())
                    .param("now", Timestamp.from(clock.instant())).update();
        }
    }

    @ApplicationModuleListener
    void on(OrderRefunded refunded) {
        for (var ticket : refunded.tickets()) {
            revokeCurrent(ticket, "REFUNDED");
            jdbc.sql("update gates.ticket set valid = false, changed_at = :now where ticket_id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", ticket).update();
        }
    }

    @ApplicationModuleListener
    void on(TicketChangedHands change) {
        revokeCurrent(change.ticket(), change.how().name());
        jdbc.sql("""
                update gates.ticket set fan_id = :to, holder_name = :name, version = version + 1, device_key = null,
                    device_registered_at = null, changed_at = :now
                where ticket_id = :id""")
                .param("to", change.to().value()).param("name", change.holderName())
                .param("now", Timestamp.from(clock.instant())).param("id", change.ticket()).update();
    }

    /**
     * Binds the ticket to the public key of the fan's device (made there; its private half never
     * leaves it). Binding another device replaces the credential: the old version is revoked.
     */
    @Transactional
    WalletTicket bindDevice(FanId fan, UUID ticket, byte[] deviceKey) {
        if (deviceKey.length != Ed25519.PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("A device key is a raw Ed25519 public key of 32 bytes");
        }
        Ed25519.publicKey(deviceKey);
        var row = lock(fan, ticket);
        if (row.deviceKey() != null && !Arrays.equals(row.deviceKey(), deviceKey)) {
            revokeCurrent(ticket, "DEVICE_CHANGED");
            jdbc.sql("update gates.ticket set version = version + 1 where ticket_id = :id").param("id", ticket).update();
        }
        jdbc.sql("update gates.ticket set device_key = :key, device_registered_at = :now, changed_at = :now where ticket_id = :id")
                .param("key", deviceKey).param("now", Timestamp.from(clock.instant())).param("id", ticket).update();
        return view(lock(fan, ticket));
    }

    List<WalletTicket> of(FanId fan) {
        return jdbc.sql(SELECT + " where fan_id = :fan and valid order by session_code, seat_id").param("fan", fan.value())
                .query(WalletTickets::row).list().stream().map(this::view).toList();
    }

    /** The signed credential of the fan's ticket, or null before its release time or without a bound device. */
    @Nullable String credential(Row row, Session session) {
        var release = session.startsAt().minus(properties.activationLead());
        if (row.deviceKey() == null || gamesClock.now().isBefore(release)) {
            return null;
        }
        var signing = keys.signing(row.session());
        var credential = new TicketCredential(signing.id(), row.ticket(), row.version(), release, session.endsAt(),
                CredentialCodec.fingerprint(row.deviceKey()), row.session(), row.entrance(), row.seat());
        return CredentialCodec.base64(CredentialCodec.sign(credential, signing.privateKey()));
    }

    record Row(UUID ticket, UUID fan, String session, String seat, String entrance, String holder, int version,
               byte @Nullable [] deviceKey) {
    }

    record Revoked(UUID ticket, int version, String reason, Instant revokedAt) {
        String key() {
            return GateCheck.revocationKey(ticket, version);
        }
    }

    List<Revoked> revocations(String session) {
        return revocations(session, Instant.EPOCH);
    }

    /** Revocations recorded at or after {@code since}: what a scanner that synced then has not seen. */
    List<Revoked> revocations(String session, Instant since) {
        return jdbc.sql("""
                select ticket_id, version, reason, revoked_at from gates.revocation
                where session_code = :s and revoked_at >= :since order by revoked_at""")
                .param("s", session).param("since", Timestamp.from(since))
                .query((rs, n) -> new Revoked(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Tickets issued per entrance of a session: the crowd each entrance group must take in. */
    java.util.Map<String, Integer> issuedPerEntrance(String session) {
        var counts = new java.util.TreeMap<String, Integer>();
        jdbc.sql("select entrance, count(*) from gates.ticket where session_code = :s and valid group by entrance")
                .param("s", session).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Why a ticket may no longer enter (REFUNDED...), or null while it is valid. */
    @Nullable String revokedFor(UUID ticket) {
        var valid = jdbc.sql("select valid from gates.ticket where ticket_id = :id").param("id", ticket).query(Boolean.class)
                .optional().orElse(false);
        if (valid) {
            return null;
        }
        return jdbc.sql("select reason from gates.revocation where ticket_id = :id order by revoked_at desc limit 1")
                .param("id", ticket).query(String.class).optional().orElse("NOT_VALID");
    }

    @Nullable Row find(UUID ticket) {
        return jdbc.sql(SELECT + " where ticket_id = :id").param("id", ticket).query(WalletTickets::row).optional().orElse(null);
    }

    private static final String SELECT = """
            select ticket_id, fan_id, session_code, seat_id, entrance, holder_name, version, device_key from gates.ticket""";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBytes(8));
    }

    private Row lock(FanId fan, UUID ticket) {
        return jdbc.sql(SELECT + " where ticket_id = :id and fan_id = :fan and valid for update")
                .param("id", ticket).param("fan", fan.value()).query(WalletTickets::row).optional()
                .orElseThrow(() -> new NotFound("ticket", ticket.toString()));
    }

    private WalletTicket view(Row row) {
        var session = programme.session(row.session());
        var title = titles.of(row.session()); // in the language of the wallet's request
        return new WalletTicket(row.ticket(), row.session(), title.headline(), title.venue(), session.startsAt(),
                row.entrance(), row.seat(),
                row.holder(), row.version(), session.startsAt().minus(properties.activationLead()),
                row.deviceKey() == null ? null : CredentialCodec.base64(row.deviceKey()),
                credential(row, session));
    }

    private void revokeCurrent(UUID ticket, String reason) {
        jdbc.sql("""
                insert into gates.revocation (ticket_id, version, session_code, reason, revoked_at)
                select ticket_id, version, session_code, :reason, :now from gates.ticket where ticket_id = :id
                on conflict do nothing""")
                .param("reason", reason).param("now", Timestamp.from(clock.instant())).param("id", ticket).update();
    }
}
