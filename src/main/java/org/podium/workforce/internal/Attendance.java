package org.podium.workforce.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.podium.workforce.internal.roster.RosterRules;
import org.podium.workforce.internal.roster.Shift;
import org.podium.workforce.internal.roster.Volunteer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day itself at a venue, on the Games clock: a volunteer's card (their code) is scanned at the
 * workforce check-in point at the start and the end of a shift; a published shift not checked in
 * {@code graceMinutes} after its start is a no-show, and the page suggests who could replace them
 * without breaking any hard rule (the day's reserve: accepted volunteers of the venue not rostered then).
 */
@Component
class Attendance {

    /** The earliest a volunteer may check in before the shift starts. */
    static final Duration EARLY = Duration.ofMinutes(60);
    /** A shift of at least this long gives a meal voucher. */
    static final int MEAL_MINUTES = 4 * 60;
    /** A volunteer's reference, V or S and seven digits; anything longer is read as a card. */
    private static final int REFERENCE_LENGTH = 8;

    public enum Outcome { CHECKED_IN, CHECKED_OUT, NO_SHIFT_NOW, UNKNOWN_CODE, CARD_REFUSED }

    public record Scan(Outcome outcome, @Nullable String reference, @Nullable String name, @Nullable ShiftLine shift) {}

    public record ShiftLine(long id, String venue, String area, LocalDateTime start, LocalDateTime end, @Nullable String reference,
                     @Nullable String name, @Nullable Instant checkedIn, @Nullable Instant checkedOut, boolean noShow, boolean published) {
        public long minutesWorked() {
            return checkedIn == null || checkedOut == null ? 0 : Duration.between(checkedIn, checkedOut).toMinutes();
        }

        public boolean mealVoucher() {
            return Duration.between(start, end).toMinutes() >= MEAL_MINUTES;
        }
    }

    public record NoShow(ShiftLine shift, List<String> replacements) {}

    private static final String LINE = """
            select s.id, s.venue, s.area, s.starts_at, s.ends_at, a.reference, a.given_name || ' ' || a.family_name, s.checked_in_at,
                   s.checked_out_at, s.no_show, s.published
            from workforce.shift s left join workforce.applicant a on a.id = s.applicant_id""";

    private final JdbcClient jdbc;
    private final GamesClock clock;
    private final Rostering rostering;
    private final Applicants applicants;
    private final WorkforceProperties properties;
    private final org.podium.platform.AccreditationCards cards;

    Attendance(JdbcClient jdbc, GamesClock clock, Rostering rostering, Applicants applicants, WorkforceProperties properties,
               org.podium.platform.AccreditationCards cards) {
        this.cards = cards;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rostering = rostering;
        this.applicants = applicants;
        this.properties = properties;
    }

    LocalDateTime now() {
        return clock.zonedNow().withZoneSameInstant(Demand.PARIS).toLocalDateTime();
    }

    /**
     * A scan at the venue's check-in point, of the volunteer's accreditation card (its QR text: the
     * card must be genuine, valid and not revoked) or their reference typed in: in at the start of
     * the shift under way, out at its end.
     */
    @Transactional
    Scan scan(String code, String venue) {
        var scanned = code.strip();
        String reference;
        if (scanned.length() > REFERENCE_LENGTH) {
            var fromCard = cards.function(scanned).flatMap(Invitations::referenceIn);
            if (fromCard.isEmpty()) {
                return new Scan(Outcome.CARD_REFUSED, null, null, null);
            }
            reference = fromCard.get();
        } else {
            reference = scanned.toUpperCase(Locale.ROOT);
        }
        var applicant = applicants.byReference(reference);
        if (applicant.isEmpty()) {
            return new Scan(Outcome.UNKNOWN_CODE, null, null, null);
        }
        var now = now();
        var name = applicant.get().givenName() + " " + applicant.get().familyName();
        var shift = jdbc.sql(LINE + " where s.applicant_id = :id and s.venue = :venue and s.published"
                        + " and s.starts_at - interval '60 minutes' <= :now and s.ends_at + interval '60 minutes' >= :now order by s.starts_at")
                .param("id", applicant.get().id()).param("venue", venue).param("now", now)
                .query(Attendance::line).stream().filter(s -> s.checkedOut() == null).findFirst();
        if (shift.isEmpty()) {
            return new Scan(Outcome.NO_SHIFT_NOW, reference, name, null);
        }
        var at = java.sql.Timestamp.from(clock.now());
        if (shift.get().checkedIn() == null) {
            jdbc.sql("update workforce.shift set checked_in_at = :at, no_show = false where id = :id").param("at", at).param("id", shift.get().id()).update();
            return new Scan(Outcome.CHECKED_IN, reference, name, line(shift.get().id()));
        }
        jdbc.sql("update workforce.shift set checked_out_at = :at where id = :id").param("at", at).param("id", shift.get().id()).update();
        return new Scan(Outcome.CHECKED_OUT, reference, name, line(shift.get().id()));
    }

    ShiftLine line(long id) {
        return jdbc.sql(LINE + " where s.id = :id").param("id", id).query(Attendance::line).single();
    }

    /** The venue's shifts of the Games clock's day. */
    List<ShiftLine> today(String venue) {
        var day = now().toLocalDate();
        return jdbc.sql(LINE + " where s.venue = :venue and s.starts_at >= :from and s.starts_at < :to order by s.starts_at, s.area, s.id")
                .param("venue", venue).param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query(Attendance::line).list();
    }

    /** Marks and lists today's no-shows at the venue, each with up to five replacements who break no hard rule. */
    @Transactional
    List<NoShow> noShows(String venue) {
        var now = now();
        jdbc.sql("update workforce.shift set no_show = true where venue = :venue and published and applicant_id is not null"
                        + " and checked_in_at is null and starts_at <= :late and starts_at >= :day")
                .param("venue", venue).param("late", now.minusMinutes(properties.graceMinutes())).param("day", now.toLocalDate().atStartOfDay())
                .update();
        var missed = today(venue).stream().filter(ShiftLine::noShow).filter(s -> s.end().isAfter(now)).toList();
        if (missed.isEmpty()) {
            return List.of();
        }
        var volunteers = rostering.volunteers(venue);
        var shifts = rostering.shifts(volunteers, venue);
        return missed.stream().map(line -> new NoShow(line, replacements(line, volunteers, shifts))).toList();
    }

    static List<String> replacements(ShiftLine missed, List<Volunteer> volunteers, List<Shift> shifts) {
        var target = shifts.stream().filter(s -> s.getId() == missed.id()).findFirst().orElseThrow();
        var held = shifts.stream().filter(s -> s.getVolunteer() != null && s.getId() != target.getId())
                .collect(java.util.stream.Collectors.groupingBy(Shift::getVolunteer));
        return volunteers.stream()
                .filter(v -> target.getVolunteer() == null || v.id() != target.getVolunteer().id())
                .filter(v -> RosterRules.fits(v, held.getOrDefault(v, List.of()), target))
                // Those with fewest hours first: the replacement keeps the roster fair.
                .sorted(Comparator.comparingLong(v -> held.getOrDefault(v, List.of()).stream().mapToLong(Shift::getMinutes).sum()))
                .limit(5).map(Volunteer::code).toList();
    }

    /** A volunteer's published shifts with what was worked and the meal vouchers they give. */
    List<ShiftLine> shiftsOf(long applicant) {
        return jdbc.sql(LINE + " where s.applicant_id = :id and s.published order by s.starts_at").param("id", applicant)
                .query(Attendance::line).list();
    }

    private static ShiftLine line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var in = rs.getTimestamp(8);
        var out = rs.getTimestamp(9);
        return new ShiftLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getString(7), in == null ? null : in.toInstant(),
                out == null ? null : out.toInstant(), rs.getBoolean(10), rs.getBoolean(11));
    }
}
