package org.podium.games.internal.web;

import org.podium.platform.ICalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.podium.games.Unit;

class ProgrammeWebUnitTests {

    private final Unit final100m = new Unit("SWMM100MBA------------FNL-000100--", "SWMM100MBA", "Men's 100m Backstroke",
            "SWM", "Men's 100m Backstroke - Final", "M", Instant.parse("2024-07-29T18:40:00Z"), null,
            LocalDate.of(2024, 7, 29), "CANCELLED", 1, "DEF", "paris-la-defense-arena", "Paris La Defense Arena",
            "Paris La Defense Arena, Nanterre", null);

    @Test
    void writesOneEventPerUnitInUtcWithEscapedText() {
        var calendar = ICalendar.of("Paris 2024 - Swimming", "Games programme", CalendarFeeds.entries(List.of(final100m), Unit::name),
                Instant.parse("2024-07-01T00:00:00Z"));

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:SWMM100MBA------------FNL-000100--@podium\r\n")
                .contains("DTSTART:20240729T184000Z\r\n")
                .contains("DTEND:20240729T194000Z\r\n")
                .contains("LOCATION:Paris La Defense Arena\\, Nanterre\r\n")
                .contains("STATUS:CANCELLED\r\n");
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutBreakingCharacters() {
        var out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "é".repeat(80));

        for (var line : out.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "é".repeat(80) + "\r\n");
    }

    @Test
    void translatesProgrammeWordsOnFrenchPagesOnly() {
        var labels = new ProgrammeLabels();

        assertThat(labels.text("Men's 100m Backstroke - Final", Locale.FRENCH)).isEqualTo("Hommes 100m Dos - Finale");
        assertThat(labels.text("Women's Quarterfinals", Locale.FRENCH)).isEqualTo("Femmes Quarts de finale");
        assertThat(labels.text("Women -48 kg Elimination Round of 16", Locale.FRENCH)).isEqualTo("Femmes -48 kg Huitièmes de finale");
        assertThat(labels.text("Women's 800m Semi-Final", Locale.FRENCH)).isEqualTo("Femmes 800m Demi-finale");
        assertThat(labels.text("Women's Canoe Single Hts 1st and 2nd Run", Locale.FRENCH))
                .isEqualTo("Femmes Canoë monoplace Séries 1re et 2e manche");
        assertThat(labels.text("Men's 100m Backstroke - Final", Locale.ENGLISH)).isEqualTo("Men's 100m Backstroke - Final");
    }
}
