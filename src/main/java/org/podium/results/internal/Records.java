package org.podium.results.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.platform.FileRejected;
import org.podium.results.Entry;
import org.podium.results.ResultStatus;
import org.podium.results.UnitResult;
import org.podium.results.UnitResultPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * World and Olympic records per event, with their history. Records are loaded from a CSV file by an
 * administrator (the shared data has none); a result that betters one is flagged while it is live,
 * and becomes the record when its unit is OFFICIAL. A world record at the Games is an Olympic
 * record too. Which way is better comes from the result type ({@link RankingRule}).
 */
@Component
public class Records {

    static final String HEADER = "event_code,kind,mark,holder,noc,set_on,place";

    private final JdbcClient jdbc;
    private final Programme programme;
    private final ResultsStore store;
    private final GamesClock gamesClock;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Records(JdbcClient jdbc, Programme programme, ResultsStore store, GamesClock gamesClock, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.programme = programme;
        this.store = store;
        this.gamesClock = gamesClock;
        this.events = events;
        this.clock = clock;
    }

    /** A record as set: the current one has no successor. */
    public record RecordMark(long id, String eventCode, String kind, String mark, BigDecimal value, String holder, String noc,
                             LocalDate setOn, String place, @Nullable String unitCode, boolean current) {
    }

    /** An entry of a unit result that betters (or equals) a current record. */
    public record Flag(String competitorCode, String competitorName, String kind, String mark, boolean equalled) {
    }

    /** The event's current records, WR first. */
    public List<RecordMark> current(String eventCode) {
        return jdbc.sql(SELECT + " where event_code = :e and superseded_by is null order by kind desc").param("e", eventCode)
                .query(Records::row).list();
    }

    /** Every record of the event ever loaded or set, newest first. */
    public List<RecordMark> history(String eventCode) {
        return jdbc.sql(SELECT + " where event_code = :e order by set_on desc, id desc").param("e", eventCode)
                .query(Records::row).list();
    }

    /** The entries of a result that better or equal a current record of its event. */
    public List<Flag> flags(UnitResult result) {
        var unit = programme.unit(result.unitCode());
        var records = current(unit.eventCode());
        var flags = new ArrayList<Flag>();
        if (records.isEmpty()) {
            return flags;
        }
        for (var entry : result.entries()) {
            var value = valueOf(unit.disciplineCode(), entry);
            if (value.isEmpty()) {
                continue;
            }
            var rule = RankingRule.of(unit.disciplineCode(), entry.resultType()).orElseThrow();
            for (var record : records) {
                var compared = value.get().compareTo(record.value());
                var better = rule == RankingRule.LOWER_IS_BETTER ? compared < 0 : compared > 0;
                if (better || compared == 0) {
                    flags.add(new Flag(entry.competitorCode(), entry.competitorName(), record.kind(), entry.value(), !better));
                }
            }
        }
        return flags;
    }

    /** An OFFICIAL result sets the records it betters: per kind, its best line. */
    @ApplicationModuleListener
    void on(UnitResultPublished published) {
        if (published.status() == ResultStatus.OFFICIAL) {
            store.current(published.unitCode()).ifPresent(result -> apply(result, "results"));
        }
    }

    @Transactional
    void apply(UnitResult result, String by) {
        var unit = programme.unit(result.unitCode());
        var best = new LinkedHashMap<String, Flag>();
        for (var flag : flags(result)) {
            if (flag.equalled()) {
                continue;
            }
            var known = best.get(flag.kind());
            if (known == null || better(unit.disciplineCode(), result, flag, known)) {
                best.put(flag.kind(), flag);
            }
        }
        var wr = best.get("WR");
        if (wr != null) {
            // A world record set at the Games is an Olympic record too.
            best.put("OR", wr);
        }
        for (var entry : best.entrySet()) {
            var flag = entry.getValue();
            var line = result.entries().stream().filter(e -> e.competitorCode().equals(flag.competitorCode())).findFirst().orElseThrow();
            var value = valueOf(unit.disciplineCode(), line).orElseThrow();
            var previous = current(unit.eventCode()).stream().filter(r -> r.kind().equals(entry.getKey())).findFirst();
            if (previous.isPresent() && previous.get().unitCode() != null && previous.get().unitCode().equals(unit.code())
                    && previous.get().value().compareTo(value) == 0) {
                continue; // the same OFFICIAL result published again
            }
            var id = insert(unit.eventCode(), entry.getKey(), flag.mark(), value, line.competitorName(), line.noc(),
                    gamesClock.today(), unit.venueName() == null ? "Paris" : unit.venueName(), unit.code(), by, previous.map(RecordMark::id));
            events.publishEvent(new StaffActionPerformed(by, "results.record", unit.eventCode(),
                    entry.getKey() + " " + flag.mark() + " by " + line.competitorName() + " (" + line.noc() + "), record " + id, clock.instant()));
        }
    }

