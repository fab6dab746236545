package org.podium.games.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.podium.games.ProgrammeRejected;
import org.springframework.core.io.ResourceLoader;

/**
 * The programme's source files, read and checked row by row. The project carries its own copy of
 * the public Paris 2024 programme (see src/main/resources/programme/SOURCES.md).
 */
final class ProgrammeFiles {

    static final List<String> FILES = List.of("disciplines.csv", "nocs.csv", "venues.csv", "venue-sites.csv",
            "venue-capacities.csv", "venue-names-fr.csv", "event-codes.csv", "feed-units.csv", "schedules.csv");

    private static final Set<String> STATUSES = Set.of("SCHEDULED", "GETTING_READY", "RUNNING", "FINISHED",
            "CANCELLED", "POSTPONED", "RESCHEDULED");
    private static final Set<String> GENDERS = Set.of("M", "W", "X", "O", "");

    record DisciplineRow(String code, String nameEn, String nameFr, String sportCode, String sportEn, String sportFr) {}

    record NocRow(String code, String name, String nameFr) {}

    record VenueRow(String tag, String name, List<String> sports, @Nullable Instant start, @Nullable Instant end) {}

    record SiteRow(String code, String venueTag, String nameFr) {}

    record VenueNameRow(String tag, String nameFr) {}

    record CapacityRow(String code, String name, String city, @Nullable Integer capacity, String source) {}

    record EventCodeRow(String discipline, String event, String prefix) {}

    /** An official unit code the results feed carries, with its stage name and the earliest time given for it. */
    record FeedUnitRow(String code, String stage, Instant firstTime) {}

    record ScheduleRow(long line, Instant start, @Nullable Instant end, LocalDate day, String status,
                       String discipline, String disciplineName, String event, int medal, String phase,
                       String gender, String eventType, String venueCode, String locationName,
                       String locationCode, String url) {}

    /** Everything read from the files, with the checksum of their bytes. */
    record Contents(String checksum, List<DisciplineRow> disciplines, List<NocRow> nocs, List<VenueRow> venues,
                    List<SiteRow> sites, List<CapacityRow> capacities, List<VenueNameRow> venueNames,
                    List<EventCodeRow> eventCodes, List<FeedUnitRow> feedUnits,
                    List<ScheduleRow> schedule) {}

    private ProgrammeFiles() {
    }

    static Contents read(ResourceLoader loader, String location) {
        var base = location.endsWith("/") ? location : location + "/";
        var bytes = FILES.stream().map(name -> load(loader, base, name)).toList();
        Function<String, InputStream> open = name -> new java.io.ByteArrayInputStream(bytes.get(FILES.indexOf(name)));
        return new Contents(checksum(bytes),
                CsvFile.read("disciplines.csv", open.apply("disciplines.csv"),
                        List.of("discipline_code", "name_en", "name_fr", "sport_code", "sport_en", "sport_fr"),
                        r -> new DisciplineRow(code(r, "discipline_code"), text(r, "name_en"), text(r, "name_fr"),
                                text(r, "sport_code"), text(r, "sport_en"), text(r, "sport_fr"))),
                CsvFile.read("nocs.csv", open.apply("nocs.csv"), List.of("code", "name", "name_fr"),
                        r -> new NocRow(code(r, "code"), text(r, "name"), text(r, "name_fr"))),
                CsvFile.read("venues.csv", open.apply("venues.csv"), List.of("venue", "sports", "date_start", "date_end", "tag"),
                        r -> new VenueRow(text(r, "tag"), text(r, "venue"), pythonList(r.get("sports")),
                                instant(r, "date_start"), instant(r, "date_end"))),
                CsvFile.read("venue-sites.csv", open.apply("venue-sites.csv"), List.of("venue_code", "venue_tag", "site_name_fr"),
                        r -> new SiteRow(code(r, "venue_code"), text(r, "venue_tag"), text(r, "site_name_fr"))),
                CsvFile.read("venue-capacities.csv", open.apply("venue-capacities.csv"),
                        List.of("venue_code", "venue_name", "city", "capacity", "source"),
                        r -> new CapacityRow(code(r, "venue_code"), text(r, "venue_name"), text(r, "city"),
                                capacity(r), r.get("source"))),
                CsvFile.read("venue-names-fr.csv", open.apply("venue-names-fr.csv"), List.of("venue_tag", "name_fr"),
                        r -> new VenueNameRow(text(r, "venue_tag"), text(r, "name_fr"))),
                CsvFile.read("event-codes.csv", open.apply("event-codes.csv"), List.of("discipline_code", "event", "event_code"),
                        r -> new EventCodeRow(code(r, "discipline_code"), text(r, "event"), eventPrefix(r))),
                CsvFile.read("feed-units.csv", open.apply("feed-units.csv"), List.of("unit_code", "stage", "first_time"),
                        ProgrammeFiles::feedUnitRow),
                CsvFile.read("schedules.csv", open.apply("schedules.csv"),
                        List.of("start_date", "end_date", "day", "status", "discipline", "discipline_code", "event",
                                "event_medal", "phase", "gender", "event_type", "venue_code", "location_description",
                                "location_code", "url"),
                        ProgrammeFiles::scheduleRow));
    }

