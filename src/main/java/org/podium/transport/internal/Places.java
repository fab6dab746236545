package org.podium.transport.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The places of transport/venue-locations.csv (sources in transport/SOURCES.md), the depot at its assumed point. */
@Component
public class Places {

    public static final String VILLAGE = "VIL";
    public static final String DEPOT = "DEP";

    private final Map<String, Place> byCode;

    public Places(TransportProperties properties) {
        this.byCode = read(properties.depot());
    }

    private static Map<String, Place> read(TransportProperties.Depot depot) {
        var places = new LinkedHashMap<String, Place>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var in = new InputStreamReader(new ClassPathResource("transport/venue-locations.csv").getInputStream(), StandardCharsets.UTF_8);
             var csv = format.parse(in)) {
            for (var row : csv) {
                var code = row.get("venue_code");
                if (code.equals(DEPOT)) {
                    places.put(code, new Place(code, row.get("venue"), depot.latitude(), depot.longitude()));
                } else if (!row.get("latitude").isBlank() && !row.get("longitude").isBlank()) {
                    places.put(code, new Place(code, row.get("venue"), Double.parseDouble(row.get("latitude")),
                            Double.parseDouble(row.get("longitude"))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("transport/venue-locations.csv unreadable", e);
        }
        return Map.copyOf(places);
    }

    public Optional<Place> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Place get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No place " + code));
    }

    public List<Place> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Place::code)).toList();
    }
}
