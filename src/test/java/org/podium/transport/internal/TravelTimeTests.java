package org.podium.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The places and the great-circle travel-time model: checked against the data's own distances and the model's promises. */
class TravelTimeTests {

    private static final TransportProperties PROPERTIES = new TransportProperties(1.35,
            List.of(45.0, 48.0, 50.0, 50.0, 48.0, 40.0, 30.0, 22.0, 20.0, 24.0, 28.0, 28.0, 27.0, 28.0, 28.0, 26.0, 23.0, 20.0, 21.0, 26.0,
                    32.0, 36.0, 40.0, 43.0),
            1.4, 3, new TransportProperties.Depot(48.9560, 2.5010));
    private static final LocalDateTime MORNING_PEAK = LocalDateTime.of(2024, 7, 29, 8, 10);
    private static final LocalDateTime NIGHT = LocalDateTime.of(2024, 7, 29, 3, 10);
    private final Places places = new Places(PROPERTIES);
    private final TravelTimes times = new GreatCircleTravelTimes(PROPERTIES);

    /** The data's notes give each venue's great-circle distance from the village, computed by its compiler: ours must agree. */
    @Test
    void distancesFromTheVillageAgreeWithTheDataNotes() throws Exception {
        var village = places.get(Places.VILLAGE);
        var stated = Pattern.compile("Great-circle distance from village \\(VIL\\): ([0-9.]+) km");
        var checked = 0;
        try (var in = new InputStreamReader(new ClassPathResource("transport/venue-locations.csv").getInputStream(), StandardCharsets.UTF_8);
             var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (var row : csv) {
                var matcher = stated.matcher(row.get("note"));
                if (matcher.find() && places.find(row.get("venue_code")).isPresent()) {
                    assertThat(places.get(row.get("venue_code")).kilometresTo(village)).as(row.get("venue_code"))
                            .isCloseTo(Double.parseDouble(matcher.group(1)), Offset.offset(0.11));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(35);
    }

    @Test
    void everyScheduledVenueTheVillageAndTheDepotArePlaced() {
        assertThat(places.all()).extracting(Place::code).contains("STA", "AQC", "BCY", "TAH", "VIL", "DEP", "MPC", "IBC");
        // The depot is an assumption near the Stade de France (docs/modules/transport.md).
        assertThat(places.get(Places.DEPOT).kilometresTo(places.get("STA"))).isBetween(5.0, 15.0);
    }

    @Test
    void symmetricForTheSameHourAndLaneUse() {
        for (var from : places.all()) {
            for (var to : places.all()) {
                assertThat(times.between(from, to, MORNING_PEAK, true)).isEqualTo(times.between(to, from, MORNING_PEAK, true));
            }
        }
    }

    @Test
    void noDetourThroughAThirdPlaceIsShorterThanTheDirectTrip() {
        var all = places.all().stream().filter(p -> !p.code().equals("TAH")).toList();
        for (var a : all) {
            for (var b : all) {
                for (var c : all) {
                    var direct = times.between(a, c, NIGHT, false);
                    var via = times.between(a, b, NIGHT, false).plus(times.between(b, c, NIGHT, false));
                    // Each leg carries its stop time; the direct trip is never longer than the two legs (to the second's rounding).
                    assertThat(direct).isLessThanOrEqualTo(via.plusSeconds(1));
                }
            }
        }
    }

    @Test
    void theHourAndTheOlympicLanesChangeTheTime() {
        var village = places.get(Places.VILLAGE);
        var bercy = places.get("BCY");
        var peak = times.between(village, bercy, MORNING_PEAK, false);
        var night = times.between(village, bercy, NIGHT, false);
        var lane = times.between(village, bercy, MORNING_PEAK, true);
        assertThat(peak).isGreaterThan(night);
        assertThat(lane).isLessThan(peak);
        // 9.9 km as the crow flies, 13.4 km by road at 20 km/h, plus 3 minutes: 43 minutes at the peak.
        assertThat(peak).isCloseTo(Duration.ofSeconds(Math.round((village.kilometresTo(bercy) * 1.35 / 20 * 60 + 3) * 60)), Duration.ofSeconds(1));
        assertThat(peak.toMinutes()).isBetween(42L, 44L);
        assertThat(times.between(village, village, MORNING_PEAK, false)).isZero();
    }
}
