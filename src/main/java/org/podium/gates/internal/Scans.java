package org.podium.gates.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.gates.DoubleEntryDetected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Scans uploaded by the scanners, each once (by its nonce, so a scanner may send the same batch
 * again after a broken connection), and the double entries they reveal: a ticket admitted more
 * often than its session allows, by different scanners that could not know of each other.
 */
@Component
class Scans {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    Scans(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /** One scan as the scanner recorded it. */
    record Scan(UUID nonce, String session, String gate, String device, @Nullable UUID ticket, @Nullable Integer version,
                String decision, @Nullable String reason, Instant scannedAt) {
    }

    record Uploaded(int stored, int duplicates, List<UUID> doubleEntries) {
    }

    /** A bad scan in an upload: its position and why; nothing of that upload is kept. */
    record Invalid(int index, String reason) {
    }

    static final class UploadRejected extends RuntimeException {
        private final List<Invalid> invalid;

        UploadRejected(List<Invalid> invalid) {
            super(invalid.size() + " scan(s) of the upload are malformed; nothing was stored");
            this.invalid = invalid;
        }

        List<Invalid> invalid() {
            return invalid;
        }
    }

    static List<Invalid> validate(List<Scan> scans, String session) {
        var invalid = new ArrayList<Invalid>();
        for (var i = 0; i < scans.size(); i++) {
            var s = scans.get(i);
            var why = problem(s, session);
            if (why != null) {
                invalid.add(new Invalid(i, why));
            }
        }
        return invalid;
    }

    private static @Nullable String problem(Scan s, String session) {
        if (!s.session().equals(session)) {
            return "scan of session " + s.session() + " uploaded for " + session;
        }
        if (!s.gate().matches("[A-Z][0-9]{1,2}")) {
            return "gate must be an entrance letter and a number, like B2: " + s.gate();
        }
        if (s.device().isBlank() || s.device().length() > 64) {
            return "device must have 1 to 64 characters";
        }
        if (!s.decision().equals("ADMITTED") && !s.decision().equals("REFUSED")) {
            return "decision must be ADMITTED or REFUSED: " + s.decision();
        }
        if (s.decision().equals("ADMITTED") && (s.ticket() == null || s.version() == null || s.reason() != null)) {
            return "an admitted scan names its ticket and version and has no refusal reason";
        }
        if (s.decision().equals("REFUSED") && (s.reason() == null || !isReason(s.reason()))) {
            return "a refused scan gives one of the refusal reasons: " + s.reason();
        }
        return null;
    }

    private static boolean isReason(String reason) {
        return java.util.Arrays.stream(Refusal.values()).anyMatch(r -> r.name().equals(reason));
    }

    /** How far ahead of the Games clock a scanner's own clock may run: a few minutes of drift, not a date in 9999. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(10);
    /** Gates open hours before a session; a scan from before the day before it is no scan of it. */
    static final java.time.Duration BEFORE_SESSION = java.time.Duration.ofHours(24);

    /**
     * Checks an upload against what the server knows: an admitted ticket must be a ticket of this
     * session, in a version it has had, scanned at a time a scanner's clock can show (from the day
     * before the session to a few minutes past the Games clock). Anything else refuses the whole
     * upload with each scan's reason: a scanner that records such scans is broken or forged.
     */
    List<Invalid> plausibility(List<Scan> scans, String session, Instant sessionStarts, Instant gamesNow) {
        var invalid = new ArrayList<Invalid>();
        var tickets = scans.stream().map(Scan::ticket).filter(java.util.Objects::nonNull).distinct().toList();
        var versions = new java.util.HashMap<UUID, Integer>();
        if (!tickets.isEmpty()) {
            jdbc.sql("select ticket_id, version from gates.ticket where session_code = :s and ticket_id in (:t)")
                    .param("s", session).param("t", tickets)
                    .query((rs, n) -> versions.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        }
        for (var i = 0; i < scans.size(); i++) {
            var s = scans.get(i);
            if (s.scannedAt().isAfter(gamesNow.plus(CLOCK_SKEW)) || s.scannedAt().isBefore(sessionStarts.minus(BEFORE_SESSION))) {
                invalid.add(new Invalid(i, "scannedAt " + s.scannedAt() + " is outside the session's gate hours as the Games clock"
                        + " knows them (from " + sessionStarts.minus(BEFORE_SESSION) + " to " + gamesNow.plus(CLOCK_SKEW) + ")"));
            } else if (s.ticket() != null && !versions.containsKey(s.ticket())) {
                invalid.add(new Invalid(i, "ticket " + s.ticket() + " is not a ticket of " + session));
            } else if (s.version() != null && (s.version() < 1 || s.ticket() != null && s.version() > versions.get(s.ticket()))) {
                invalid.add(new Invalid(i, "version " + s.version() + " is not a version ticket " + s.ticket() + " has had"));
            }
        }
        return invalid;
    }

    @Transactional
    Uploaded upload(String session, String staff, List<Scan> scans, int reentries) {
        var invalid = validate(scans, session);
        if (!invalid.isEmpty()) {
            throw new UploadRejected(invalid);
        }
        var stored = 0;
        var admittedTickets = new LinkedHashSet<UUID>();
        var now = clock.instant();
        for (var s : scans) {
            var inserted = jdbc.sql("""
                    insert into gates.scan (nonce, session_code, gate, entrance, device, staff, ticket_id, version, decision,
                        reason, scanned_at, uploaded_at)
                    values (:nonce, :session, :gate, :entrance, :device, :staff, :ticket, :version, :decision, :reason, :at, :now)
                    on conflict (nonce) do nothing""")
                    .param("nonce", s.nonce()).param("session", s.session()).param("gate", s.gate())
                    .param("entrance", s.gate().substring(0, 1)).param("device", s.device()).param("staff", staff)
                    .param("ticket", s.ticket()).param("version", s.version()).param("decision", s.decision())
                    .param("reason", s.reason()).param("at", Timestamp.from(s.scannedAt())).param("now", Timestamp.from(now))
                    .update();
            stored += inserted;
            if (inserted == 1 && s.decision().equals("ADMITTED")) {
                admittedTickets.add(s.ticket());
            }
        }
        meters.counter("podium.gates.scans.uploaded").increment(stored);
        var doubles = new ArrayList<UUID>();
        // Two scanners uploading at once each see only their own uncommitted scans: a lock per
        // ticket, taken after the inserts and held to the commit, makes the second one see both.
        // Sorted, so that two uploads never wait for each other in a circle.
        for (var ticket : admittedTickets.stream().sorted().toList()) {
            jdbc.sql("select pg_advisory_xact_lock(:a, :b)").param("a", (int) (ticket.getMostSignificantBits() >> 32))
                    .param("b", (int) ticket.getLeastSignificantBits()).query(Object.class).single();
        }
        for (var ticket : admittedTickets) {
            if (checkDoubleEntry(session, ticket, reentries)) {
                doubles.add(ticket);
            }
        }
        return new Uploaded(stored, scans.size() - stored, doubles);
    }

    /** Records an entry admitted by other means than a scanner (a supervisor's identity check). */
    void admitted(String session, String gate, String staff, UUID ticket, int version, Instant at, int reentries) {
        upload(session, staff, List.of(new Scan(UUID.randomUUID(), session, gate, "supervisor", ticket, version, "ADMITTED",
                null, at)), reentries);
    }

    private boolean checkDoubleEntry(String session, UUID ticket, int reentries) {
        var entries = jdbc.sql("""
                select gate, device, scanned_at from gates.scan
                where ticket_id = :t and session_code = :s and decision = 'ADMITTED' order by scanned_at""")
                .param("t", ticket).param("s", session)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()}).list();
        var devices = entries.stream().map(e -> e[1]).distinct().count();
        if (entries.size() <= 1 + reentries || devices < 2) {
            return false;
        }
        var gates = entries.stream().map(e -> (String) e[0]).toList();
        var first = (Instant) entries.getFirst()[2];
        var latest = (Instant) entries.getLast()[2];
        // One double entry per ticket: later entries update its row (the board shows them all), but
        // only the first detection is an event, so the SOC opens one incident per ticket, not one per upload.
        var firstDetection = jdbc.sql("""
                insert into gates.double_entry (ticket_id, session_code, gates, entries, first_entry, latest_entry, detected_at)
                values (:t, :s, :gates, :n, :first, :latest, :now)
                on conflict (ticket_id, session_code) do update set gates = excluded.gates, entries = excluded.entries,
                    latest_entry = excluded.latest_entry, detected_at = excluded.detected_at
                where gates.double_entry.entries < excluded.entries
                returning (xmax = 0)""")
                .param("t", ticket).param("s", session).param("gates", gates.toArray(String[]::new)).param("n", entries.size())
                .param("first", Timestamp.from(first)).param("latest", Timestamp.from(latest))
                .param("now", Timestamp.from(clock.instant())).query(Boolean.class).optional();
        if (firstDetection.isEmpty() || !firstDetection.get()) {
            return false;
        }
        meters.counter("podium.gates.double_entries").increment();
        events.publishEvent(new DoubleEntryDetected(ticket, session, gates, first, latest, clock.instant()));
        return true;
    }

