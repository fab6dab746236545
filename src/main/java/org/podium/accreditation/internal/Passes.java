package org.podium.accreditation.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.AccreditationStatus;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upgrade passes (extra zones at one venue for one day, worn with an active card: refused as soon
 * as the card is not active) and day passes (a named guest's access to one venue's zones for one
 * day). Their QR codes are card credentials of category {@code UPG} or {@code DAY}, valid that day
 * (Paris time), so checkpoints read them with the cards' keys and rules.
 */
@Component
class Passes {

    static final String UPGRADE = "UPG";
    static final String DAY = "DAY";
    /** How an upgrade's credential names the card it goes with (its "others" text). */
    static final String CARD_PREFIX = "CARD ";

    /** A pass and its signed QR text. */
    record Pass(UUID id, String kind, @Nullable UUID request, String holder, String organisation, String venue, String zones, LocalDate day,
                boolean revoked, String qr) {
    }

    /** A pass that cannot be issued: the reason, in English (staff pages show it). */
    static final class PassRefused extends RuntimeException {
        PassRefused(String reason) {
            super(reason);
        }
    }

    private final JdbcClient jdbc;
    private final Requests requests;
    private final CardKeys keys;
    private final Programme programme;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    Passes(JdbcClient jdbc, Requests requests, CardKeys keys, Programme programme, ApplicationEventPublisher events, Clock clock,
           @org.springframework.beans.factory.annotation.Value("${podium.accreditation.valid-from:2024-06-26}") LocalDate firstDay,
           @org.springframework.beans.factory.annotation.Value("${podium.accreditation.valid-until:2024-10-08}") LocalDate lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.jdbc = jdbc;
        this.requests = requests;
        this.keys = keys;
        this.programme = programme;
        this.events = events;
        this.clock = clock;
    }

    /** Extra zones at a venue for a day, for the holder of an active card. */
    @Transactional
    Pass upgrade(UUID request, String venue, String zones, LocalDate day, String actor) {
        var card = requests.find(request).orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", request.toString()));
        if (card.status() != AccreditationStatus.ACTIVE) {
            throw new PassRefused("An upgrade pass goes with an active card; this one is " + card.status());
        }
        return issue("UPGRADE", request, (card.familyName() + " " + card.givenName()).strip(), card.organisation(), venue, zones, day, actor);
    }

    /** A named guest's access to a venue's zones for a day. */
    @Transactional
    Pass day(String holder, String organisation, String venue, String zones, LocalDate day, String actor) {
        if (holder.isBlank() || holder.strip().length() > 100) {
            throw new PassRefused("A day pass names its holder (100 characters at most)");
        }
        return issue("DAY", null, holder.strip(), organisation, venue, zones, day, actor);
    }

    private Pass issue(String kind, @Nullable UUID request, String holder, String organisation, String venue, String zones, LocalDate day,
                       String actor) {
        if (programme.venues().stream().noneMatch(v -> v.tag().equals(venue))) {
            throw new PassRefused("No venue " + venue);
        }
        var zoneList = zones(zones);
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            throw new PassRefused("A pass is for a day when cards are valid (" + firstDay + " to " + lastDay + ")");
        }
        var id = UUID.randomUUID();
        var key = keys.signing();
        jdbc.sql("""
                insert into accreditation.pass (id, kind, request_id, holder, organisation_code, venue, zones, valid_on, key_id, issued_by, issued_at)
                values (:id, :kind, :request, :holder, :organisation, :venue, :zones, :day, :key, :by, :at)""")
                .param("id", id).param("kind", kind).param("request", request).param("holder", holder).param("organisation", organisation)
                .param("venue", venue).param("zones", zoneList).param("day", Date.valueOf(day)).param("key", key.id()).param("by", actor)
                .param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.pass.issued", id.toString(),
                kind.toLowerCase(java.util.Locale.ROOT) + " pass for " + venue + " zones " + zoneList + " on " + day, clock.instant()));
        return find(id).orElseThrow();
    }

    /** "6", "6 7" or "6,7": zone numbers 1 to 9, written back as "6 7". */
    static String zones(String zones) {
        var list = Arrays.stream(zones.split("[\\s,]+")).filter(z -> !z.isBlank()).distinct().toList();
        if (list.isEmpty() || list.stream().anyMatch(z -> !z.matches("[1-9]"))) {
            throw new PassRefused("Zones are numbers from 1 to 9, such as 6 or 6 7: " + zones);
        }
        return list.stream().sorted().collect(Collectors.joining(" "));
    }

    @Transactional
    void revoke(UUID id, String actor) {
        var changed = jdbc.sql("update accreditation.pass set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        if (changed == 0) {
            throw new PassRefused("No pass " + id + " to revoke (unknown or revoked already)");
        }
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.pass.revoked", id.toString(), "pass revoked", clock.instant()));
        events.publishEvent(new RevocationPush.RevocationsChanged(clock.instant()));
    }

    Optional<Pass> find(UUID id) {
        return jdbc.sql("""
                select id, kind, request_id, holder, organisation_code, venue, zones, valid_on, key_id, revoked_at is not null
                from accreditation.pass where id = :id""")
                .param("id", id).query((rs, n) -> {
                    var kind = rs.getString(2);
                    var request = rs.getObject(3, UUID.class);
                    var day = rs.getDate(8).toLocalDate();
                    var credential = new CardCredential(rs.getInt(9), rs.getObject(1, UUID.class), 1,
                            day.atStartOfDay(GamesClock.ZONE).toInstant(), day.plusDays(1).atStartOfDay(GamesClock.ZONE).toInstant(),
                            rs.getString(5), kind.equals("UPGRADE") ? UPGRADE : DAY, rs.getString(6), rs.getString(7),
                            request == null ? "-" : CARD_PREFIX + request);
                    var qr = keys.privateKey(rs.getInt(9)).map(credential::signed).orElse("");
                    return new Pass(rs.getObject(1, UUID.class), kind, request, rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), day, rs.getBoolean(10), qr);
                }).optional();
    }

    List<Pass> of(UUID request) {
        return jdbc.sql("select id from accreditation.pass where request_id = :r order by issued_at desc").param("r", request)
                .query(UUID.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Revoked passes since an instant (all when null), as revocation-list entries: every version refused. */
    List<Cards.Revocation> revocations(@Nullable Instant since) {
        return jdbc.sql("""
                select id, revoked_at from accreditation.pass
                where revoked_at is not null and (cast(:since as timestamptz) is null or revoked_at > :since) order by revoked_at""")
                .param("since", since == null ? null : Timestamp.from(since))
                .query((rs, n) -> new Cards.Revocation(rs.getObject(1, UUID.class), Cards.ALL_VERSIONS, rs.getTimestamp(2).toInstant()))
                .list();
    }
}
