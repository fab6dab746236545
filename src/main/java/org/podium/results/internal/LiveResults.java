package org.podium.results.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.results.Entry;
import org.podium.results.MedalsChanged;
import org.podium.results.ResultMessage;
import org.podium.results.ResultRefused;
import org.podium.results.ResultRefused.Kind;
import org.podium.results.ResultStatus;
import org.podium.results.UnitResult;
import org.podium.results.UnitResultPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live input path from a venue: each accepted message becomes a new version of the unit's
 * result, ranked by the engine. Rules: a START_LIST first; only start-listed competitors after it;
 * no competitor twice; values readable for their type; the status moves forward unless the
 * message says why (a correction), and any change after OFFICIAL is a correction. An OFFICIAL
 * deciding unit decides its event's medals at once.
 */
@Service
public class LiveResults {

    private final ResultsStore store;
    private final Programme programme;
    private final OperatorAssignments assignments;
    private final ApplicationEventPublisher events;
    private final EventDecider decider;
    private final IrmCodes irms;

    LiveResults(ResultsStore store, Programme programme, OperatorAssignments assignments, ApplicationEventPublisher events,
                EventDecider decider, IrmCodes irms) {
        this.decider = decider;
        this.irms = irms;
        this.store = store;
        this.programme = programme;
        this.assignments = assignments;
        this.events = events;
    }

    @Transactional
    public UnitResult accept(String unitCode, ResultMessage message, String operator, boolean anyVenue) {
        var unit = programme.unit(unitCode);
        if (!anyVenue && (unit.venueTag() == null || !assignments.venuesOf(operator).contains(unit.venueTag()))) {
            throw new ResultRefused(Kind.NOT_ASSIGNED, "", operator + " is not assigned to the venue of " + unitCode);
        }
        if (message.status() == null) {
            throw new ResultRefused(Kind.MALFORMED, "status", "status is required");
        }
        var current = store.lockAndReadCurrent(unitCode);
        checkStatus(current.orElse(null), message);
        var startList = current.map(c -> startList(unitCode)).orElse(null);
        checkIrms(unit, message);
        var entries = entries(unit, message, startList);
        var version = current.map(UnitResult::version).orElse(0) + 1;
        var now = Instant.now();
        store.append(List.of(new ResultsStore.NewVersion(unitCode, version, message.status(), operator, now,
                message.correction(), entries)));
        if (message.correction() != null && !message.correction().isBlank()) {
            events.publishEvent(new StaffActionPerformed(operator, "results.correction", unitCode,
                    current.map(c -> c.status().name()).orElse("-") + " -> " + message.status() + ": " + message.correction(), now));
        }
        events.publishEvent(new UnitResultPublished(unitCode, unit.eventCode(), version, message.status(), now));
        if (unit.medal() > 0 && (message.status() == ResultStatus.OFFICIAL || current.map(c -> c.status() == ResultStatus.OFFICIAL).orElse(false))) {
            redecide(unit.eventCode());
        }
        return store.current(unitCode).orElseThrow();
    }

    private void redecide(String eventCode) {
        var event = programme.event(eventCode);
        var eventUnits = programme.allUnits(new UnitQuery(null, null, null, eventCode, false));
        var codes = eventUnits.stream().map(Unit::code).toList();
        var official = store.officialUnits(codes);
        var officialOnly = new HashMap<String, List<Entry>>(store.currentEntries(codes));
        officialOnly.keySet().retainAll(official);
        var outcome = decider.decide(event, eventUnits, officialOnly);
        if (store.replaceOutcome(outcome, null)) {
            events.publishEvent(new MedalsChanged(eventCode));
        }
    }

