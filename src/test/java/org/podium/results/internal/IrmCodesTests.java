package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class IrmCodesTests {

    private final IrmCodes irms = new IrmCodes();

    @Test
    void aDisciplineHasItsOwnMarksAndThoseOfEveryDiscipline() {
        assertThat(irms.of("SAL")).extracting(IrmCodes.Irm::code).contains("BFD", "UFD", "DPI", "DNS", "DNF").doesNotContain("NM");
        assertThat(irms.known("ATH", "NM")).isTrue();
        assertThat(irms.known("ATH", "BFD")).isFalse();
        assertThat(irms.known("SWM", "DSQ")).isTrue();
        assertThat(irms.of("SAL").stream().filter(i -> i.code().equals("BFD")).findFirst().orElseThrow().meaning(Locale.FRENCH))
                .isEqualTo("Disqualifié (pavillon noir)");
    }

    @Test
    void knowsEveryMarkTheParisFeedUses() throws IOException {
        var unknown = new ArrayList<String>();
        var seen = 0;
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:results-feed/*.csv")) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
                 var rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                for (var row : rows) {
                    var irm = row.isMapped("result_IRM") ? row.get("result_IRM").strip() : "";
                    if (!irm.isEmpty()) {
                        seen++;
                        if (!irms.known(row.get("discipline_code"), irm)) {
                            unknown.add(row.get("discipline_code") + " " + irm);
                        }
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(400);
        assertThat(unknown).isEmpty();
    }
}
