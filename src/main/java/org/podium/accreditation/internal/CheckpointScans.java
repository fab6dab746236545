package org.podium.accreditation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the checkpoint scanners decided, uploaded when they are online: each scan stored once (by
 * its nonce: a scanner sends a batch again after a broken connection), all of an upload or none.
 * The centre sees a card's latest scans on the person's page.
 */
@Component
class CheckpointScans {

    record Scan(UUID nonce, String venue, int zone, String device, @Nullable UUID card, @Nullable Integer version, String decision,
                @Nullable String reason, Instant scannedAt) {
    }

    record Uploaded(int stored, int duplicates) {
    }

    /** A scan that is not what a scanner sends: its position in the upload and why; nothing of the upload is kept. */
    record Invalid(int index, String reason) {
    }

    static final class UploadRejected extends RuntimeException {
        final List<Invalid> invalid;

        UploadRejected(List<Invalid> invalid) {
            super(invalid.size() + " scan(s) of the upload are malformed; nothing was stored");
            this.invalid = List.copyOf(invalid);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CheckpointScans(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    private static @Nullable String problem(Scan scan) {
        if (!scan.venue().matches("[a-z0-9-]{2,60}") || scan.zone() < 1 || scan.zone() > 9) {
            return "a venue tag and a zone from 1 to 9";
        }
        if (scan.device().isBlank() || scan.device().length() > 64) {
            return "a device id of 1 to 64 characters";
        }
        if (scan.decision().equals("ADMITTED")) {
            return scan.reason() == null && scan.card() != null ? null : "an admitted scan has its card and no reason";
        }
        if (!scan.decision().equals("REFUSED") || scan.reason() == null) {
            return "a decision is ADMITTED, or REFUSED with its reason";
        }
        try {
            Checkpoint.Refusal.valueOf(scan.reason());
            return null;
        } catch (IllegalArgumentException e) {
            return "not a refusal reason: " + scan.reason();
        }
    }

    @Transactional
    Uploaded upload(List<Scan> scans, String actor) {
        var invalid = new ArrayList<Invalid>();
        for (var i = 0; i < scans.size(); i++) {
            var why = problem(scans.get(i));
            if (why != null) {
                invalid.add(new Invalid(i, why));
            }
        }
        if (!invalid.isEmpty()) {
            throw new UploadRejected(invalid);
        }
        var stored = 0;
        var now = Timestamp.from(clock.instant());
        for (var s : scans) {
            var added = jdbc.sql("""
                    insert into accreditation.checkpoint_scan (nonce, venue, zone, device, card, version, decision, reason, scanned_at,
                        uploaded_by, received_at)
                    values (:nonce, :venue, :zone, :device, :card, :version, :decision, :reason, :at, :by, :now)
                    on conflict (nonce) do nothing""")
                    .param("nonce", s.nonce()).param("venue", s.venue()).param("zone", s.zone()).param("device", s.device())
                    .param("card", s.card()).param("version", s.version()).param("decision", s.decision()).param("reason", s.reason())
                    .param("at", Timestamp.from(s.scannedAt())).param("by", actor).param("now", now).update();
            stored += added;
            // A refusal of a known card is the SOC's to watch (once: a scan sent again is not stored again).
            if (added > 0 && s.card() != null && s.decision().equals("REFUSED") && s.reason() != null) {
                events.publishEvent(new org.podium.accreditation.CheckpointDenied(s.card(), s.venue(), s.zone(), s.reason(), s.device(),
                        s.scannedAt()));
            }
        }
        return new Uploaded(stored, scans.size() - stored);
    }

    /** A card's (or pass's) latest scans, newest first. */
    List<Scan> of(UUID card, int limit) {
        return jdbc.sql("""
                select nonce, venue, zone, device, card, version, decision, reason, scanned_at from accreditation.checkpoint_scan
                where card = :card order by scanned_at desc limit :limit""")
                .param("card", card).param("limit", limit)
                .query((rs, n) -> new Scan(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, UUID.class), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }
}
