package org.podium.accreditation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.podium.accreditation.AccreditationStatus;
import org.podium.audit.StaffActionPerformed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security screening ("enquête administrative"): validated requests go to the authority in
 * batches (a file, format in docs/modules/accreditation.md); its answer file gives each person a
 * favourable or unfavourable opinion, binding either way; a person without an opinion when the
 * legal period ({@code podium.accreditation.screening.legal-period}, two months) has passed since
 * the batch was sent is refused, as the law counts silence.
 */
@Component
class Screening {

    /** The answer file's formats: one line per person, the request's id and the opinion. */
    static final CSVFormat FILE = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
    static final String FAVOURABLE = "F";
    static final String UNFAVOURABLE = "D";

    record Batch(long id, Instant sentAt, String sentBy, int requests, @Nullable Instant answeredAt) {
    }

    /** An answer line that cannot be taken: nothing of the file is. */
    record BadAnswer(long line, String reason) {
    }

    static final class AnswersRejected extends RuntimeException {
        final List<BadAnswer> lines;

        AnswersRejected(List<BadAnswer> lines) {
            super(lines.size() + " bad line(s) in the screening answers; nothing recorded: " + lines.stream().limit(5).toList());
            this.lines = List.copyOf(lines);
        }
    }

    private final JdbcClient jdbc;
    private final Requests requests;
    private final PersonalData personal;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration legalPeriod;

    Screening(JdbcClient jdbc, Requests requests, PersonalData personal, ApplicationEventPublisher events, Clock clock,
              @Value("${podium.accreditation.screening.legal-period:60d}") Duration legalPeriod) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.personal = personal;
        this.events = events;
        this.clock = clock;
        this.legalPeriod = legalPeriod;
    }

    /** Sends every validated request (at most {@code limit}) in one new batch; empty when none waits. */
    @Transactional
    Optional<Batch> send(String actor, int limit) {
        var ids = requests.ids(AccreditationStatus.VALIDATED, limit);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var batch = jdbc.sql("insert into accreditation.screening_batch (sent_at, sent_by, requests) values (:at, :by, :n) returning id")
                .param("at", Timestamp.from(now)).param("by", actor).param("n", ids.size()).query(Long.class).single();
        for (var id : ids) {
            requests.move(id, AccreditationStatus.IN_SCREENING, "batch " + batch, actor);
        }
        jdbc.sql("update accreditation.request set screening_batch = :b where id = any(:ids)").param("b", batch)
                .param("ids", ids.toArray(UUID[]::new)).update();
        return Optional.of(new Batch(batch, now, actor, ids.size(), null));
    }

    List<Batch> batches(int limit) {
        return jdbc.sql("select id, sent_at, sent_by, requests, answered_at from accreditation.screening_batch order by id desc limit :l")
                .param("l", limit)
                .query((rs, n) -> new Batch(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * The outbound file of a batch, for the authority: identity, nationality, birth date and
     * place, the identity document and the reason for access (organisation, category, function).
     * Reading it is audited: it holds every person's identity.
     */
    @Transactional
    String file(long batch, String actor) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, FILE)) {
            csv.printRecord("request", "family_name", "given_name", "birth_date", "birth_place", "nationality", "document_number",
                    "organisation", "category", "function");
            jdbc.sql("""
                    select id, family_name, given_name, birth_date, birth_place, nationality, document_number, organisation_code,
                    category_code, function_title from accreditation.request where screening_batch = :b order by id""")
                    .param("b", batch)
                    .query((rs, n) -> List.<Object>of(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            rs.getString(5), rs.getString(6), personal.decrypt(rs.getBytes(7)), rs.getString(8), rs.getString(9),
                            rs.getString(10)))
                    .list().forEach(row -> print(csv, row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new StaffActionPerformed(actor, "accreditation.screening.file", "batch " + batch,
                "screening file of batch " + batch + " read", clock.instant()));
        return out.toString();
    }

    private static void print(CSVPrinter csv, List<Object> row) {
        try {
            csv.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The authority's answers: {@code request;opinion} lines ({@code F} favourable, {@code D}
     * unfavourable, an optional header). Every line is checked first (a request that is not
     * waiting for screening, an unknown opinion, a request answered twice): one bad line and
     * nothing is recorded. Returns how many opinions were recorded.
     */
    @Transactional
    int answer(String content, String actor) {
        var bad = new ArrayList<BadAnswer>();
        var answers = new ArrayList<java.util.Map.Entry<UUID, String>>();
        var seen = new HashSet<UUID>();
        try (var parser = FILE.parse(new StringReader(content))) {
            for (var record : parser) {
                var line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.getRecordNumber() == 1 && record.get(0).equalsIgnoreCase("request")) {
                    continue;
                }
                if (record.size() != 2) {
                    bad.add(new BadAnswer(line, "two fields expected: request;opinion"));
                    continue;
                }
                UUID id;
                try {
                    id = UUID.fromString(record.get(0).strip());
                } catch (IllegalArgumentException e) {
                    bad.add(new BadAnswer(line, "not a request id: " + record.get(0)));
                    continue;
                }
                var opinion = record.get(1).strip();
                if (!opinion.equals(FAVOURABLE) && !opinion.equals(UNFAVOURABLE)) {
                    bad.add(new BadAnswer(line, "opinion is F (favourable) or D (unfavourable), not " + opinion));
                    continue;
                }
                if (!seen.add(id)) {
                    bad.add(new BadAnswer(line, "request " + id + " answered twice"));
                    continue;
                }
                var request = requests.find(id);
                if (request.isEmpty() || request.get().status() != AccreditationStatus.IN_SCREENING) {
                    bad.add(new BadAnswer(line, "request " + id + " is not waiting for screening"
                            + request.map(r -> " (" + r.status() + ")").orElse(" (unknown)")));
                    continue;
                }
                answers.add(java.util.Map.entry(id, opinion));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            bad.add(new BadAnswer(0, "not a readable answer file: " + e.getMessage()));
        }
        if (!bad.isEmpty()) {
            throw new AnswersRejected(bad);
        }
        var batches = new HashSet<Long>();
        for (var answer : answers) {
            var favourable = answer.getValue().equals(FAVOURABLE);
            var moved = requests.move(answer.getKey(), favourable ? AccreditationStatus.FAVOURABLE : AccreditationStatus.REFUSED,
                    favourable ? null : "unfavourable opinion of the screening authority", actor);
            if (moved.screeningBatch() != null) {
                batches.add(moved.screeningBatch());
            }
        }
        if (!batches.isEmpty()) {
            jdbc.sql("update accreditation.screening_batch set answered_at = coalesce(answered_at, :now) where id = any(:ids)")
                    .param("now", Timestamp.from(clock.instant())).param("ids", batches.toArray(Long[]::new)).update();
        }
        return answers.size();
    }

    /** Silence past the legal period is a refusal: every request of a batch sent before then and still waiting. */
    @Scheduled(fixedDelayString = "${podium.accreditation.screening.silence-check:60s}", initialDelayString = "PT20S")
    @Transactional
    public int refuseSilent() {
        var before = clock.instant().minus(legalPeriod);
        var silent = jdbc.sql("""
                select r.id from accreditation.request r join accreditation.screening_batch b on b.id = r.screening_batch
                where r.status = 'IN_SCREENING' and b.sent_at < :before order by r.id""")
                .param("before", Timestamp.from(before)).query(UUID.class).list();
        for (var id : silent) {
            requests.move(id, AccreditationStatus.REFUSED, "no opinion within the legal period (" + legalPeriod.toDays() + " days): silence counts as refusal",
                    "screening");
        }
        return silent.size();
    }
}
