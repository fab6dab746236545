package org.podium.games;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Athletes per discipline and NOC, counts only (programme/athletes-by-discipline.csv, sources in programme/SOURCES.md). */
@Component
public class AthleteCounts {

    private final Map<String, Integer> byDiscipline = new HashMap<>();
    private final Map<String, Set<String>> disciplinesByNoc = new HashMap<>();

    public AthleteCounts() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var in = new InputStreamReader(new ClassPathResource("programme/athletes-by-discipline.csv").getInputStream(), StandardCharsets.UTF_8);
             var csv = format.parse(in)) {
            for (var row : csv) {
                byDiscipline.merge(row.get("discipline_code"), Integer.parseInt(row.get("athletes")), Integer::sum);
                disciplinesByNoc.computeIfAbsent(row.get("noc"), n -> new TreeSet<>()).add(row.get("discipline_code"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("programme/athletes-by-discipline.csv unreadable", e);
        }
    }

    public int athletes(String discipline) {
        return byDiscipline.getOrDefault(discipline, 0);
    }

    /** The disciplines a NOC has athletes in: its teams, as a team leader sees them. */
    public Set<String> disciplinesOf(String noc) {
        return disciplinesByNoc.getOrDefault(noc, Set.of());
    }
}