    /**
     * Loads records from CSV ({@value #HEADER}; kind WR or OR; set_on ISO date); each line becomes
     * the event's current record of its kind, older ones its history. A bad line refuses the file.
     */
    @Transactional
    public int importCsv(String file, String content, String actor) {
        var lines = content.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
            throw new FileRejected(file, 1, "the first line must be: " + HEADER);
        }
        var parsed = new ArrayList<Object[]>();
        for (var n = 1; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            var lineNo = n + 1;
            var cells = lines[n].split(",", -1);
            if (cells.length != 7) {
                throw new FileRejected(file, n + 1, "7 comma-separated fields expected, found " + cells.length);
            }
            for (var c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
                if (cells[c].isEmpty()) {
                    throw new FileRejected(file, n + 1, HEADER.split(",")[c] + " is empty");
                }
            }
            var event = programme.events(null).stream().filter(e -> e.code().equals(cells[0])).findFirst()
                    .orElseThrow(() -> new FileRejected(file, lineNo, "unknown event " + cells[0]));
            if (!cells[1].equals("WR") && !cells[1].equals("OR")) {
                throw new FileRejected(file, n + 1, "kind is WR or OR, not " + cells[1]);
            }
            // A code of three capitals: today's committees and those of records set long ago (URS, GDR, EUN).
            if (!cells[4].matches("[A-Z]{3}")) {
                throw new FileRejected(file, n + 1, "noc is a National Olympic Committee's three-letter code (e.g. JAM), not "
                        + org.podium.platform.TextInput.printable(cells[4]));
            }
            if (cells[2].length() > 20 || cells[3].length() > 120 || cells[6].length() > 120) {
                throw new FileRejected(file, n + 1, "mark is at most 20 characters, holder and place at most 120");
            }
            var type = typeOf(event.code());
            var value = type == null ? Optional.<BigDecimal>empty() : RawValue.parse(cells[2], type);
            if (value.isEmpty()) {
                throw new FileRejected(file, n + 1, "mark " + cells[2] + " is not a " + (type == null ? "ranked value" : type.toLowerCase()));
            }
            LocalDate setOn;
            try {
                setOn = LocalDate.parse(cells[5]);
            } catch (DateTimeParseException e) {
                throw new FileRejected(file, n + 1, "set_on is a date like 2024-08-04, not " + cells[5]);
            }
            parsed.add(new Object[] {event.code(), cells[1], cells[2], value.get(), cells[3], cells[4], setOn, cells[6]});
        }
        parsed.sort(java.util.Comparator.comparing(p -> (LocalDate) p[6]));
        for (var p : parsed) {
            var previous = current((String) p[0]).stream().filter(r -> r.kind().equals(p[1])).findFirst();
            insert((String) p[0], (String) p[1], (String) p[2], (BigDecimal) p[3], (String) p[4], (String) p[5], (LocalDate) p[6],
                    (String) p[7], null, actor, previous.map(RecordMark::id));
        }
        events.publishEvent(new StaffActionPerformed(actor, "results.records.import", file, parsed.size() + " records", clock.instant()));
        return parsed.size();
    }

    /** The result type of an event's values, from its results so far; times when the programme has none yet. */
    private @Nullable String typeOf(String eventCode) {
        return jdbc.sql("""
                select result_type from results.entry where left(unit_code, length(:ev)) = :ev and value is not null limit 1""")
                .param("ev", eventCode).query(String.class).optional().orElse("TIME");
    }

    private long insert(String event, String kind, String mark, BigDecimal value, String holder, String noc, LocalDate setOn,
                        String place, @Nullable String unit, String by, Optional<Long> previous) {
        // The old record steps aside before the new one is written (one current record per event
        // and kind); the reference to the new row is checked at commit.
        var id = jdbc.sql("select nextval('results.record_id_seq')").query(Long.class).single();
        previous.ifPresent(old -> jdbc.sql("update results.record set superseded_by = :id where id = :old")
                .param("id", id).param("old", old).update());
        jdbc.sql("""
                insert into results.record (id, event_code, kind, mark, value, holder, noc, set_on, place, unit_code, recorded_at, recorded_by)
                values (:id, :e, :k, :m, :v, :h, :n, :d, :p, :u, :at, :by)""")
                .param("id", id).param("e", event).param("k", kind).param("m", mark).param("v", value).param("h", holder).param("n", noc)
                .param("d", setOn).param("p", place).param("u", unit).param("at", Timestamp.from(clock.instant())).param("by", by)
                .update();
        return id;
    }

    private boolean better(String discipline, UnitResult result, Flag candidate, Flag known) {
        var a = valueOf(discipline, line(result, candidate)).orElseThrow();
        var b = valueOf(discipline, line(result, known)).orElseThrow();
        var rule = RankingRule.of(discipline, line(result, candidate).resultType()).orElseThrow();
        return rule == RankingRule.LOWER_IS_BETTER ? a.compareTo(b) < 0 : a.compareTo(b) > 0;
    }

    private static Entry line(UnitResult result, Flag flag) {
        return result.entries().stream().filter(e -> e.competitorCode().equals(flag.competitorCode())).findFirst().orElseThrow();
    }

    private static Optional<BigDecimal> valueOf(String discipline, Entry entry) {
        if (entry.value() == null || entry.irm() != null || RankingRule.of(discipline, entry.resultType()).isEmpty()) {
            return Optional.empty();
        }
        return RawValue.parse(entry.value(), entry.resultType());
    }

    private static final String SELECT = """
            select id, event_code, kind, mark, value, holder, noc, set_on, place, unit_code, superseded_by is null
            from results.record""";

    private static RecordMark row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RecordMark(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                rs.getString(7), rs.getDate(8).toLocalDate(), rs.getString(9), rs.getString(10), rs.getBoolean(11));
    }
}
