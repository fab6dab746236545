package org.podium.accreditation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a NOC's athletes and alternates of the real Paris 2024 data (accreditation/athletes.csv,
 * SOURCES.md) requested in one go by its manager, as a NOC would send its team list. The data
 * has no identity document or birth place: they are filled with marked placeholders. A name the
 * form refuses (a number, a suffix in brackets) is left out and counted.
 */
@Component
class DemoAthletes {

    private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    record Team(List<BulkFile.Line> lines, int leftOut) {
    }

    private final Requests requests;
    private final Categories categories;
    private final boolean demo;
    private final LocalDate gamesStart;

    DemoAthletes(Requests requests, Categories categories, @Value("${podium.demo.enabled:true}") boolean demo,
                 @Value("${podium.accreditation.games-start:2024-07-26}") LocalDate gamesStart) {
        this.gamesStart = gamesStart;
        this.requests = requests;
        this.categories = categories;
        this.demo = demo;
    }

    boolean enabled() {
        return demo;
    }

    /** The NOC's athletes as request lines (the line numbers of the data file). */
    Team team(String noc) {
        var lines = new ArrayList<BulkFile.Line>();
        var leftOut = 0;
        try (var reader = new InputStreamReader(new ClassPathResource("accreditation/athletes.csv").getInputStream(), StandardCharsets.UTF_8);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (var row : parser) {
                if (!row.get("country_code").equals(noc)) {
                    continue;
                }
                var name = row.get("name").strip();
                var split = name.indexOf(' ');
                var form = new RequestForm("Aa", split < 0 ? name : name.substring(0, split), split < 0 ? "" : name.substring(split + 1),
                        LocalDate.parse(row.get("birth_date"), BORN).toString(), "not in the demo data", noc,
                        "DEMO-" + row.get("code"), "2030-12-31", row.get("function"));
                if (form.check(categories, gamesStart).isEmpty()) {
                    lines.add(new BulkFile.Line(parser.getCurrentLineNumber(), form));
                } else {
                    leftOut++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Team(lines, leftOut);
    }

    /** Submits the NOC's athletes (all or none, within its quota); returns how many. */
    int request(String noc, String actor) {
        if (!demo) {
            throw new IllegalStateException("Athletes from the demo data are requested in demo mode only");
        }
        List<UUID> ids = requests.submit(noc, team(noc).lines(), actor);
        return ids.size();
    }
}
