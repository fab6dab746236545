package org.podium.workforce.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applications, as stored. */
@Component
class Applicants {

    /** An application as the pages and selection read it. */
    public record Applicant(long id, String reference, @Nullable UUID fanId, String familyName, String givenName, LocalDate birthDate,
                     String gender, String country, String region, List<String> languages, List<String> skills,
                     List<LocalDate> availableDays, List<String> preferredAreas, List<String> preferredVenues,
                     @Nullable String accessibility, boolean disability, String uniformSize, boolean synthetic, String status,
                     @Nullable Integer score, @Nullable String venue, @Nullable String area) {

        /** Spoken languages (the code, whatever the level). */
        Set<String> spoken() {
            return languages.stream().map(l -> l.substring(0, 2)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        int age(LocalDate on) {
            return java.time.Period.between(birthDate, on).getYears();
        }

        public String getStatus() {
            return status;
        }
    }

    static final String COLUMNS = "id, reference, fan_id, family_name, given_name, birth_date, gender, country, region, languages, skills,"
            + " available_days, preferred_areas, preferred_venues, accessibility, disability, uniform_size, synthetic, status, score, venue, area";

    private final JdbcClient jdbc;

    Applicants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long apply(UUID fan, ApplicationForm.Valid form, Instant now) {
        var id = jdbc.sql("""
                insert into workforce.applicant (reference, fan_id, family_name, given_name, birth_date, gender, country, region, languages,
                    skills, available_days, preferred_areas, preferred_venues, accessibility, disability, uniform_size, consent_at, submitted_at)
                values ('', :fan, :family, :given, :birth, :gender, :country, :region, :languages::text[], :skills::text[],
                    :days::date[], :areas::text[], :venues::text[], :accessibility, :disability, :size, :now, :now)
                returning id""")
                .param("fan", fan).param("family", form.familyName()).param("given", form.givenName()).param("birth", form.birthDate())
                .param("gender", form.gender()).param("country", form.country()).param("region", form.region())
                .param("languages", literal(form.languages())).param("skills", literal(form.skills()))
                .param("days", literal(form.availableDays().stream().map(LocalDate::toString).toList()))
                .param("areas", literal(form.preferredAreas())).param("venues", literal(form.preferredVenues()))
                .param("accessibility", form.accessibility()).param("disability", form.disability()).param("size", form.uniformSize())
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("update workforce.applicant set reference = :ref where id = :id").param("ref", "V%07d".formatted(id)).param("id", id).update();
        return id;
    }

    Optional<Applicant> ofFan(UUID fan) {
        return jdbc.sql("select " + COLUMNS + " from workforce.applicant where fan_id = :fan").param("fan", fan).query(Applicants::row).optional();
    }

    Optional<Applicant> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from workforce.applicant where id = :id").param("id", id).query(Applicants::row).optional();
    }

    Optional<Applicant> byReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from workforce.applicant where reference = :r").param("r", reference)
                .query(Applicants::row).optional();
    }

    /** Status changes allowed from the given ones only; false when the application was not in one of them. */
    boolean move(long id, Set<String> from, String to, Instant at) {
        return jdbc.sql("update workforce.applicant set status = :to, decided_at = :at where id = :id and status = any(:from::text[])")
                .param("to", to).param("at", java.sql.Timestamp.from(at)).param("id", id).param("from", literal(List.copyOf(from)))
                .update() == 1;
    }

    static String literal(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "}";
    }

    static Applicant row(ResultSet rs, int n) throws SQLException {
        return new Applicant(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9), strings(rs.getArray(10)),
                strings(rs.getArray(11)), days(rs.getArray(12)), strings(rs.getArray(13)), strings(rs.getArray(14)), rs.getString(15),
                rs.getBoolean(16), rs.getString(17), rs.getBoolean(18), rs.getString(19), (Integer) rs.getObject(20), rs.getString(21),
                rs.getString(22));
    }

    static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    static List<LocalDate> days(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(d -> ((java.sql.Date) d).toLocalDate()).toList();
    }
}
