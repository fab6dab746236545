package org.podium.accreditation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A request as a manager types it or a bulk file's line gives it, every field text. {@link #check}
 * lists what is wrong, as message keys with arguments (said in the page's language).
 */
record RequestForm(@Nullable String category, @Nullable String familyName, @Nullable String givenName, @Nullable String birthDate,
                   @Nullable String birthPlace, @Nullable String nationality, @Nullable String documentNumber,
                   @Nullable String documentExpiry, @Nullable String function) {

    /** One thing wrong with a field: a message key of {@code accreditation.error.*} and its arguments. */
    record Problem(String field, String key, Object... args) {
    }

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.-]{0,79}");
    private static final Pattern NOC = Pattern.compile("[A-Z]{3}");
    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{3,23}");
    private static final int MAX_TEXT = 100;

    List<Problem> check(Categories categories, LocalDate gamesStart) {
        var problems = new ArrayList<Problem>();
        if (blank(category) || categories.find(category.strip()).isEmpty()) {
            problems.add(new Problem("category", "accreditation.error.category", String.valueOf(category)));
        }
        name("familyName", familyName, problems);
        // Some people have a single name (their passport leaves the given name empty).
        if (!blank(givenName)) {
            name("givenName", givenName, problems);
        }
        var born = date("birthDate", birthDate, problems);
        if (born != null) {
            var age = java.time.Period.between(born, gamesStart).getYears();
            if (age < 12 || age > 100) {
                problems.add(new Problem("birthDate", "accreditation.error.age", age));
            }
        }
        if (blank(birthPlace) || birthPlace.strip().length() > MAX_TEXT) {
            problems.add(new Problem("birthPlace", "accreditation.error.required"));
        }
        if (blank(nationality) || !NOC.matcher(nationality.strip()).matches()) {
            problems.add(new Problem("nationality", "accreditation.error.nationality"));
        }
        if (blank(documentNumber) || !DOCUMENT.matcher(documentNumber.strip()).matches()) {
            problems.add(new Problem("documentNumber", "accreditation.error.document"));
        }
        date("documentExpiry", documentExpiry, problems);
        if (blank(function) || function.strip().length() > MAX_TEXT) {
            problems.add(new Problem("function", "accreditation.error.required"));
        }
        return problems;
    }

    private static void name(String field, @Nullable String value, List<Problem> problems) {
        if (blank(value) || !NAME.matcher(value.strip()).matches()) {
            problems.add(new Problem(field, "accreditation.error.name"));
        }
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<Problem> problems) {
        if (blank(value)) {
            problems.add(new Problem(field, "accreditation.error.date"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "accreditation.error.date"));
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