    record DoubleEntry(UUID ticket, List<String> gates, int entries, Instant firstEntry, Instant latestEntry, Instant detectedAt) {
    }

    List<DoubleEntry> doubleEntries(String session) {
        return jdbc.sql("""
                select ticket_id, gates, entries, first_entry, latest_entry, detected_at from gates.double_entry
                where session_code = :s order by detected_at desc""")
                .param("s", session)
                .query((rs, n) -> new DoubleEntry(rs.getObject(1, UUID.class), List.of((String[]) rs.getArray(2).getArray()),
                        rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Entries per gate and minute over the last {@code minutes} before {@code until} (scan time). */
    Map<String, int[]> entriesPerMinute(String session, Instant until, int minutes) {
        var from = until.minusSeconds(60L * minutes);
        var series = new java.util.TreeMap<String, int[]>();
        jdbc.sql("""
                select gate, floor(extract(epoch from (scanned_at - :from)) / 60)::int as minute, count(*) from gates.scan
                where session_code = :s and decision = 'ADMITTED' and scanned_at >= :from and scanned_at < :until
                group by gate, minute""")
                .param("s", session).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((rs, n) -> {
                    var minute = rs.getInt(2);
                    if (minute >= 0 && minute < minutes) {
                        series.computeIfAbsent(rs.getString(1), g -> new int[minutes])[minute] = rs.getInt(3);
                    }
                    return null;
                }).list();
        return series;
    }

    Map<String, Integer> refusedByReason(String session) {
        var counts = new java.util.TreeMap<String, Integer>();
        jdbc.sql("select reason, count(*) from gates.scan where session_code = :s and decision = 'REFUSED' group by reason")
                .param("s", session).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Tickets that entered at least once, per entrance. */
    Map<String, Integer> enteredPerEntrance(String session) {
        var counts = new java.util.TreeMap<String, Integer>();
        jdbc.sql("""
                select entrance, count(distinct ticket_id) from gates.scan where session_code = :s and decision = 'ADMITTED'
                group by entrance""")
                .param("s", session).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }
}
