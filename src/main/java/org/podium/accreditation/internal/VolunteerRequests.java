package org.podium.accreditation.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import org.podium.audit.StaffActionPerformed;
import org.podium.workforce.VolunteersAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.podium.platform.events.DurableEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Every volunteer who accepts gets an accreditation request (category V) from the organising
 * committee, submitted as the workforce module's event arrives. No surrounding transaction: a list
 * is submitted whole, and if one of its volunteers is refused (a document the centre would not take)
 * the others are submitted one by one, so one bad document does not hold back two thousand cards;
 * each refusal is written to the audit trail for the accreditation centre.
 */
@Component
class VolunteerRequests {

    static final String ORGANISER = "PAR2024";
    static final String ACTOR = "workforce";
    private static final Logger log = LoggerFactory.getLogger(VolunteerRequests.class);

    private final Requests requests;
    /** Its own transaction per refusal: this listener runs outside one, module listeners hear only events published inside one. */
    private final DurableEvents events;
    private final Clock clock;

    VolunteerRequests(Requests requests, DurableEvents events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VolunteersAccepted accepted) {
        var lines = IntStream.range(0, accepted.volunteers().size())
                .mapToObj(i -> new BulkFile.Line(i + 1, form(accepted.volunteers().get(i)))).toList();
        try {
            requests.submit(ORGANISER, lines, ACTOR);
        } catch (Requests.Refused whole) {
            for (var line : lines) {
                try {
                    requests.submit(ORGANISER, List.of(line), ACTOR);
                } catch (Requests.Refused one) {
                    var volunteer = accepted.volunteers().get((int) line.number() - 1);
                    log.warn("Volunteer {} not requested: {}", volunteer.reference(), one.refusals);
                    events.publish(new StaffActionPerformed(ACTOR, "accreditation.volunteer.refused", volunteer.reference(),
                            one.refusals.stream().map(r -> r.field() + ": " + r.key()).toList().toString(), clock.instant()));
                }
            }
        }
    }

    private static RequestForm form(VolunteersAccepted.Volunteer v) {
        return new RequestForm("V", v.familyName(), v.givenName(), v.birthDate().toString(), v.birthPlace(), v.nationality(),
                v.documentNumber(), v.documentExpiry().toString(), v.function());
    }
}
