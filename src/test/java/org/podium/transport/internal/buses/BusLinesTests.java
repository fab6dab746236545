package org.podium.transport.internal.buses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.support.PodiumIntegrationTest;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bus lines on the real Paris 2024 programme, checked against the programme's own sessions, and
 * the GTFS export checked by MobilityData's validator (not by our own reading of it).
 */
@PodiumIntegrationTest
class BusLinesTests {

    private static final LocalDate BUSY_DAY = LocalDate.of(2024, 7, 30);

    @Autowired BusLines busLines;
    @Autowired GtfsExport gtfs;
    @Autowired Programme programme;
    @Autowired BusProperties properties;

    @TempDir Path dir;

    @Test
    void everySessionOfARealDayIsServedAndItsAthletesArriveBeforeTheWarmUp() {
        var trips = busLines.plan(BUSY_DAY);
        var bySession = trips.stream().collect(Collectors.groupingBy(BusTrip::session));
        var served = programme.sessions(null, BUSY_DAY).stream().filter(busLines::served).toList();
        assertThat(served).hasSizeGreaterThan(30);
        for (var session : served) {
            var runs = bySession.get(session.code());
            assertThat(runs).as(session.code()).isNotNull();
            var start = session.startsAt().atZone(GamesClock.ZONE).toLocalDateTime();
            var end = session.endsAt().atZone(GamesClock.ZONE).toLocalDateTime();
            var out = runs.stream().filter(BusTrip::outbound).toList();
            var back = runs.stream().filter(t -> !t.outbound()).toList();
            assertThat(out).as(session.code()).isNotEmpty().hasSameSizeAs(back)
                    .allSatisfy(t -> {
                        assertThat(t.from()).isEqualTo("VIL");
                        assertThat(t.to()).isEqualTo(session.siteCode());
                        assertThat(t.arrives()).isBeforeOrEqualTo(start.minusMinutes(properties.warmUpMinutes()));
                        assertThat(t.departs()).isBefore(t.arrives());
                    });
            assertThat(back).allSatisfy(t -> assertThat(t.departs()).isAfter(end));
        }
        // Far venues (Marseille, the football cities, Tahiti) are not served from the village.
        assertThat(trips).extracting(BusTrip::venue).doesNotContain("MRS", "TAH", "BOR", "LYO", "NAN", "NIC", "STE");
        // Swimming's finals session draws a fleet, a single shooting session a bus or two.
        assertThat(trips.stream().map(BusTrip::session).distinct().count()).isEqualTo(served.size());
    }

    @Test
    void theWholeGamesFeedPassesMobilityDatasValidatorWithNoError() throws Exception {
        var trips = busLines.plan(null);
        var feed = dir.resolve("podium-gtfs.zip");
        try (var out = Files.newOutputStream(feed)) {
            gtfs.write(trips, out);
        }
        var notices = GtfsValidation.validate(feed, LocalDate.of(2024, 7, 20));
        assertThat(notices.errors()).isEmpty();
        assertThat(trips).hasSizeGreaterThan(1_000);
        System.out.printf("GTFS: %,d trips, warnings %s%n", trips.size(), notices.warnings());
    }

    /** The validator is a real check: the same feed with a stop time at an unknown stop is refused. */
    @Test
    void theValidatorRefusesABrokenFeed() throws Exception {
        var bytes = new ByteArrayOutputStream();
        gtfs.write(busLines.plan(BUSY_DAY), bytes);
        var files = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        files.put("stop_times.txt", files.get("stop_times.txt").replaceFirst(",VIL,", ",NOWHERE,"));
        var broken = dir.resolve("broken.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThat(GtfsValidation.validate(broken, LocalDate.of(2024, 7, 20)).errors())
                .anySatisfy(error -> assertThat(error).startsWith("foreign_key_violation"));
    }

    @Test
    void runsAfterMidnightKeepTheirServiceDay() {
        assertThat(GtfsExport.time(BUSY_DAY, BUSY_DAY.plusDays(1).atTime(0, 25))).isEqualTo("24:25:00");
        assertThat(GtfsExport.time(BUSY_DAY, BUSY_DAY.atTime(7, 5, 30))).isEqualTo("07:05:30");
        assertThat(List.of(GtfsExport.serviceId(BUSY_DAY))).containsExactly("D20240730");
    }
}
