package org.podium.games.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The official codes of units the schedule names only by their phase (a link ending in
 * {@code fnl---------}: six rowing finals, a gold and a bronze medal match), taken from the codes
 * the results feed itself carries. The row that awards gold gets the unit whose stage says it
 * decides gold ("Final A", "For Gold", "Gold Medal Match", a lone "Final"), the bronze row the
 * bronze one; the others follow the feed's times (lesser finals run first). Numbering the rows in
 * start order instead made Final F the "Final A" of most rowing events.
 */
final class OfficialUnitCodes {

    private static final Pattern GOLD = Pattern.compile("(?i)for gold|gold medal|final a|^final$|^big final$");
    private static final Pattern BRONZE = Pattern.compile("(?i)for bronze|bronze medal");
    private static final Comparator<ProgrammeFiles.FeedUnitRow> FEED_ORDER = Comparator
            .comparing(ProgrammeFiles.FeedUnitRow::firstTime)
            .thenComparing(ProgrammeFiles.FeedUnitRow::code, Comparator.reverseOrder());

    private final Map<String, List<ProgrammeFiles.FeedUnitRow>> byPhase = new HashMap<>();

    OfficialUnitCodes(List<ProgrammeFiles.FeedUnitRow> units) {
        units.forEach(u -> byPhase.computeIfAbsent(u.code().substring(0, 26), k -> new ArrayList<>()).add(u));
    }

    /**
     * Codes for the rows of one phase (given in start order). Where the feed has exactly as many
     * units of the phase not taken yet, every row gets one; otherwise only the rows that award a
     * medal get the unit named for it (the gold race of a sprint final run over three races), and
     * the others keep numbered codes, marked derived.
     */
    /** The official phase of a schedule row that has no link, from its name ("Men's Speed Final" -> FNL-), or null. */
    static @Nullable String phaseOf(String phaseName) {
        var name = phaseName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith("quarterfinals") || name.endsWith("quarterfinal")) {
            return "QFNL";
        }
        if (name.endsWith("semifinals") || name.endsWith("semifinal")) {
            return "SFNL";
        }
        if (name.endsWith(" final") || name.endsWith(" finals")) {
            return "FNL-";
        }
        return null;
    }

    Optional<Map<ProgrammeFiles.ScheduleRow, String>> assign(String phasePrefix, List<ProgrammeFiles.ScheduleRow> rows,
                                                            Set<String> taken) {
        var free = new ArrayList<>(byPhase.getOrDefault(phasePrefix, List.of()).stream()
                .filter(u -> !taken.contains(u.code())).toList());
        if (free.isEmpty()) {
            return Optional.empty();
        }
        var whole = free.size() == rows.size();
        free.sort(FEED_ORDER);
        var codes = new IdentityHashMap<ProgrammeFiles.ScheduleRow, String>();
        for (var row : rows) {
            var decides = row.medal() == 1 ? GOLD : row.medal() == 3 ? BRONZE : null;
            if (decides == null) {
                continue;
            }
            free.stream().filter(u -> decides.matcher(u.stage()).find()).findFirst().ifPresent(u -> {
                codes.put(row, u.code());
                free.remove(u);
            });
        }
        if (!whole) {
            return codes.isEmpty() ? Optional.empty() : Optional.of(codes);
        }
        var rest = free.iterator();
        for (var row : rows) {
            if (!codes.containsKey(row)) {
                codes.put(row, rest.next().code());
            }
        }
        return Optional.of(codes);
    }
}
