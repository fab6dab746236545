package org.podium.workforce.internal;

import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic applicants for demo mode and the benchmarks, seeded so that two runs give the same
 * people. Every one is marked {@code synthetic} and named {@code SYNTH-…}. The distributions are
 * Paris 2024's published figures (docs/modules/workforce.md): a third under 25, 55 % women, 20 %
 * international, 1 % with a declared disability, all 18 or over, French and/or English, 10 to 40
 * days available between 12 July and 10 September, mostly around the Olympic fortnight; 60 % want
 * a welcome (spectator services) role. Regions follow where the venues are: 60 % Ile-de-France.
 */
@Component
class SyntheticApplicants {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 12);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 9, 10);
    private static final LocalDate GAMES_START = LocalDate.of(2024, 7, 26);
    private static final int BATCH = 20_000;
    private static final String[] REGIONS = {"Ile-de-France", "Auvergne-Rhone-Alpes", "Hauts-de-France", "Provence-Alpes-Cote d'Azur",
        "Nouvelle-Aquitaine", "Occitanie", "Grand Est", "Pays de la Loire", "Bretagne", "Normandie", "Centre-Val de Loire",
        "Bourgogne-Franche-Comte", "Outre-mer"};
    private static final String[] COUNTRIES = {"GBR", "USA", "DEU", "ESP", "ITA", "BEL", "CHE", "CAN", "BRA", "JPN", "MAR", "SEN", "CHN", "AUS", "NLD"};
    private static final String[] FOREIGN_LANGUAGES = {"en", "en", "de", "es", "es", "it", "nl", "pt", "ja", "ar", "zh", "fr"};
    private static final String[] LEVELS = {"A2", "B1", "B2", "C1", "C2"};
    private static final String[] SIZES = {"XS", "S", "M", "M", "L", "L", "XL", "XXL"};
    private static final String[] SYLLABLES = {"ba", "lo", "mi", "ra", "ve", "ton", "dur", "an", "el", "ri", "sa", "chu", "mar", "in", "ou"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final List<String> areas;
    private final org.podium.games.Programme programme;
    private List<String> venues = List.of();

    SyntheticApplicants(DataSource dataSource, JdbcClient jdbc, WorkforceProperties properties, org.podium.games.Programme programme) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.areas = List.copyOf(properties.demand().areas().keySet());
        this.programme = programme;
    }

    /** Replaces the synthetic applicants (and what was decided for them) with {@code count} new ones. */
    @Transactional
    public int generate(int count, long seed) {
        jdbc.sql("delete from workforce.shift where applicant_id in (select id from workforce.applicant where synthetic)").update();
        jdbc.sql("delete from workforce.applicant where synthetic").update();
        // Read now, not at construction: the programme is loaded once the platform has started.
        venues = programme.venues().stream().map(org.podium.games.Venue::tag).toList();
        var random = new Random(seed);
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var now = Instant.now();
            for (var from = 0; from < count; from += BATCH) {
                var rows = new StringBuilder(BATCH * 400);
                for (var i = from; i < Math.min(count, from + BATCH); i++) {
                    row(rows, i, random, now);
                }
                copy.copyIn("copy workforce.applicant (reference, family_name, given_name, birth_date, gender, country, region, languages, skills,"
                        + " available_days, preferred_areas, preferred_venues, accessibility, disability, uniform_size, consent_at, submitted_at,"
                        + " synthetic) from stdin", new StringReader(rows.toString()));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new DataAccessResourceFailureException("Synthetic applicants not stored: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return count;
    }

    private void row(StringBuilder out, int i, Random random, Instant now) {
        var international = random.nextDouble() < 0.20;
        var age = random.nextDouble() < 1.0 / 3 ? 18 + random.nextInt(7) : 25 + (int) Math.min(55, Math.abs(random.nextGaussian() * 18));
        var birth = GAMES_START.minusYears(age).minusDays(1 + random.nextInt(364));
        var gender = random.nextDouble() < 0.55 ? "F" : random.nextDouble() < 0.98 ? "M" : "X";
        var languages = new LinkedHashSet<String>();
        if (international) {
            var own = FOREIGN_LANGUAGES[random.nextInt(FOREIGN_LANGUAGES.length)];
            languages.add(own + ":C2");
            if (!own.equals("en")) {
                languages.add("en:" + LEVELS[2 + random.nextInt(3)]);
            }
            if (random.nextDouble() < 0.5 && !own.equals("fr")) {
                languages.add("fr:" + LEVELS[random.nextInt(5)]);
            }
        } else {
            languages.add("fr:C2");
            if (random.nextDouble() < 0.75) {
                languages.add("en:" + LEVELS[random.nextInt(5)]);
            }
            if (random.nextDouble() < 0.2) {
                languages.add(FOREIGN_LANGUAGES[1 + random.nextInt(FOREIGN_LANGUAGES.length - 2)] + ":" + LEVELS[random.nextInt(5)]);
            }
        }
        var skills = new LinkedHashSet<String>();
        skills.add(random.nextDouble() < 0.6 ? "SPECTATOR" : areas.get(random.nextInt(areas.size())));
        var extra = random.nextInt(3);
        for (var k = 0; k < extra; k++) {
            skills.add(areas.get(random.nextInt(areas.size())));
        }
        var length = 10 + random.nextInt(31);
        var span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        // Most offer the Olympic fortnight; the others anywhere in the window.
        var start = random.nextDouble() < 0.7 ? 6 + random.nextInt(12) : random.nextInt(span - length + 1);
        start = Math.min(start, span - length);
        var days = new ArrayList<String>();
        for (var d = start; d < start + length; d++) {
            days.add(FIRST_DAY.plusDays(d).toString());
        }
        var preferredAreas = List.of(skills.iterator().next());
        var preferredVenues = random.nextDouble() < 0.5 && !venues.isEmpty() ? List.of(venues.get(random.nextInt(venues.size()))) : List.<String>of();
        var disability = random.nextDouble() < 0.01;
        out.append("S").append(String.format("%07d", i + 1)).append('\t')
                .append("SYNTH-").append(name(random)).append('\t').append(capitalised(name(random))).append('\t')
                .append(birth).append('\t').append(gender).append('\t')
                .append(international ? COUNTRIES[random.nextInt(COUNTRIES.length)] : "FRA").append('\t')
                .append(international ? "International" : random.nextDouble() < 0.6 ? REGIONS[0] : REGIONS[1 + random.nextInt(REGIONS.length - 1)]).append('\t')
                .append(array(languages)).append('\t').append(array(skills)).append('\t').append(array(days)).append('\t')
                .append(array(preferredAreas)).append('\t').append(array(preferredVenues)).append('\t')
                .append(disability ? "Step-free access" : "\\N").append('\t').append(disability).append('\t')
                .append(SIZES[random.nextInt(SIZES.length)]).append('\t').append(now).append('\t').append(now).append('\t')
                .append("true\n");
    }

    private static String array(java.util.Collection<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private static String name(Random random) {
        var name = new StringBuilder();
        var parts = 2 + random.nextInt(2);
        for (var p = 0; p < parts; p++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
