package org.podium.gates.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session at its gates: what a scanner downloads before going offline, the entry rule, the
 * supervisors' identity-check admissions and key rotations, and the figures of the operations page.
 */
@Component
class GateSessions {

    private final Programme programme;
    private final SigningKeys keys;
    private final WalletTickets tickets;
    private final Scans scans;
    private final GatesProperties properties;
    private final GamesClock gamesClock;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.podium.ticketing.SeatPlans seatPlans;

    GateSessions(org.podium.ticketing.SeatPlans seatPlans, Programme programme, SigningKeys keys, WalletTickets tickets, Scans scans, GatesProperties properties,
                 GamesClock gamesClock, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.seatPlans = seatPlans;
        this.programme = programme;
        this.keys = keys;
        this.tickets = tickets;
        this.scans = scans;
        this.properties = properties;
        this.gamesClock = gamesClock;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everything a scanner needs to decide offline; {@code gamesNow} lets it follow the Games clock.
     * With {@code since}, only the revocations recorded from then ({@code complete} false): a scanner
     * polling every few seconds then downloads a few lines, not the session's whole list.
     */
    record Bundle(String session, String venue, Instant startsAt, Instant endsAt, List<String> entrances,
                  List<Map<String, Object>> keys, List<Map<String, Object>> revoked, boolean complete, int reentries,
                  Instant gamesNow, long proofMaxAgeSeconds, long proofMaxAheadSeconds, Instant issuedAt) {
    }

    Bundle bundle(String code) {
        return bundle(code, null);
    }

    Bundle bundle(String code, @Nullable Instant since) {
        var session = session(code);
        keys.signing(code);
        var published = keys.published(code).stream()
                .map(k -> Map.<String, Object>of("keyId", k.keyId(), "publicKey", k.publicKeyBase64())).toList();
        var issuedAt = clock.instant();
        var revoked = tickets.revocations(code, since == null ? Instant.EPOCH : since).stream()
                .map(r -> Map.<String, Object>of("key", r.key(), "reason", r.reason(), "revokedAt", r.revokedAt().toString())).toList();
        var entrances = properties.entrances().chars().mapToObj(c -> String.valueOf((char) c)).toList();
        return new Bundle(code, session.venueName(), session.startsAt(), session.endsAt(), entrances, published, revoked,
                since == null, reentries(code), gamesClock.now(), properties.proofMaxAge().toSeconds(),
                properties.proofMaxAhead().toSeconds(), issuedAt);
    }

    /** The same checks as the scanner, on the server: for a supervisor's check of a code, and for the tests. */
    GateCheck check(String session, String entrance) {
        session(session);
        var revoked = new java.util.HashSet<String>();
        tickets.revocations(session).forEach(r -> revoked.add(r.key()));
        return new GateCheck(session, entrance, keys.verifying(session), revoked, reentries(session), properties.proofMaxAge(),
                properties.proofMaxAhead());
    }

    int reentries(String session) {
        return jdbc.sql("select reentries from gates.session_rule where session_code = :s").param("s", session)
                .query(Integer.class).optional().orElse(0);
    }

    @Transactional
    void setReentries(String session, int reentries, String actor) {
        session(session);
        if (reentries < 0 || reentries > 5) {
            throw new IllegalArgumentException("Re-entries allowed per ticket: 0 to 5, not " + reentries);
        }
        jdbc.sql("""
                insert into gates.session_rule (session_code, reentries, set_by, set_at) values (:s, :n, :by, :at)
                on conflict (session_code) do update set reentries = excluded.reentries, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("s", session).param("n", reentries).param("by", actor).param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new StaffActionPerformed(actor, "gates.reentries", "session " + session,
                reentries + " re-entries allowed", clock.instant()));
    }

    /**
     * A supervisor lets a holder in after checking an identity document: recorded, and counted as an
     * entry. The identity check stands in for the phone, not for the ticket: a ticket that is no
     * longer valid (refunded, or its version replaced), of another session, or outside the session's
     * entry window is refused with the reason, as a scanner would refuse its code.
     */
    @Transactional
    void admitByIdentityCheck(String session, String gate, UUID ticket, String document, @Nullable String note, String supervisor) {
        var row = tickets.find(ticket);
        if (row == null) {
            throw new NotFound("ticket", ticket.toString());
        }
        if (!row.session().equals(session)) {
            throw new AdmissionRefused(Refusal.WRONG_SESSION, "Ticket " + ticket + " is for session " + row.session() + ", not " + session);
        }
        var revoked = tickets.revokedFor(ticket);
        if (revoked != null) {
            throw new AdmissionRefused(Refusal.REVOKED, "Ticket " + ticket + " is no longer valid (" + revoked + ")");
        }
        var window = session(session);
        var now = gamesClock.now();
        if (now.isBefore(window.startsAt().minus(properties.activationLead()))) {
            throw new AdmissionRefused(Refusal.NOT_YET_VALID, "The gates of " + session + " open at "
                    + window.startsAt().minus(properties.activationLead()));
        }
        if (now.isAfter(window.endsAt())) {
            throw new AdmissionRefused(Refusal.EXPIRED, "Session " + session + " ended at " + window.endsAt());
        }
        if (!List.of("ID_CARD", "PASSPORT", "DRIVING_LICENCE", "ACCREDITATION").contains(document)) {
            throw new IllegalArgumentException("Document checked: ID_CARD, PASSPORT, DRIVING_LICENCE or ACCREDITATION");
        }
        if (!gate.matches("[A-Z][0-9]{1,2}")) {
            throw new IllegalArgumentException("A gate is an entrance letter and a number, like B2");
        }
        var at = gamesClock.now();
        jdbc.sql("""
                insert into gates.manual_admission (id, session_code, gate, ticket_id, supervisor, document, note, admitted_at)
                values (:id, :s, :gate, :t, :sup, :doc, :note, :at)""")
                .param("id", UUID.randomUUID()).param("s", session).param("gate", gate).param("t", ticket).param("sup", supervisor)
                .param("doc", document).param("note", note == null || note.isBlank() ? null : note.strip())
                .param("at", Timestamp.from(at)).update();
        scans.admitted(session, gate, supervisor, ticket, row.version(), at, reentries(session));
        events.publishEvent(new StaffActionPerformed(supervisor, "gates.admit-by-id", "ticket " + ticket,
                "identity checked (" + document + ") at gate " + gate, clock.instant()));
    }

    @Transactional
    SigningKeys.PublishedKey rotateKey(String session, boolean retireOthers, String actor) {
        session(session);
        var key = keys.rotate(session, retireOthers);
        events.publishEvent(new StaffActionPerformed(actor, "gates.key-rotation", "session " + session,
                retireOthers ? "new key, older keys retired" : "new key", clock.instant()));
        return key;
    }

    /** The figures of the gate operations page. */
    /** One gate's entries in the last minute and in the last fifteen. */
    record GateRate(String gate, int lastMinute, int lastFifteen) {
    }

    /** Entries admitted in one minute of the Games clock, per entrance (A, B...), for the chart. */
    record MinuteEntries(Instant minute, Map<String, Integer> byEntrance) {

        public int total() {
            return byEntrance.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    record Operations(Session session, Instant gamesNow, List<GateRate> entriesPerMinute, Map<String, Integer> capacity,
                      Map<String, Integer> issued,
                      Map<String, Integer> entered, Map<String, Integer> refused, List<Scans.DoubleEntry> doubleEntries,
                      Map<String, Double> minutesToClear, int reentries, List<MinuteEntries> minutes) {

        /** The entrances of the chart's series: every entrance with seats, in order. */
        public List<String> entrances() {
            return List.copyOf(capacity.keySet());
        }
    }

    Operations operations(String code) {
        var session = session(code);
        var now = gamesClock.now();
        var perMinute = scans.entriesPerMinute(code, now.plusSeconds(60), 15);
        var issued = tickets.issuedPerEntrance(code);
        var entered = scans.enteredPerEntrance(code);
        var minutes = new java.util.TreeMap<String, Double>();
        for (var entrance : issued.keySet()) {
            // Queue estimate: those still to come divided by the entrance's pace over the last five minutes.
            var pace = perMinute.entrySet().stream().filter(e -> e.getKey().startsWith(entrance))
                    .mapToInt(e -> java.util.Arrays.stream(e.getValue(), 10, 15).sum()).sum() / 5.0;
            var waiting = issued.get(entrance) - entered.getOrDefault(entrance, 0);
            if (pace > 0) {
                minutes.put(entrance, Math.ceil(waiting / pace));
            }
        }
        var rates = perMinute.entrySet().stream().map(e -> new GateRate(e.getKey(), e.getValue()[14],
                java.util.Arrays.stream(e.getValue()).sum())).toList();
        var capacity = new java.util.TreeMap<String, Integer>();
        seatPlans.seatsPerSection(code).forEach((section, seats) ->
                capacity.merge(properties.entranceOfSection(section), seats, Integer::sum));
        return new Operations(session, now, rates, capacity, issued, entered, scans.refusedByReason(code), scans.doubleEntries(code),
                minutes, reentries(code), minutesOf(perMinute, now.plusSeconds(60), capacity.keySet()));
    }

    /** The last fifteen minutes (the current one last), entries summed per entrance over its gates. */
    private static List<MinuteEntries> minutesOf(Map<String, int[]> perGate, Instant until, java.util.Set<String> entrances) {
        var minutes = new java.util.ArrayList<MinuteEntries>();
        var start = until.minusSeconds(60L * 15);
        for (var m = 0; m < 15; m++) {
            var byEntrance = new java.util.TreeMap<String, Integer>();
            entrances.forEach(e -> byEntrance.put(e, 0));
            for (var gate : perGate.entrySet()) {
                // A gate is named by its entrance and its number: gate B2 is entrance B's second.
                byEntrance.merge(gate.getKey().substring(0, 1), gate.getValue()[m], Integer::sum);
            }
            minutes.add(new MinuteEntries(start.plusSeconds(60L * m).truncatedTo(java.time.temporal.ChronoUnit.MINUTES), byEntrance));
        }
        return minutes;
    }

    Session session(String code) {
        return programme.session(code);
    }
}
