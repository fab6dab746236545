package org.podium.accreditation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.AccreditationStatus;
import org.podium.games.GamesClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cards of approved requests: printing (and reprinting a lost card as the next version, the
 * older one revoked), activation at pick-up, suspension and reinstatement, revocation; and what
 * checkpoints need to refuse a card offline: the revocation list.
 */
@Component
class Cards {

    /** The highest card version: "every version below it" means every card of the request. */
    static final int ALL_VERSIONS = 0x10000;

    /** A card as printed: its request, version and signed QR text. */
    record Card(UUID request, int version, CardCredential credential, String qr) {
    }

    /** A checkpoint refuses a card whose version is below {@code below}: revoked versions, or every one. */
    record Revocation(UUID card, int below, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Requests requests;
    private final CardKeys keys;
    private final Categories categories;
    private final Clock clock;
    private final Instant validFrom;
    private final Instant validUntil;
    private final PersonalData personal;
    private final org.springframework.context.ApplicationEventPublisher events;

    Cards(JdbcClient jdbc, Requests requests, CardKeys keys, Categories categories, Clock clock, PersonalData personal,
          org.springframework.context.ApplicationEventPublisher events,
          @Value("${podium.accreditation.valid-from:2024-06-26}") LocalDate validFrom,
          @Value("${podium.accreditation.valid-until:2024-10-08}") LocalDate validUntil) {
        this.personal = personal;
        this.events = events;
        this.jdbc = jdbc;
        this.requests = requests;
        this.keys = keys;
        this.categories = categories;
        this.clock = clock;
        this.validFrom = validFrom.atStartOfDay(GamesClock.ZONE).toInstant();
        this.validUntil = validUntil.plusDays(1).atStartOfDay(GamesClock.ZONE).toInstant();
    }

    /**
     * Prints the request's card: the first one of an approved request, or the next version of a
     * printed or active one (a lost card), which revokes the versions before it.
     */
    @Transactional
    Card print(UUID id, String actor) {
        var request = requests.find(id).orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString()));
        var previous = version(id).orElse(0);
        var version = previous + 1;
        var reason = previous == 0 ? "card printed" : "replacement card, version " + version + "; version " + previous + " revoked";
        requests.move(id, AccreditationStatus.PRINTED, reason, actor);
        var key = keys.signing();
        var now = Timestamp.from(clock.instant());
        if (previous > 0) {
            jdbc.sql("update accreditation.card set revoked_at = :now, revoked_why = 'replaced' where request_id = :id and revoked_at is null")
                    .param("now", now).param("id", id).update();
        }
        jdbc.sql("""
                insert into accreditation.card (request_id, version, key_id, valid_from, valid_until, issued_at, issued_by)
                values (:id, :v, :key, :from, :until, :now, :by)""")
                .param("id", id).param("v", version).param("key", key.id()).param("from", Timestamp.from(validFrom))
                .param("until", Timestamp.from(validUntil)).param("now", now).param("by", actor).update();
        jdbc.sql("update accreditation.request set card_version = :v where id = :id").param("v", version).param("id", id).update();
        var credential = credential(request, version, key.id());
        return new Card(id, version, credential, credential.signed(key.privateKey()));
    }

    /** The current card of a printed, active or suspended request, signed again (Ed25519 signs the same bytes the same way). */
    Optional<Card> current(UUID id) {
        var request = requests.find(id).orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString()));
        var card = jdbc.sql("select version, key_id from accreditation.card where request_id = :id and revoked_at is null order by version desc limit 1")
                .param("id", id).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
        if (card.isEmpty()) {
            return Optional.empty();
        }
        var credential = credential(request, card.get()[0], card.get()[1]);
        // A card whose key was retired (a leak) is not signed again: it has to be reprinted.
        return keys.privateKey(card.get()[1]).map(key -> new Card(id, card.get()[0], credential, credential.signed(key)));
    }

    /** Handed over at the centre against the identity document. */
    @Transactional
    void activate(UUID id, String actor) {
        requests.move(id, AccreditationStatus.ACTIVE, "handed over", actor);
        jdbc.sql("update accreditation.card set activated_at = :now where request_id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }

    @Transactional
    void suspend(UUID id, String reason, String actor) {
        requests.move(id, AccreditationStatus.SUSPENDED, reason, actor);
    }

    @Transactional
    void reinstate(UUID id, String actor) {
        requests.move(id, AccreditationStatus.ACTIVE, "reinstated", actor);
    }

    @Transactional
    void revoke(UUID id, String reason, String actor) {
        requests.move(id, AccreditationStatus.REVOKED, reason, actor);
        jdbc.sql("update accreditation.card set revoked_at = :now, revoked_why = :why where request_id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("why", reason).param("id", id).update();
    }

    /**
     * What checkpoints refuse: a card whose version is below {@code below}. Only an active
     * request's current card opens anything, so a printed card not yet handed over, a suspended
     * or a revoked one has every version refused, and an active one its replaced versions. The
     * full list leaves out active first cards (nothing to refuse); since an instant, every
     * request whose card changed is listed, so a reinstatement lifts its entry.
     */
    List<Revocation> revocations(@Nullable Instant since) {
        return jdbc.sql("""
                select id, case when status = 'ACTIVE' then card_version else :all end, updated_at from accreditation.request
                where card_version is not null
                  and ((cast(:since as timestamptz) is null and (status <> 'ACTIVE' or card_version > 1)) or updated_at > :since)
                order by updated_at, id""")
                .param("all", ALL_VERSIONS).param("since", since == null ? null : Timestamp.from(since))
                .query((rs, n) -> new Revocation(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
    }

    /**
     * The day's list for border police: everyone whose card was handed over that day (Paris
     * time); with a passport the card serves as the visa for the Games period. Holds identity
     * document numbers: reading it is audited.
     */
    @Transactional
    String visaList(LocalDate day, String actor) {
        var out = new java.io.StringWriter();
        try (var csv = new org.apache.commons.csv.CSVPrinter(out, Screening.FILE)) {
            csv.printRecord("family_name", "given_name", "birth_date", "nationality", "document_number", "card", "version", "valid_until");
            var rows = jdbc.sql("""
                    select r.family_name, r.given_name, r.birth_date, r.nationality, r.document_number, r.id, c.version, c.valid_until
                    from accreditation.card c join accreditation.request r on r.id = c.request_id
                    where c.activated_at >= :from and c.activated_at < :to order by r.family_name, r.given_name, r.id""")
                    .param("from", Timestamp.from(day.atStartOfDay(GamesClock.ZONE).toInstant()))
                    .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(GamesClock.ZONE).toInstant()))
                    .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                            personal.decrypt(rs.getBytes(5)), rs.getObject(6, UUID.class), rs.getInt(7),
                            rs.getTimestamp(8).toInstant().minusSeconds(1).atZone(GamesClock.ZONE).toLocalDate()))
                    .list();
            for (var row : rows) {
                csv.printRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        events.publishEvent(new org.podium.audit.StaffActionPerformed(actor, "accreditation.visas.read", day.toString(),
                "visa list of " + day + " read", clock.instant()));
        return out.toString();
    }

    private Optional<Integer> version(UUID id) {
        return jdbc.sql("select card_version from accreditation.request where id = :id").param("id", id)
                .query((rs, n) -> (Integer) rs.getObject(1)).optional().filter(java.util.Objects::nonNull);
    }

    private CardCredential credential(Requests.Request request, int version, int keyId) {
        var category = categories.find(request.category()).orElseThrow();
        var venues = category.venues().isEmpty() ? "-" : String.join(" ", category.venues());
        var zones = category.zones().isEmpty() ? "-" : String.join(" ", category.zones().stream().map(String::valueOf).toList());
        var others = new java.util.ArrayList<>(category.transport());
        if (category.village()) {
            others.add("OV");
        }
        if (category.dining()) {
            others.add("DIN");
        }
        return new CardCredential(keyId, request.id(), version, validFrom, validUntil, request.organisation(), request.category(), venues,
                zones, others.isEmpty() ? "-" : String.join(" ", others));
    }
}