    private static FeedUnitRow feedUnitRow(CsvFile.Row r) {
        var code = r.get("unit_code");
        if (code.length() != 34) {
            throw r.reject("unit_code '" + code + "' is not 34 characters");
        }
        var time = offsetInstant(r, "first_time");
        if (time == null) {
            throw r.reject("first_time is required");
        }
        return new FeedUnitRow(code, text(r, "stage"), time);
    }

    private static ScheduleRow scheduleRow(CsvFile.Row r) {
        var start = offsetInstant(r, "start_date");
        if (start == null) {
            throw r.reject("start_date is required");
        }
        var end = offsetInstant(r, "end_date");
        if (end != null && end.isBefore(start)) {
            throw r.reject("end_date " + r.get("end_date") + " is before start_date " + r.get("start_date"));
        }
        var status = r.get("status");
        if (!STATUSES.contains(status)) {
            throw r.reject("unknown status '" + status + "'");
        }
        var gender = r.get("gender");
        if (!GENDERS.contains(gender)) {
            throw r.reject("unknown gender '" + gender + "' (M, W, X, O or empty)");
        }
        var medal = r.get("event_medal");
        if (!Set.of("0", "1", "3").contains(medal)) {
            throw r.reject("event_medal must be 0, 1 or 3, not '" + medal + "'");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(r.get("day"));
        } catch (DateTimeParseException e) {
            throw r.reject("day '" + r.get("day") + "' is not a date (yyyy-MM-dd)");
        }
        return new ScheduleRow(r.line(), start, end, day, status, code(r, "discipline_code"), text(r, "discipline"),
                r.get("event"), Integer.parseInt(medal), r.get("phase"), gender, r.get("event_type"),
                r.get("venue_code"), r.get("location_description"), r.get("location_code"), r.get("url"));
    }

    private static String code(CsvFile.Row r, String column) {
        var value = r.get(column);
        if (!value.matches("[A-Z0-9]{3}")) {
            throw r.reject(column + " must be three capital letters or digits, not '" + value + "'");
        }
        return value;
    }

    private static String text(CsvFile.Row r, String column) {
        var value = r.get(column);
        if (value.isEmpty()) {
            throw r.reject(column + " is empty");
        }
        return value;
    }

    private static String eventPrefix(CsvFile.Row r) {
        var value = r.get("event_code");
        if (!value.matches("[A-Z0-9+\\-]{22}")) {
            throw r.reject("event_code must have 22 characters A-Z, 0-9, '+' or '-', not '" + value + "'");
        }
        return value;
    }

    private static @Nullable Integer capacity(CsvFile.Row r) {
        var value = r.get("capacity");
        if (value.isEmpty()) {
            return null;
        }
        try {
            var capacity = Integer.parseInt(value);
            if (capacity <= 0) {
                throw r.reject("capacity must be positive, not " + value);
            }
            return capacity;
        } catch (NumberFormatException e) {
            throw r.reject("capacity '" + value + "' is not a whole number");
        }
    }

    private static @Nullable Instant instant(CsvFile.Row r, String column) {
        var value = r.get(column);
        try {
            return value.isEmpty() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw r.reject(column + " '" + value + "' is not an ISO-8601 instant");
        }
    }

    private static @Nullable Instant offsetInstant(CsvFile.Row r, String column) {
        var value = r.get(column);
        try {
            return value.isEmpty() ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw r.reject(column + " '" + value + "' is not a date-time with offset (e.g. 2024-07-27T09:00:00+02:00)");
        }
    }

    /** The source lists sports as a Python literal: ['Judo', 'Wrestling']. */
    static List<String> pythonList(String literal) {
        var inner = literal.trim();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split(","))
                .map(s -> s.trim().replaceAll("^['\"]|['\"]$", "").trim())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static byte[] load(ResourceLoader loader, String base, String name) {
        var resource = loader.getResource(base + name);
        if (!resource.exists()) {
            throw new ProgrammeRejected(name, 0, "file not found in " + base);
        }
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ProgrammeRejected(name, 0, "unreadable: " + e.getMessage());
        }
    }

    private static String checksum(List<byte[]> files) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            files.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
