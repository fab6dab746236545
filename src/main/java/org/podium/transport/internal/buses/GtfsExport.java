package org.podium.transport.internal.buses;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.podium.games.GamesClock;
import org.podium.transport.internal.Places;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The athlete bus service as a GTFS feed (the open timetable standard): agency, stops, routes (one
 * per venue), trips, stop_times, calendar, calendar_dates and feed_info, zipped. Each competition
 * day is its own service; calendar_dates repeats each date as an explicit addition, so consumers
 * that read only calendar_dates (some do) see the same days. A run after midnight keeps its
 * service day with times past 24:00:00, as the specification wants.
 */
@Component
public class GtfsExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String AGENCY = "PODIUM-ATS";
    private final Places places;
    private final String agencyUrl;

    GtfsExport(Places places, @Value("${podium.transport.buses.agency-url}") String agencyUrl) {
        this.places = places;
        this.agencyUrl = agencyUrl;
    }

    public void write(List<BusTrip> trips, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var days = new TreeSet<LocalDate>();
        var venues = new TreeSet<String>();
        trips.forEach(t -> {
            days.add(t.serviceDay());
            venues.add(t.venue());
        });
        table(zip, "agency.txt", csv -> {
            csv.printRecord("agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang");
            csv.printRecord(AGENCY, "Athlete Transport System (Podium)", agencyUrl, GamesClock.ZONE.getId(), "fr");
        });
        table(zip, "stops.txt", csv -> {
            csv.printRecord("stop_id", "stop_name", "stop_lat", "stop_lon", "location_type", "wheelchair_boarding");
            var stops = new TreeSet<>(venues);
            stops.add(Places.VILLAGE);
            for (var code : stops) {
                var place = places.get(code);
                csv.printRecord(code, place.name(), String.format(java.util.Locale.ROOT, "%.6f", place.latitude()),
                        String.format(java.util.Locale.ROOT, "%.6f", place.longitude()), 0, 1);
            }
        });
        table(zip, "routes.txt", csv -> {
            csv.printRecord("route_id", "agency_id", "route_short_name", "route_long_name", "route_type");
            for (var venue : venues) {
                csv.printRecord(routeId(venue), AGENCY, venue, "Village - " + places.get(venue).name(), 3);
            }
        });
        table(zip, "trips.txt", csv -> {
            csv.printRecord("route_id", "service_id", "trip_id", "trip_headsign", "direction_id", "wheelchair_accessible");
            for (var trip : trips) {
                csv.printRecord(routeId(trip.venue()), serviceId(trip.serviceDay()), trip.id(), places.get(trip.to()).name(),
                        trip.outbound() ? 0 : 1, 1);
            }
        });
        table(zip, "stop_times.txt", csv -> {
            csv.printRecord("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "timepoint");
            for (var trip : trips) {
                var departs = time(trip.serviceDay(), trip.departs());
                var arrives = time(trip.serviceDay(), trip.arrives());
                csv.printRecord(trip.id(), departs, departs, trip.from(), 1, 1);
                csv.printRecord(trip.id(), arrives, arrives, trip.to(), 2, 1);
            }
        });
        table(zip, "calendar.txt", csv -> {
            csv.printRecord("service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date");
            for (var day : days) {
                var flags = new Object[7];
                for (var i = 0; i < 7; i++) {
                    flags[i] = day.getDayOfWeek().ordinal() == i ? 1 : 0;
                }
                csv.printRecord(serviceId(day), flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], flags[6], DATE.format(day),
                        DATE.format(day));
            }
        });
        table(zip, "calendar_dates.txt", csv -> {
            csv.printRecord("service_id", "date", "exception_type");
            for (var day : days) {
                csv.printRecord(serviceId(day), DATE.format(day), 1);
            }
        });
        table(zip, "feed_info.txt", csv -> {
            csv.printRecord("feed_publisher_name", "feed_publisher_url", "feed_lang", "feed_start_date", "feed_end_date", "feed_version",
                    "feed_contact_url");
            if (!days.isEmpty()) {
                csv.printRecord("Podium", agencyUrl, "fr", DATE.format(days.first()), DATE.format(days.last()),
                        DATE.format(days.first()) + "-" + trips.size(), agencyUrl);
            }
        });
        zip.finish();
    }

    static String routeId(String venue) {
        return "VIL-" + venue;
    }

    static String serviceId(LocalDate day) {
        return "D" + DATE.format(day);
    }

    /** GTFS time: hours from the service day's midnight, past 24 for a run after midnight. */
    static String time(LocalDate serviceDay, LocalDateTime at) {
        var seconds = Duration.between(serviceDay.atStartOfDay(), at).toSeconds();
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void table(ZipOutputStream zip, String name, Rows rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        rows.print(csv);
        csv.flush();
        zip.closeEntry();
    }
}
