package org.podium.workforce.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.podium.workforce.internal.roster.RosterRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shift swaps between teammates: a volunteer offers a published shift that has not started to
 * another volunteer of the same venue, who takes it only if it keeps every hard rule of their own
 * roster (the same plain-Java rules the validator uses); otherwise the offer is refused with the rule.
 */
@Component
class Swaps {

    /** Why an offer cannot be made or taken: a message key of {@code workforce.swap.*}. */
    static final class Refused extends RuntimeException {
        final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }
    }

    /** An open offer as the receiving volunteer sees it (public: the page reads it). */
    public record Offer(long id, String from, String area, String venue, java.time.LocalDateTime start, java.time.LocalDateTime end) {}

    private final JdbcClient jdbc;
    private final Applicants applicants;
    private final Rostering rostering;
    private final Attendance attendance;
    private final Clock clock;

    Swaps(JdbcClient jdbc, Applicants applicants, Rostering rostering, Attendance attendance, Clock clock) {
        this.jdbc = jdbc;
        this.applicants = applicants;
        this.rostering = rostering;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Transactional
    void offer(long from, long shiftId, String toReference) {
        var shift = attendance.line(shiftId);
        var giver = applicants.find(from).orElseThrow(() -> new Refused("workforce.swap.notYours"));
        if (!giver.reference().equals(shift.reference()) || !shift.published() || !shift.start().isAfter(attendance.now())) {
            throw new Refused("workforce.swap.notYours");
        }
        var taker = applicants.byReference(toReference.strip().toUpperCase(Locale.ROOT))
                .filter(a -> "ACCEPTED".equals(a.status()) && shift.venue().equals(a.venue()) && a.id() != from)
                .orElseThrow(() -> new Refused("workforce.swap.notTeammate"));
        var created = jdbc.sql("insert into workforce.swap (shift_id, offered_by, offered_to, created_at) values (:shift, :from, :to, :at)"
                        + " on conflict do nothing")
                .param("shift", shiftId).param("from", from).param("to", taker.id()).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (created == 0) {
            throw new Refused("workforce.swap.alreadyOffered");
        }
    }

    List<Offer> offeredTo(long applicant) {
        return jdbc.sql("""
                select w.id, a.given_name || ' ' || a.family_name, s.area, s.venue, s.starts_at, s.ends_at
                from workforce.swap w join workforce.shift s on s.id = w.shift_id join workforce.applicant a on a.id = w.offered_by
                where w.offered_to = :me and w.status = 'OPEN' order by s.starts_at""")
                .param("me", applicant)
                .query((rs, n) -> new Offer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDateTime.class), rs.getObject(6, java.time.LocalDateTime.class)))
                .list();
    }

    /** Takes the offered shift if it fits; returns the broken rule's name otherwise (the offer is then refused). */
    @Transactional
    @Nullable String accept(long me, long swapId) {
        var swap = jdbc.sql("select shift_id, offered_by from workforce.swap where id = :id and offered_to = :me and status = 'OPEN' for update")
                .param("id", swapId).param("me", me).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional()
                .orElseThrow(() -> new Refused("workforce.swap.gone"));
        var taker = Rostering.volunteer(applicants.find(me).orElseThrow());
        var mine = rostering.shiftsOf(taker);
        var shift = rostering.shift(swap[0]);
        String broken = null;
        if (shift.getVolunteer() == null || shift.getVolunteer().id() != swap[1] || !shift.getStart().isAfter(attendance.now())) {
            broken = "gone";
        } else {
            shift.setVolunteer(taker);
            mine.add(shift);
            broken = RosterRules.violations(mine).stream().map(RosterRules.Violation::rule).findFirst().orElse(null);
        }
        var at = java.sql.Timestamp.from(clock.instant());
        if (broken == null) {
            jdbc.sql("update workforce.shift set applicant_id = :me where id = :shift").param("me", me).param("shift", swap[0]).update();
        }
        jdbc.sql("update workforce.swap set status = :status, reason = :reason, decided_at = :at where id = :id")
                .param("status", broken == null ? "ACCEPTED" : "REFUSED").param("reason", broken).param("at", at).param("id", swapId).update();
        return broken;
    }

    @Transactional
    void refuse(long me, long swapId) {
        jdbc.sql("update workforce.swap set status = 'REFUSED', reason = 'declined', decided_at = :at where id = :id and offered_to = :me and status = 'OPEN'")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("id", swapId).param("me", me).update();
    }
}