    private static void checkStatus(@Nullable UnitResult current, ResultMessage message) {
        if (current == null) {
            if (message.status() != ResultStatus.START_LIST) {
                throw new ResultRefused(Kind.STATUS_CONFLICT, "status", "the first message of a unit is its START_LIST");
            }
            return;
        }
        var correcting = message.correction() != null && !message.correction().isBlank();
        if (current.status() == ResultStatus.OFFICIAL && !correcting) {
            throw new ResultRefused(Kind.STATUS_CONFLICT, "correction",
                    "the result is OFFICIAL: a change is a correction and needs a reason");
        }
        if (order(message.status()) < order(current.status()) && !correcting) {
            throw new ResultRefused(Kind.STATUS_CONFLICT, "status",
                    "status cannot go back from " + current.status() + " to " + message.status() + " without a correction");
        }
    }

    /** Lifecycle order; PARTIAL sits with INTERMEDIATE and PROTESTED with UNOFFICIAL. */
    private static int order(ResultStatus status) {
        return switch (status) {
            case START_LIST -> 0;
            case LIVE -> 1;
            case INTERMEDIATE, PARTIAL -> 2;
            case UNCONFIRMED -> 3;
            case UNOFFICIAL, PROTESTED -> 4;
            case OFFICIAL -> 5;
        };
    }

    private List<Entry> startList(String unitCode) {
        return store.firstVersionEntries(unitCode);
    }

    static List<Entry> entries(Unit unit, ResultMessage message, @Nullable List<Entry> startList) {
        if (message.entries() == null || message.entries().isEmpty()) {
            throw new ResultRefused(Kind.MALFORMED, "entries", "a message lists at least one competitor");
        }
        var known = new HashMap<String, Entry>();
        if (startList != null) {
            startList.forEach(e -> known.put(e.competitorCode(), e));
        }
        var seen = new HashSet<String>();
        var lines = new ArrayList<RankingEngine.Line>();
        var drafts = new ArrayList<Entry>();
        for (var i = 0; i < message.entries().size(); i++) {
            var line = message.entries().get(i);
            var at = "entries[" + i + "]";
            if (line == null || line.competitorCode() == null || line.competitorCode().isBlank()) {
                throw new ResultRefused(Kind.MALFORMED, at + ".competitorCode", "competitorCode is required");
            }
            if (!seen.add(line.competitorCode())) {
                throw new ResultRefused(Kind.MALFORMED, at + ".competitorCode", line.competitorCode() + " appears twice");
            }
            var listed = known.get(line.competitorCode());
            if (startList != null && listed == null) {
                throw new ResultRefused(Kind.NOT_IN_START_LIST, at + ".competitorCode",
                        line.competitorCode() + " is not in the start list of " + unit.code());
            }
            if (line.value() != null && line.value().length() > 40) {
                throw new ResultRefused(Kind.MALFORMED, at + ".value", "a value is at most 40 characters");
            }
            var resultType = line.resultType() != null ? line.resultType() : listed != null ? listed.resultType() : "";
            if (line.value() != null && RankingRule.of(unit.disciplineCode(), resultType).isPresent()
                    && RawValue.parse(line.value(), resultType).isEmpty()) {
                throw new ResultRefused(Kind.MALFORMED, at + ".value",
                        "'" + line.value() + "' is not a valid " + resultType.toLowerCase() + " value");
            }
            var attempts = attempts(line, resultType, unit, at);
            var value = line.value();
            List<java.math.BigDecimal> tieBreaks = null;
            if (line.judging() != null) {
                var judged = judged(line, resultType, unit, at);
                if (value != null && RawValue.parse(value, resultType).orElseThrow().compareTo(judged.total()) != 0) {
                    throw new ResultRefused(Kind.MALFORMED, at + ".value", "value " + value + " is not the score of the judges' marks, "
                            + judged.total().toPlainString());
                }
                value = judged.total().toPlainString();
                attempts = judged.tokens();
                tieBreaks = judged.tieBreaks();
            } else if (attempts != null) {
                var best = best(attempts, resultType, unit);
                if (value == null) {
                    value = best;
                } else if (best == null || RawValue.parse(value, resultType).orElseThrow().compareTo(RawValue.parse(best, resultType).orElseThrow()) != 0) {
                    throw new ResultRefused(Kind.MALFORMED, at + ".value", "value " + value + " is not the best of the attempts " + attempts);
                }
            }
            var name = listed != null ? listed.competitorName() : required(line.competitorName(), at + ".competitorName");
            var noc = listed != null ? listed.noc() : required(line.noc(), at + ".noc");
            if (listed == null && !noc.matches("[A-Z]{3}")) {
                throw new ResultRefused(Kind.MALFORMED, at + ".noc", "a NOC is a three-letter code in capitals (e.g. JAM)");
            }
            if (listed == null && (name.length() > 200 || line.competitorCode().length() > 40)) {
                throw new ResultRefused(Kind.MALFORMED, at + ".competitorName", "a name is at most 200 characters, a code 40");
            }
            var type = listed != null ? listed.competitorType() : line.competitorType() == null ? "Person" : line.competitorType();
            drafts.add(new Entry(line.competitorCode(), name, type, noc, value, resultType, line.irm(), line.wlt(),
                    null, false, null, attempts));
            lines.add(new RankingEngine.Line(unit.disciplineCode(), resultType, value, line.irm(), attempts, tieBreaks));
        }
        var places = withOfficialRanks(message.entries(), RankingEngine.rank(lines));
        var entries = new ArrayList<Entry>(drafts.size());
        for (var i = 0; i < drafts.size(); i++) {
            var d = drafts.get(i);
            var official = message.entries().get(i).rank();
            entries.add(new Entry(d.competitorCode(), d.competitorName(), d.competitorType(), d.noc(), d.value(),
                    d.resultType(), d.irm(), d.wlt(), places.get(i).rank(), places.get(i).equal(), official, d.attempts()));
        }
        return entries;
    }

