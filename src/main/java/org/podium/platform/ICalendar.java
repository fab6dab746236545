package org.podium.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes an RFC 5545 calendar: only VEVENTs in UTC, with the escaping and the 75-octet line folding
 * the RFC requires. Small enough that a calendar library would add more than it saves. The
 * programme's feeds and the volunteers' shifts use it.
 */
public final class ICalendar {

    /** One VEVENT. */
    public record Entry(String uid, Instant start, Instant end, String summary, @Nullable String location, boolean cancelled) {}

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String of(String name, String product, List<Entry> entries, Instant stamp) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Podium//" + product + "//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (var entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + entry.uid() + "@podium");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(entry.start()));
            line(out, "DTEND:" + UTC.format(entry.end()));
            line(out, "SUMMARY:" + escape(entry.summary()));
            if (entry.location() != null) {
                line(out, "LOCATION:" + escape(entry.location()));
            }
            if (entry.cancelled()) {
                line(out, "STATUS:CANCELLED");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Folds a content line so that no physical line exceeds 75 octets, never splitting a UTF-8 character. */
    public static void line(StringBuilder out, String content) {
        var octets = 0;
        for (var i = 0; i < content.length(); ) {
            var cp = content.codePointAt(i);
            var width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
