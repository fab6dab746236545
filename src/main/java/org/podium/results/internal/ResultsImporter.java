package org.podium.results.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.podium.games.Event;
import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.RankAgreement;
import org.podium.results.ResultStatus;
import org.podium.results.ResultsFeedRejected;
import org.podium.results.ResultsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a results feed (a folder of per-discipline CSV files): every file is read and checked
 * first, ranks are recomputed from the values, each unit not yet resulted gets version 1 as
 * OFFICIAL, and the medals of every event are decided again. One transaction: a broken file
 * changes nothing. Units already resulted (live input, an earlier import) are left as they are.
 */
@Service
public class ResultsImporter {

    private static final Logger log = LoggerFactory.getLogger(ResultsImporter.class);

    /** What an import did, with the rank agreement per discipline. */
    public record Outcome(int files, int lines, int units, int newUnits, int nonStandardCodes, int decidedEvents,
                          int incompleteEvents, List<RankAgreement> agreement, long millis, List<String> unitsNotInProgramme) {}

    private final ResourcePatternResolver resources;
    private final ResultsStore store;
    private final Programme programme;
    private final ApplicationEventPublisher events;
    private final EventDecider decider;
    private final tools.jackson.databind.ObjectMapper json;

    ResultsImporter(ResourcePatternResolver resources, ResultsStore store, Programme programme,
                    ApplicationEventPublisher events, EventDecider decider, tools.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.decider = decider;
        this.resources = resources;
        this.store = store;
        this.programme = programme;
        this.events = events;
    }