    /**
     * The engine's places with the official ranks a message gives. An official rank may only order
     * competitors the values leave level (a photo finish, a dead heat kept as one): a rank that puts
     * a slower time ahead contradicts the values and is refused with the field named, as is a tie
     * ranked for some of those level and not the others.
     */
    static List<RankingEngine.Place> withOfficialRanks(List<ResultMessage.Line> lines, List<RankingEngine.Place> places) {
        var result = new ArrayList<>(places);
        for (var i = 0; i < lines.size(); i++) {
            var given = lines.get(i).rank();
            if (given == null) {
                continue;
            }
            var at = "entries[" + i + "].rank";
            var computed = places.get(i).rank();
            if (computed == null) {
                throw new ResultRefused(Kind.MALFORMED, at, "a line without a rankable value (an invalid result mark, no value) has no rank");
            }
            var level = levelWith(places, i);
            var last = computed + level.size() - 1;
            if (given < computed || given > last) {
                throw new ResultRefused(Kind.MALFORMED, at, "rank " + given + " contradicts the value " + lines.get(i).value()
                        + ": the values place it " + (last == computed ? String.valueOf(computed) : computed + " to " + last));
            }
            var ahead = level.stream().filter(j -> lines.get(j).rank() != null && lines.get(j).rank() < given).count();
            for (var j : level) {
                if (lines.get(j).rank() == null) {
                    throw new ResultRefused(Kind.MALFORMED, "entries[" + j + "].rank", lines.get(j).competitorCode() + " is level with "
                            + lines.get(i).competitorCode() + " on the values: give the official rank of each or of none");
                }
            }
            if (given != computed + ahead) {
                throw new ResultRefused(Kind.MALFORMED, at, "rank " + given + " skips a place: " + ahead
                        + " level competitors are ranked ahead, so the rank is " + (computed + ahead));
            }
            var index = i;
            var shared = level.stream().filter(j -> j != index && given.equals(lines.get(j).rank())).count() > 0;
            result.set(i, new RankingEngine.Place(given, shared));
        }
        return result;
    }

    /** The indexes of the lines on the same computed place as line {@code i}, itself included. */
    private static List<Integer> levelWith(List<RankingEngine.Place> places, int i) {
        var level = new ArrayList<Integer>();
        for (var j = 0; j < places.size(); j++) {
            if (java.util.Objects.equals(places.get(j).rank(), places.get(i).rank())) {
                level.add(j);
            }
        }
        return level;
    }

