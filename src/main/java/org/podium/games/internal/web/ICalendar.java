package org.podium.games.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.podium.games.Unit;

/**
 * Writes an RFC 5545 calendar of units: only VEVENTs in UTC, with the escaping and the 75-octet
 * line folding the RFC requires. Small enough that a calendar library would add more than it saves.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String of(String name, List<Unit> units, Instant stamp, java.util.function.Function<Unit, String> summary) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Podium//Games programme//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (var unit : units) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + unit.code() + "@podium");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(unit.startsAt()));
            line(out, "DTEND:" + UTC.format(unit.endsAt() != null ? unit.endsAt() : unit.startsAt().plusSeconds(3600)));
            line(out, "SUMMARY:" + escape(summary.apply(unit)));
            if (unit.venueName() != null) {
                line(out, "LOCATION:" + escape(unit.locationName() != null ? unit.locationName() : unit.venueName()));
            }
            if (unit.cancelled()) {
                line(out, "STATUS:CANCELLED");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Folds a content line so that no physical line exceeds 75 octets, never splitting a UTF-8 character. */
    static void line(StringBuilder out, String content) {
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