    /** Loads the feed unless the very same files were loaded before (a restart, say). */
    @Transactional
    public java.util.Optional<Outcome> importFeedIfChanged(String location) {
        var feed = load(location);
        if (feed.checksum().equals(store.lastFeedChecksum())) {
            log.info("Results feed unchanged (checksum {}), not loaded again", feed.checksum().substring(0, 12));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(importFeed(feed));
    }

    @Transactional
    public Outcome importFeed(String location) {
        return importFeed(load(location));
    }

    /** An administrator's import: the import and its audit entry commit together. */
    @Transactional
    public Outcome importFeed(String location, String administrator) {
        var outcome = importFeed(load(location));
        events.publishEvent(new org.podium.audit.StaffActionPerformed(administrator, "results.feed.import", location,
                outcome.newUnits() + " new units", Instant.now()));
        return outcome;
    }

    private Outcome importFeed(FeedFiles feed) {
        var started = System.nanoTime();
        var files = parse(feed);
        var lines = files.values().stream().mapToInt(List::size).sum();
        store.recordFeed(feed.checksum(), lines);
        var byUnit = byUnit(files);
        var ranked = new LinkedHashMap<String, RankedUnit>();
        byUnit.forEach((unit, unitLines) -> ranked.put(unit, rankUnit(unitLines)));

        var already = store.unitsWithResults();
        var now = Instant.now();
        var fresh = ranked.entrySet().stream().filter(e -> !already.contains(e.getKey()))
                .map(e -> new ResultsStore.NewVersion(e.getKey(), 1, ResultStatus.OFFICIAL, "results-feed", now, null,
                        e.getValue().entries()))
                .toList();
        store.append(fresh);
        var outcomes = decideAllEvents();
        store.replaceOutcomes(outcomes);
        var decided = (int) outcomes.stream().filter(EventOutcome::complete).count();
        var nonStandard = (int) byUnit.keySet().stream().filter(code -> code.length() != 34).count();
        // A unit the programme does not know is kept under its own code and reported: it is never
        // matched to another unit, and decides nothing.
        var known = programme.allUnits(UnitQuery.all()).stream().map(Unit::code).collect(Collectors.toSet());
        var unknown = byUnit.keySet().stream().filter(code -> code.length() == 34 && !known.contains(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            log.warn("Results feed: {} units the programme does not know, kept and reported, deciding nothing: {}", unknown.size(),
                    unknown.size() > 10 ? unknown.subList(0, 10) + "..." : unknown);
        }
        var outcome = new Outcome(files.size(), lines, byUnit.size(), fresh.size(), nonStandard, decided,
                outcomes.size() - decided, agreement(byUnit, ranked), (System.nanoTime() - started) / 1_000_000, unknown);
        store.recordAgreement(json.writeValueAsString(outcome.agreement()));
        events.publishEvent(new ResultsImported(outcome.units(), outcome.lines(), decided));
        log.info("Results feed imported in {} ms: {} files, {} lines, {} units ({} new, {} with non-standard codes), "
                        + "{} medal events decided, {} incomplete", outcome.millis(), outcome.files(), lines, byUnit.size(),
                fresh.size(), nonStandard, decided, outcome.incompleteEvents());
        return outcome;
    }

    /** The rank agreement stored with the latest import: it survives a restart. */
    public List<RankAgreement> lastAgreement() {
        var stored = store.lastAgreementJson();
        if (stored == null) {
            return List.of();
        }
        return List.of(json.readValue(stored, RankAgreement[].class));
    }

    /** The feed's lines by unit code, in the files' order, every file checked first. */
    Map<String, List<FeedLine>> readFeed(String location) {
        return byUnit(parse(load(location)));
    }

    private static Map<String, List<FeedLine>> byUnit(Map<String, List<FeedLine>> files) {
        var byUnit = new LinkedHashMap<String, List<FeedLine>>();
        files.values().forEach(lines ->
                lines.forEach(line -> byUnit.computeIfAbsent(line.unitCode(), k -> new ArrayList<>()).add(line)));
        return byUnit;
    }

    /** Decides every medal event again from the stored results. */
    List<EventOutcome> decideAllEvents() {
        var units = programme.allUnits(UnitQuery.all()).stream().collect(Collectors.groupingBy(Unit::eventCode));
        var medalUnitCodes = units.values().stream().flatMap(List::stream).map(Unit::code).toList();
        var results = store.currentEntries(medalUnitCodes);
        var outcomes = new ArrayList<EventOutcome>();
        for (Event event : programme.events(null)) {
            if (!event.medal()) {
                continue;
            }
            var eventUnits = units.getOrDefault(event.code(), List.of());
            outcomes.add(decider.decide(event, eventUnits, results));
        }
        return outcomes;
    }

    /**
     * A unit as stored ({@code entries}: the engine's ranks, the official ones where the engine
     * cannot separate what the officials did), with the engine's own places, which alone are
     * compared with the feed's ranks; {@code placedByFeed} when the values cannot rank it at all.
     */
    record RankedUnit(List<Entry> entries, List<RankingEngine.Place> computed, boolean placedByFeed) {
    }

    static RankedUnit rankUnit(List<FeedLine> lines) {
        var places = RankingEngine.rank(lines.stream()
                .map(l -> new RankingEngine.Line(l.discipline(), l.resultType(), l.value(), l.irm())).toList());
        if (placedWithoutValues(lines, places)) {
            // A race decided by the order across the line (keirin, kayak cross): the values cannot rank
            // it (none, or only faults), and the feed's ranks are the official placing itself.
            var placed = new ArrayList<Entry>(lines.size());
            for (var i = 0; i < lines.size(); i++) {
                var l = lines.get(i);
                placed.add(new Entry(l.competitorCode(), l.competitorName(), l.competitorType(), l.noc(), l.value(),
                        l.resultType(), l.irm(), l.wlt(), l.feedRank(), l.feedRank() != null && sharesFeedRank(lines, i), l.feedRank()));
            }
            return new RankedUnit(placed, places, true);
        }
        var entries = new ArrayList<Entry>(lines.size());
        for (var i = 0; i < lines.size(); i++) {
            var l = lines.get(i);
            var p = places.get(i);
            var rank = p.rank();
            var equal = p.equal();
            if (equal && l.feedRank() != null && sameComputedRankHasOtherFeedRanks(lines, places, i)) {
                // Equal on the values the feed carries, yet ranked apart by the officials (photo finish,
                // countback, a shoot-off, 1/1000 s the feed does not give): the official rank decides.
                rank = l.feedRank();
                equal = sharesFeedRank(lines, i);
            }
            entries.add(new Entry(l.competitorCode(), l.competitorName(), l.competitorType(), l.noc(), l.value(),
                    l.resultType(), l.irm(), l.wlt(), rank, equal, l.feedRank()));
        }
        return new RankedUnit(entries, places, false);
    }

    /** Whether the lines that tie with line {@code i} on the computed rank have official ranks that differ from each other. */
    private static boolean sameComputedRankHasOtherFeedRanks(List<FeedLine> lines, List<RankingEngine.Place> places, int i) {
        for (var j = 0; j < lines.size(); j++) {
            if (j != i && java.util.Objects.equals(places.get(j).rank(), places.get(i).rank())
                    && lines.get(j).feedRank() != null && !lines.get(j).feedRank().equals(lines.get(i).feedRank())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesFeedRank(List<FeedLine> lines, int i) {
        for (var j = 0; j < lines.size(); j++) {
            if (j != i && lines.get(i).feedRank().equals(lines.get(j).feedRank())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unit its values cannot rank (fewer than two computable ranks) that the feed ranks, with no
     * win/loss (bouts are decided by their outcome): the official ranks are the placing.
     */
    private static boolean placedWithoutValues(List<FeedLine> lines, List<RankingEngine.Place> places) {
        return places.stream().filter(p -> p.rank() != null).count() < 2
                && lines.stream().filter(l -> l.feedRank() != null).count() >= 2
                && lines.stream().allMatch(l -> l.wlt() == null);
    }

    /**
     * The engine's own places against the feed's ranks. Never the stored ranks: where the official
     * rank settled a tie, or placed a unit the values cannot rank, comparing it with the feed would
     * compare the feed with itself.
     */
    static List<RankAgreement> agreement(Map<String, List<FeedLine>> byUnit, Map<String, RankedUnit> ranked) {
        var perDiscipline = new TreeMap<String, List<RankAgreement.Disagreement>>();
        var compared = new TreeMap<String, int[]>();
        ranked.forEach((unit, result) -> {
            var discipline = byUnit.get(unit).getFirst().discipline();
            var counts = compared.computeIfAbsent(discipline, k -> new int[2]);
            perDiscipline.computeIfAbsent(discipline, k -> new ArrayList<>());
            if (result.placedByFeed()) {
                return;
            }
            for (var i = 0; i < result.entries().size(); i++) {
                var e = result.entries().get(i);
                var computed = result.computed().get(i);
                if (e.feedRank() == null || computed.rank() == null) {
                    continue;
                }
                counts[0]++;
                if (e.feedRank().equals(computed.rank())) {
                    counts[1]++;
                } else {
                    perDiscipline.get(discipline).add(new RankAgreement.Disagreement(unit, e.competitorName(),
                            String.valueOf(e.value()), e.feedRank(), computed.rank(), computed.equal()));
                }
            }
        });
        return compared.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .map(e -> {
                    var disagreements = perDiscipline.get(e.getKey());
                    var ties = (int) disagreements.stream().filter(RankAgreement.Disagreement::tieOnValue).count();
                    return new RankAgreement(e.getKey(), e.getValue()[0], e.getValue()[1], ties, List.copyOf(disagreements));
                })
                .sorted(Comparator.comparing(RankAgreement::discipline))
                .toList();
    }

    /** The feed's files as read once: their bytes, in name order, and the checksum of them all. */
    private record FeedFiles(String checksum, Map<String, byte[]> bytes) {}

    private FeedFiles load(String location) {
        var base = location.endsWith("/") ? location : location + "/";
        try {
            var found = resources.getResources(base + "*.csv");
            if (found.length == 0) {
                throw new ResultsFeedRejected(base, 0, "no CSV file found");
            }
            var bytes = new TreeMap<String, byte[]>();
            for (var resource : found) {
                try (var in = resource.getInputStream()) {
                    bytes.put(String.valueOf(resource.getFilename()), in.readAllBytes());
                }
            }
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            bytes.forEach((name, content) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(content);
            });
            return new FeedFiles(java.util.HexFormat.of().formatHex(digest.digest()), bytes);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new ResultsFeedRejected(base, 0, "unreadable: " + e.getMessage());
        }
    }

    /** Every file checked line by line before anything is written. */
    private static Map<String, List<FeedLine>> parse(FeedFiles feed) {
        var files = new TreeMap<String, List<FeedLine>>();
        feed.bytes().forEach((name, content) ->
                files.put(name, ResultsFeedReader.read(name, new java.io.ByteArrayInputStream(content))));
        return files;
    }
}
