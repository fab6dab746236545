package org.podium.results.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The invalid result marks (IRM) each discipline uses, with their meaning in English and French:
 * an open list, read from {@code results/irm-codes.csv} (codes for every discipline under
 * {@code *}, the others per discipline; a new code is a new line). Live input refuses a mark the
 * discipline does not know; the feed import takes the feed's marks as they are. Whether a marked
 * line still ranks is the sport's rule ({@link RankingRule#irmScores}: sailing's score points).
 */
@Component
public class IrmCodes {

    static final String EVERY_DISCIPLINE = "*";

    /** One mark: its discipline ({@code *} for all), code, meaning in English and in French. */
    public record Irm(String discipline, String code, String meaningEn, String meaningFr) {

        public String meaning(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? meaningFr : meaningEn;
        }
    }

    private final Map<String, Map<String, Irm>> byDiscipline = new LinkedHashMap<>();

    IrmCodes() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource("results/irm-codes.csv").getInputStream(), StandardCharsets.UTF_8);
             var records = format.parse(reader)) {
            for (var r : records) {
                var irm = new Irm(r.get("discipline"), r.get("code"), r.get("meaning_en"), r.get("meaning_fr"));
                byDiscipline.computeIfAbsent(irm.discipline(), d -> new LinkedHashMap<>()).put(irm.code(), irm);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marks a discipline may use: its own and those of every discipline. */
    public List<Irm> of(String discipline) {
        var codes = new ArrayList<>(byDiscipline.getOrDefault(discipline, Map.of()).values());
        byDiscipline.getOrDefault(EVERY_DISCIPLINE, Map.of()).values().stream()
                .filter(irm -> codes.stream().noneMatch(own -> own.code().equals(irm.code()))).forEach(codes::add);
        return codes;
    }

    public boolean known(String discipline, String code) {
        return byDiscipline.getOrDefault(discipline, Map.of()).containsKey(code)
                || byDiscipline.getOrDefault(EVERY_DISCIPLINE, Map.of()).containsKey(code);
    }
}
