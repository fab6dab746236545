package org.podium.workforce.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The volunteer application as the page posts it, every field text. {@link #check} gives either the
 * problems (message keys of {@code workforce.error.*}) or the valid application.
 *
 * @param frenchLevel  CEFR level in French, or empty for none
 * @param englishLevel CEFR level in English, or empty for none
 * @param otherLanguage another language as {@code code:level} (e.g. {@code es:B2}), optional
 */
public record ApplicationForm(@Nullable String familyName, @Nullable String givenName, @Nullable String birthDate, @Nullable String gender,
                       @Nullable String country, @Nullable String region, @Nullable String frenchLevel, @Nullable String englishLevel,
                       @Nullable String otherLanguage, @Nullable List<String> skills, @Nullable String from1, @Nullable String to1,
                       @Nullable String from2, @Nullable String to2, @Nullable List<String> preferredAreas, @Nullable String preferredVenue,
                       @Nullable String accessibility, @Nullable Boolean disability, @Nullable String uniformSize, @Nullable Boolean consent) {

    record Problem(String field, String key) {}

    record Valid(String familyName, String givenName, LocalDate birthDate, String gender, String country, String region,
                 List<String> languages, List<String> skills, List<LocalDate> availableDays, List<String> preferredAreas,
                 List<String> preferredVenues, @Nullable String accessibility, boolean disability, String uniformSize) {}

    static final int MIN_DAYS = 10;
    static final Set<String> LEVELS = Set.of("A1", "A2", "B1", "B2", "C1", "C2");
    static final List<String> SIZES = List.of("XS", "S", "M", "L", "XL", "XXL", "3XL");
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.-]{0,79}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern OTHER = Pattern.compile("[a-z]{2}:(A1|A2|B1|B2|C1|C2)");

    /** Problems, or the valid application as the only element of {@code valid}. */
    List<Problem> check(Set<String> areas, Set<String> venues, LocalDate gamesStart, List<Valid> valid) {
        var problems = new ArrayList<Problem>();
        if (familyName == null || !NAME.matcher(familyName.strip()).matches()) {
            problems.add(new Problem("familyName", "workforce.error.name"));
        }
        if (givenName == null || !NAME.matcher(givenName.strip()).matches()) {
            problems.add(new Problem("givenName", "workforce.error.name"));
        }
        var born = date(birthDate);
        if (born == null) {
            problems.add(new Problem("birthDate", "workforce.error.date"));
        } else if (java.time.Period.between(born, gamesStart).getYears() < 18) {
            problems.add(new Problem("birthDate", "workforce.error.age"));
        }
        if (gender == null || !Set.of("F", "M", "X").contains(gender)) {
            problems.add(new Problem("gender", "workforce.error.choice"));
        }
        if (country == null || !COUNTRY.matcher(country.strip()).matches()) {
            problems.add(new Problem("country", "workforce.error.country"));
        }
        var languages = new ArrayList<String>();
        if (frenchLevel != null && LEVELS.contains(frenchLevel)) {
            languages.add("fr:" + frenchLevel);
        }
        if (englishLevel != null && LEVELS.contains(englishLevel)) {
            languages.add("en:" + englishLevel);
        }
        if (languages.isEmpty()) {
            problems.add(new Problem("frenchLevel", "workforce.error.languages"));
        }
        if (otherLanguage != null && !otherLanguage.isBlank()) {
            if (OTHER.matcher(otherLanguage.strip()).matches()) {
                languages.add(otherLanguage.strip());
            } else {
                problems.add(new Problem("otherLanguage", "workforce.error.otherLanguage"));
            }
        }
        var chosenSkills = skills == null ? List.<String>of() : skills.stream().distinct().toList();
        if (chosenSkills.isEmpty() || !areas.containsAll(chosenSkills)) {
            problems.add(new Problem("skills", "workforce.error.skills"));
        }
        var days = new LinkedHashSet<LocalDate>();
        window(from1, to1, days, problems, "from1");
        if (from2 != null && !from2.isBlank() || to2 != null && !to2.isBlank()) {
            window(from2, to2, days, problems, "from2");
        }
        if (problems.stream().noneMatch(p -> p.field().startsWith("from")) && days.size() < MIN_DAYS) {
            problems.add(new Problem("from1", "workforce.error.days"));
        }
        var chosenAreas = preferredAreas == null ? List.<String>of() : preferredAreas.stream().distinct().toList();
        if (!areas.containsAll(chosenAreas)) {
            problems.add(new Problem("preferredAreas", "workforce.error.skills"));
        }
        var venue = preferredVenue == null || preferredVenue.isBlank() ? List.<String>of() : List.of(preferredVenue);
        if (!venues.containsAll(venue)) {
            problems.add(new Problem("preferredVenue", "workforce.error.choice"));
        }
        if (accessibility != null && accessibility.length() > 500) {
            problems.add(new Problem("accessibility", "workforce.error.tooLong"));
        }
        if (uniformSize == null || !SIZES.contains(uniformSize)) {
            problems.add(new Problem("uniformSize", "workforce.error.choice"));
        }
        if (!Boolean.TRUE.equals(consent)) {
            problems.add(new Problem("consent", "workforce.error.consent"));
        }
        if (problems.isEmpty()) {
            valid.add(new Valid(familyName.strip(), givenName.strip(), born, gender, country.strip(), region == null || region.isBlank() ? "-" : region.strip(),
                    languages, chosenSkills, days.stream().sorted().toList(), chosenAreas, venue,
                    accessibility == null || accessibility.isBlank() ? null : accessibility.strip(), Boolean.TRUE.equals(disability), uniformSize));
        }
        return problems;
    }

    private static void window(@Nullable String from, @Nullable String to, Set<LocalDate> days, List<Problem> problems, String field) {
        var start = date(from);
        var end = date(to);
        if (start == null || end == null || end.isBefore(start)) {
            problems.add(new Problem(field, "workforce.error.window"));
            return;
        }
        if (start.isBefore(SyntheticApplicants.FIRST_DAY) || end.isAfter(SyntheticApplicants.LAST_DAY)) {
            problems.add(new Problem(field, "workforce.error.outsideMissions"));
            return;
        }
        for (var day = start; !day.isAfter(end); day = day.plusDays(1)) {
            days.add(day);
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
