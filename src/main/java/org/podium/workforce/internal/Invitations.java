package org.podium.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.podium.workforce.VolunteersAccepted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invited volunteer accepts (with the identity document their accreditation needs) or declines;
 * a decline invites the best of the team's standby pool. Acceptance assigns training and publishes
 * {@link VolunteersAccepted} in the same transaction.
 */
@Component
class Invitations {

    static final String GENERAL_TRAINING = "GAMES";
    /** The function an accepted volunteer's accreditation request carries: their reference and area (read back at check-in). */
    static final java.util.regex.Pattern FUNCTION = java.util.regex.Pattern.compile("Volunteer ([A-Z][0-9]{7}) [A-Z]+");

    /** The identity an accreditation needs, given at acceptance (not stored by this module). */
    record Identity(String birthPlace, String nationality, String documentNumber, LocalDate documentExpiry) {}

    static final class NotInvited extends RuntimeException {
        NotInvited(long id) {
            super("Application " + id + " has no open invitation");
        }
    }

    private final JdbcClient jdbc;
    private final Applicants applicants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Applicants applicants, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.applicants = applicants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void accept(long id, Identity identity) {
        var applicant = applicants.find(id).orElseThrow(() -> new NotInvited(id));
        if (!applicants.move(id, Set.of("INVITED"), "ACCEPTED", clock.instant())) {
            throw new NotInvited(id);
        }
        assignTraining(List.of(applicant.id()), applicant.area());
        events.publishEvent(new VolunteersAccepted(List.of(volunteer(applicant, identity))));
    }

    @Transactional
    void decline(long id) {
        var applicant = applicants.find(id).orElseThrow(() -> new NotInvited(id));
        if (!applicants.move(id, Set.of("INVITED"), "DECLINED", clock.instant())) {
            throw new NotInvited(id);
        }
        promoteStandby(applicant.venue(), applicant.area(), 1);
    }

    /** An application withdrawn before acceptance; an invitation given back goes to the team's standby pool. */
    @Transactional
    void withdraw(long id) {
        var applicant = applicants.find(id).orElseThrow(() -> new NotInvited(id));
        if (applicants.move(id, Set.of("APPLIED", "INVITED", "STANDBY"), "WITHDRAWN", clock.instant()) && "INVITED".equals(applicant.status())) {
            promoteStandby(applicant.venue(), applicant.area(), 1);
        }
    }

    private int promoteStandby(String venue, String area, int count) {
        return jdbc.sql("""
                update workforce.applicant set status = 'INVITED', decided_at = now() where id in (
                    select id from workforce.applicant where status = 'STANDBY' and venue = :venue and area = :area
                    order by score desc, id limit :count for update skip locked)""")
                .param("venue", venue).param("area", area).param("count", count).update();
    }

    private void assignTraining(List<Long> ids, String area) {
        for (var module : List.of(GENERAL_TRAINING, area)) {
            jdbc.sql("insert into workforce.training (applicant_id, module, assigned_at) select unnest(:ids::bigint[]), :module, now()"
                    + " on conflict do nothing").param("ids", "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}")
                    .param("module", module).update();
        }
    }

    @Transactional
    boolean completeTraining(long id, String module) {
        return jdbc.sql("update workforce.training set completed_at = now() where applicant_id = :id and module = :module and completed_at is null")
                .param("id", id).param("module", module).update() == 1;
    }

    /**
     * Demo: the synthetic invitees answer, {@code acceptShare} of them yes; declines invite from the
     * standby pools, who answer in the next round. Accreditation requests go out in lists of 2,000.
     */
    @Transactional
    int answerSynthetic(double acceptShare, long seed) {
        var random = new Random(seed);
        var accepted = 0;
        for (var round = 0; round < 3; round++) {
            var invited = jdbc.sql("select " + Applicants.COLUMNS + " from workforce.applicant where status = 'INVITED' and synthetic order by id")
                    .query(Applicants::row).list();
            if (invited.isEmpty()) {
                break;
            }
            var yes = new ArrayList<Applicants.Applicant>();
            var declines = new java.util.HashMap<String, Integer>();
            for (var applicant : invited) {
                if (random.nextDouble() < acceptShare) {
                    yes.add(applicant);
                } else {
                    declines.merge(applicant.venue() + "|" + applicant.area(), 1, Integer::sum);
                }
            }
            setStatus(yes.stream().map(Applicants.Applicant::id).toList(), "ACCEPTED");
            var yesIds = yes.stream().map(Applicants.Applicant::id).collect(java.util.stream.Collectors.toSet());
            setStatus(invited.stream().map(Applicants.Applicant::id).filter(id -> !yesIds.contains(id)).toList(), "DECLINED");
            yes.stream().collect(java.util.stream.Collectors.groupingBy(Applicants.Applicant::area))
                    .forEach((area, list) -> assignTraining(list.stream().map(Applicants.Applicant::id).toList(), area));
            for (var from = 0; from < yes.size(); from += VolunteersAccepted.MAX) {
                events.publishEvent(new VolunteersAccepted(yes.subList(from, Math.min(yes.size(), from + VolunteersAccepted.MAX)).stream()
                        .map(a -> volunteer(a, new Identity("Synthetic", a.country(), "SYN" + a.reference(), LocalDate.of(2030, 1, 1))))
                        .toList()));
            }
            declines.forEach((team, count) -> promoteStandby(team.split("\\|")[0], team.split("\\|")[1], count));
            accepted += yes.size();
        }
        return accepted;
    }

    private void setStatus(List<Long> ids, String status) {
        for (var from = 0; from < ids.size(); from += 10_000) {
            var slice = ids.subList(from, Math.min(ids.size(), from + 10_000));
            jdbc.sql("update workforce.applicant set status = :status, decided_at = now() where id = any(:ids::bigint[])")
                    .param("status", status).param("ids", "{" + String.join(",", slice.stream().map(String::valueOf).toList()) + "}").update();
        }
    }

    private static VolunteersAccepted.Volunteer volunteer(Applicants.Applicant a, Identity identity) {
        return new VolunteersAccepted.Volunteer(a.reference(), a.familyName(), a.givenName(), a.birthDate(), identity.birthPlace(),
                identity.nationality(), identity.documentNumber(), identity.documentExpiry(), "Volunteer " + a.reference() + " " + a.area());
    }

    /** The volunteer's reference in an accreditation card's function, if it is a volunteer's. */
    static java.util.Optional<String> referenceIn(String function) {
        var matcher = FUNCTION.matcher(function);
        return matcher.matches() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
