package org.podium.games.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.podium.games.GamesClock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times as pages show them: Paris time, in the page's language. */
@Component("times")
public class GamesTimes {

    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(GamesClock.ZONE));
    }

    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(GamesClock.ZONE));
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LocaleContextHolder.getLocale()).format(day);
    }

    /** "2 Aug 2024" and "2 août 2024": a date without its weekday (birth dates, expiry dates). */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", LocaleContextHolder.getLocale()).format(day);
    }

    public String shortDay(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d MMM", LocaleContextHolder.getLocale()).format(day);
    }

    /** "28 Jul 19:50:07" and "28 juil. 19:50:07": for logs, alerts and scans, where seconds matter. */
    public String moment(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm:ss", LocaleContextHolder.getLocale())
                .format(instant.atZone(GamesClock.ZONE));
    }

    /** "28 Jul 2024 19:50" and "28 juil. 2024 19:50": day first in both languages, as every other date of the site. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", LocaleContextHolder.getLocale())
                .format(instant.atZone(GamesClock.ZONE));
    }
}