    /** Each invalid result mark must be one the unit's discipline uses (an open list: {@link IrmCodes}). */
    private void checkIrms(Unit unit, ResultMessage message) {
        if (message.entries() == null) {
            return;
        }
        for (var i = 0; i < message.entries().size(); i++) {
            var line = message.entries().get(i);
            if (line != null && line.irm() != null && !line.irm().isBlank() && !irms.known(unit.disciplineCode(), line.irm())) {
                throw new ResultRefused(Kind.MALFORMED, "entries[" + i + "].irm", "'" + line.irm() + "' is not an invalid result mark of "
                        + unit.disciplineCode() + " (" + String.join(", ", irms.of(unit.disciplineCode()).stream().map(IrmCodes.Irm::code).toList()) + ")");
            }
        }
    }

    /** A judged score from its marks (diving, artistic gymnastics), with the fields named when they are wrong. */
    private static JudgedScore.Judged judged(ResultMessage.Line line, String resultType, Unit unit, String at) {
        if (!"POINTS".equals(resultType) || !JudgedScore.applies(unit.disciplineCode())) {
            throw new ResultRefused(Kind.MALFORMED, at + ".judging", "judges' marks are scored for diving and artistic gymnastics points");
        }
        if (line.attempts() != null) {
            throw new ResultRefused(Kind.MALFORMED, at + ".attempts", "a judged line has no attempts");
        }
        try {
            return JudgedScore.score(unit.disciplineCode(), line.judging());
        } catch (IllegalArgumentException e) {
            var message = e.getMessage();
            var field = message.startsWith("[") ? at + ".judging" + message.substring(0, message.indexOf(':')) : at + ".judging";
            throw new ResultRefused(Kind.MALFORMED, field, message.startsWith("[") ? message.substring(message.indexOf(':') + 2) : message);
        }
    }

    /** A field event's series: each a valid mark, X (foul) or - (pass); at most 6 in a final. */
    private static @Nullable List<String> attempts(ResultMessage.Line line, String resultType, Unit unit, String at) {
        if (line.attempts() == null) {
            return null;
        }
        if (!"DISTANCE".equals(resultType) || RankingRule.of(unit.disciplineCode(), resultType).isEmpty()) {
            throw new ResultRefused(Kind.MALFORMED, at + ".attempts", "attempts are for field events measured in distance");
        }
        if (VerticalSeries.applies(unit.code())) {
            try {
                return VerticalSeries.check(line.attempts(), resultType);
            } catch (IllegalArgumentException e) {
                throw new ResultRefused(Kind.MALFORMED, at + ".attempts", e.getMessage());
            }
        }
        if (line.attempts().isEmpty() || line.attempts().size() > 6) {
            throw new ResultRefused(Kind.MALFORMED, at + ".attempts", "a series has 1 to 6 attempts");
        }
        for (var k = 0; k < line.attempts().size(); k++) {
            var attempt = line.attempts().get(k);
            if (attempt == null || !(attempt.equals("X") || attempt.equals("-") || RawValue.parse(attempt, resultType).isPresent())) {
                throw new ResultRefused(Kind.MALFORMED, at + ".attempts[" + k + "]", "an attempt is a mark, X (foul) or - (pass): " + attempt);
            }
        }
        return List.copyOf(line.attempts());
    }

    private static @Nullable String best(List<String> attempts, String resultType, Unit unit) {
        if (VerticalSeries.applies(unit.code())) {
            return VerticalSeries.cleared(attempts);
        }
        var rule = RankingRule.of(unit.disciplineCode(), resultType).orElseThrow();
        String best = null;
        for (var attempt : attempts) {
            var mark = RawValue.parse(attempt, resultType);
            if (mark.isEmpty()) {
                continue;
            }
            if (best == null) {
                best = attempt;
                continue;
            }
            var c = mark.get().compareTo(RawValue.parse(best, resultType).orElseThrow());
            if (rule == RankingRule.LOWER_IS_BETTER ? c < 0 : c > 0) {
                best = attempt;
            }
        }
        return best;
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ResultRefused(Kind.MALFORMED, field, field + " is required in the start list");
        }
        return value;
    }

}
