package org.podium.games.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every scheduled unit a unique 34-character code, the results feed's where it exists.
 *
 * <ul>
 * <li>Event (first 22 characters): the code the public results feed uses for that discipline and
 * event name; otherwise discipline + gender + the event name's letters and digits without the
 * gender words, cut to 18 and padded with '-' (a clash gets a two-digit suffix).</li>
 * <li>Phase and unit (last 12): the schedule link's last segment ({@code heat000100--}); a link to
 * a whole phase ({@code prel--------}), a repeated link or no link gets the next free unit number
 * of its phase ({@code 000100--}, {@code 000200--}...) in start order. Without a link the phase is
 * the first four letters of the phase name once the event name is taken off.</li>
 * </ul>
 */
final class UnitCodes {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9+\\-]{12}");
    private static final Pattern GENDER_WORDS = Pattern.compile("(?i)\\b(men's|women's|men|women|mixed)\\b");
    private static final String NO_UNIT = "--------";

    private final Map<String, String> feedPrefixes = new HashMap<>();
    private final Map<String, String> eventPrefixes = new HashMap<>();
    private final Set<String> usedPrefixes = new HashSet<>();

    UnitCodes(List<ProgrammeFiles.EventCodeRow> feedCodes) {
        for (var row : feedCodes) {
            feedPrefixes.putIfAbsent(key(row.discipline(), row.event()), row.prefix());
        }
    }

    /** The 22-character event prefix for a discipline's event, stable for the same inputs. */
    String eventPrefix(String discipline, String event, String gender) {
        var key = key(discipline, event);
        return eventPrefixes.computeIfAbsent(key, k -> {
            var feed = feedPrefixes.get(k);
            var prefix = feed != null && usedPrefixes.add(feed) ? feed : derivedPrefix(discipline, event, gender);
            usedPrefixes.add(prefix);
            return prefix;
        });
    }

    boolean derived(String discipline, String event) {
        var key = key(discipline, event);
        return !eventPrefixes.getOrDefault(key, "").equals(feedPrefixes.get(key));
    }

    private String derivedPrefix(String discipline, String event, String gender) {
        var body = GENDER_WORDS.matcher(event).replaceAll("").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9+]", "");
        if (body.isEmpty()) {
            body = "EVENT";
        }
        var head = discipline + (gender.isEmpty() ? "-" : gender);
        var prefix = head + pad(body, 18);
        for (int n = 1; usedPrefixes.contains(prefix); n++) {
            prefix = head + pad(body.substring(0, Math.min(body.length(), 16)), 16) + "%02d".formatted(n);
        }
        return prefix;
    }

    /** The phase (4) and unit (8) segment given by the schedule link, or null where it gives none. */
    static String linkSegment(String url) {
        if (!url.contains("/results/")) {
            return null;
        }
        var last = url.substring(url.lastIndexOf('/') + 1);
        return SEGMENT.matcher(last).matches() ? last.toUpperCase(Locale.ROOT) : null;
    }

    /** Four letters for a phase the schedule gives no link for: "Men's Sprint, Semifinals" -> SEMI. */
    static String phaseFromName(String phase, String event) {
        var rest = phase.replace(event, " ");
        rest = GENDER_WORDS.matcher(rest).replaceAll(" ").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return pad(rest.isEmpty() ? "UNIT" : rest.substring(0, Math.min(4, rest.length())), 4);
    }

    static boolean namesWholePhase(String segment) {
        return segment.endsWith(NO_UNIT);
    }

    static String numberedUnit(String phasePrefix, int number) {
        return phasePrefix + "%04d00--".formatted(number);
    }

    static String pad(String value, int length) {
        var cut = value.length() > length ? value.substring(0, length) : value;
        return cut + "-".repeat(length - cut.length());
    }

    private static String key(String discipline, String event) {
        return discipline + "|" + event;
    }
}
