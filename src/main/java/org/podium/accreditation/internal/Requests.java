package org.podium.accreditation.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.AccreditationStatus;
import org.podium.accreditation.AccreditationStatusChanged;
import org.podium.audit.StaffActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests and their steps. Submission holds a place in the organisation's quota (checked under
 * the organisation's lock, so two managers cannot both take the last place); every later step goes
 * through {@link #move}, which refuses a step the status does not allow and records, audits and
 * publishes the one it takes, in the caller's transaction.
 */
@Component
class Requests {

    /** A request as the centre and its organisation see it (the document number stays encrypted). */
    record Request(UUID id, String organisation, String category, String familyName, String givenName, LocalDate birthDate,
                   String birthPlace, String nationality, LocalDate documentExpiry, String function, AccreditationStatus status,
                   @Nullable String reason, @Nullable Long screeningBatch, Instant submittedAt) {
    }

    /** A step a request took. */
    record Step(@Nullable AccreditationStatus from, AccreditationStatus to, @Nullable String reason, String actor, Instant at) {
    }

    /** A form or bulk line that cannot be stored: its line (1 for a form), the field, the message key and its arguments. */
    record Refusal(long line, String field, String key, List<Object> args) {
    }

    /** Nothing was stored: every refusal is listed. */
    static final class Refused extends RuntimeException {
        final List<Refusal> refusals;

        Refused(List<Refusal> refusals) {
            super(refusals.size() + " refusal(s), nothing stored: " + refusals.stream().limit(5)
                    .map(r -> "line " + r.line() + " " + r.field() + " " + r.key() + r.args()).toList());
            this.refusals = List.copyOf(refusals);
        }
    }

    /** A step the request's status does not allow. */
    static final class StepRefused extends RuntimeException {
        StepRefused(UUID request, AccreditationStatus from, AccreditationStatus to) {
            super("Request " + request + " is " + from + ": it cannot become " + to + " (allowed: " + from.next() + ")");
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PersonalData personal;
    private final Categories categories;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalDate gamesStart;

    Requests(JdbcClient jdbc, JdbcTemplate batch, PersonalData personal, Categories categories, Organisations organisations,
             ApplicationEventPublisher events, Clock clock,
             @org.springframework.beans.factory.annotation.Value("${podium.accreditation.games-start:2024-07-26}") LocalDate gamesStart) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.personal = personal;
        this.categories = categories;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
        this.gamesStart = gamesStart;
    }

    /**
     * Stores every form (each with its line in the file; 1 for a form typed in a page) or none: a
     * form with a problem, a document given twice in the file, or a category over its quota
     * refuses the whole submission with every reason.
     */
    @Transactional
    List<UUID> submit(String organisation, List<BulkFile.Line> forms, String actor) {
        var refusals = new ArrayList<Refusal>();
        var seen = new java.util.HashMap<String, Long>();
        var perCategory = new LinkedHashMap<String, List<Long>>();
        var rows = new ArrayList<Object[]>(forms.size());
        var ids = new ArrayList<UUID>(forms.size());
        var now = Timestamp.from(clock.instant());
        for (var i = 0; i < forms.size(); i++) {
            var form = forms.get(i).form();
            var line = forms.get(i).number();
            var problems = form.check(categories, gamesStart);
            problems.forEach(p -> refusals.add(new Refusal(line, p.field(), p.key(), Arrays.asList(p.args()))));
            if (!problems.isEmpty()) {
                continue;
            }
            var hash = personal.documentHash(form.documentNumber());
            var key = java.util.HexFormat.of().formatHex(hash);
            var earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                refusals.add(new Refusal(line, "documentNumber", "accreditation.error.sameDocument", List.of(earlier)));
                continue;
            }
            perCategory.computeIfAbsent(form.category().strip(), c -> new ArrayList<>()).add(line);
            var id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {id, organisation, form.category().strip(), form.familyName().strip(), form.givenName().strip(),
                    Date.valueOf(form.birthDate().strip()), form.birthPlace().strip(), form.nationality().strip(),
                    personal.encrypt(form.documentNumber().strip()), hash, Date.valueOf(form.documentExpiry().strip()),
                    form.function().strip(), AccreditationStatus.SUBMITTED.name(), actor, now, now});
        }
        // The organisation's lock: the quota read below stays true until this transaction ends.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "accreditation-" + organisation).query(Object.class).single();
        var quotas = organisations.quotas(organisation);
        perCategory.forEach((category, lines) -> {
            var quota = quotas.get(category);
            var remaining = quota == null ? 0 : quota.remaining();
            for (var extra = remaining; extra < lines.size(); extra++) {
                refusals.add(new Refusal(lines.get(extra), "category", "accreditation.error.quota",
                        List.of(category, quota == null ? 0 : quota.allowed(), remaining)));
            }
        });
        if (!refusals.isEmpty()) {
            refusals.sort(java.util.Comparator.comparingLong(Refusal::line));
            throw new Refused(refusals);
        }
        batch.batchUpdate("""
                insert into accreditation.request (id, organisation_code, category_code, family_name, given_name, birth_date, birth_place,
                    nationality, document_number, document_hash, document_expiry, function_title, status, submitted_by, submitted_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch.batchUpdate("insert into accreditation.request_step (request_id, to_status, actor, at) values (?, 'SUBMITTED', ?, ?)",
                ids.stream().map(id -> new Object[] {id, actor, now}).toList());
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.requests.submitted", organisation,
                ids.size() + " request(s) submitted", clock.instant()));
        return ids;
    }

    /** Moves a request one step, or {@link StepRefused}; recorded, audited and published with the change. */
    @Transactional
    Request move(UUID id, AccreditationStatus to, @Nullable String reason, String actor) {
        var request = lock(id).orElseThrow(() -> new org.podium.platform.NotFound("accreditation request", id.toString()));
        if (!request.status().canBecome(to)) {
            throw new StepRefused(id, request.status(), to);
        }
        var now = clock.instant();
        jdbc.sql("update accreditation.request set status = :to, status_reason = :reason, updated_at = :now, version = version + 1 where id = :id")
                .param("to", to.name()).param("reason", reason).param("now", Timestamp.from(now)).param("id", id).update();
        jdbc.sql("insert into accreditation.request_step (request_id, from_status, to_status, reason, actor, at) values (:id, :from, :to, :reason, :actor, :at)")
                .param("id", id).param("from", request.status().name()).param("to", to.name()).param("reason", reason)
                .param("actor", actor).param("at", Timestamp.from(now)).update();
        events.publishEvent(new AccreditationStatusChanged(id, request.organisation(), request.category(), to, now));
        if (to.changesCheckpoints()) {
            events.publishEvent(new RevocationPush.RevocationsChanged(now));
        }
        // The audit trail is read by administrators: the screening's reason stays with the centre.
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.request." + to.name().toLowerCase(java.util.Locale.ROOT),
                id.toString(), request.organisation() + " " + request.category() + ": " + request.status() + " -> " + to, now));
        return find(id).orElseThrow();
    }

    /** The statuses whose requests no longer hold a quota place or count as a live request, as an SQL list. */
    static final String FREED = Arrays.stream(AccreditationStatus.values()).filter(s -> !s.countsInQuota())
            .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private static final String COLUMNS = """
            id, organisation_code, category_code, family_name, given_name, birth_date, birth_place, nationality, document_expiry,
            function_title, status, status_reason, screening_batch, submitted_at""";

    private static Request row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Request(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(), rs.getString(10),
                AccreditationStatus.valueOf(rs.getString(11)), rs.getString(12), (Long) rs.getObject(13),
                rs.getTimestamp(14).toInstant());
    }

    Optional<Request> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accreditation.request where id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    private Optional<Request> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from accreditation.request where id = :id for update").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    /** An organisation's requests (or every organisation's when null), optionally of one status, newest first. */
    List<Request> list(@Nullable String organisation, @Nullable AccreditationStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from accreditation.request where (cast(:o as text) is null or organisation_code = :o)
                and (cast(:s as text) is null or status = :s) order by submitted_at desc, family_name, id limit :limit""")
                .param("o", organisation).param("s", status == null ? null : status.name()).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    /** The ids of the requests in a status, oldest first. */
    List<UUID> ids(AccreditationStatus status, int limit) {
        return ids(status, null, limit);
    }

    /** The ids of an organisation's requests (every organisation's when null) in a status, oldest first. */
    List<UUID> ids(AccreditationStatus status, @Nullable String organisation, int limit) {
        return jdbc.sql("""
                select id from accreditation.request where status = :s and (cast(:o as text) is null or organisation_code = :o)
                order by submitted_at, id limit :limit""")
                .param("s", status.name()).param("o", organisation).param("limit", limit).query(UUID.class).list();
    }

    /** The organisations with requests in a status, and how many each. */
    Map<String, Integer> organisationsWith(AccreditationStatus status) {
        var counts = new LinkedHashMap<String, Integer>();
        jdbc.sql("select organisation_code, count(*) from accreditation.request where status = :s group by organisation_code order by 1")
                .param("s", status.name()).query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** How many requests are in each status (of one organisation, or all when null). */
    Map<AccreditationStatus, Integer> counts(@Nullable String organisation) {
        var counts = new java.util.EnumMap<AccreditationStatus, Integer>(AccreditationStatus.class);
        for (var status : AccreditationStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql("select status, count(*) from accreditation.request where (cast(:o as text) is null or organisation_code = :o) group by status")
                .param("o", organisation)
                .query((rs, n) -> Map.entry(AccreditationStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<Step> steps(UUID id) {
        return jdbc.sql("select from_status, to_status, reason, actor, at from accreditation.request_step where request_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Step(rs.getString(1) == null ? null : AccreditationStatus.valueOf(rs.getString(1)),
                        AccreditationStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * What stops the centre from validating a request: an identity document that expires before
     * the card does, or the same person in another live request (same document, or same family
     * name, given name and birth date), in this organisation or another.
     */
    List<String> validationFindings(UUID id, LocalDate cardsValidUntil) {
        var request = find(id).orElseThrow();
        var findings = new ArrayList<String>();
        if (request.documentExpiry().isBefore(cardsValidUntil)) {
            findings.add("identity document expires on " + request.documentExpiry() + ", before the card (" + cardsValidUntil + ")");
        }
        jdbc.sql("""
                select o.organisation_code, o.id from accreditation.request o, accreditation.request r
                where r.id = :id and o.id <> r.id and o.status not in """ + FREED + """
                and (o.document_hash = r.document_hash
                     or (lower(o.family_name) = lower(r.family_name) and lower(o.given_name) = lower(r.given_name) and o.birth_date = r.birth_date))
                order by o.submitted_at limit 5""")
                .param("id", id).query((rs, n) -> "same person as request " + rs.getString(2) + " of " + rs.getString(1)).list()
                .forEach(findings::add);
        return findings;
    }

    /** A person's file opened by the centre: each opening is in the audit trail. */
    @Transactional
    Optional<Request> open(UUID id, String actor) {
        var request = find(id);
        request.ifPresent(r -> events.publishEvent(new StaffActionPerformed(actor, "accreditation.person.viewed", id.toString(),
                "file of a " + r.organisation() + " " + r.category() + " request opened", clock.instant())));
        return request;
    }

    /** The identity document number, decrypted for the centre (each read is audited). */
    @Transactional
    String documentNumber(UUID id, String actor) {
        var stored = jdbc.sql("select document_number from accreditation.request where id = :id").param("id", id).query(byte[].class).single();
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.person.read", id.toString(), "identity document read",
                clock.instant()));
        return personal.decrypt(stored);
    }
}
