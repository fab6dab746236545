package org.podium.results.internal;

import java.time.Instant;
import java.util.stream.Collectors;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.Programme;
import org.podium.results.EventOutcome;
import org.podium.results.MedalDecision;
import org.podium.results.MedalsChanged;
import org.podium.results.Medallist;
import org.podium.results.ResultRefused;
import org.podium.results.ResultRefused.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces an event's medallists by an administrator's decision, in one audited transaction. */
@Service
public class MedalReallocation {

    private final ResultsStore store;
    private final Programme programme;
    private final ApplicationEventPublisher events;

    MedalReallocation(ResultsStore store, Programme programme, ApplicationEventPublisher events) {
        this.store = store;
        this.programme = programme;
        this.events = events;
    }

    @Transactional
    public EventOutcome decide(String eventCode, MedalDecision decision, String administrator) {
        var event = programme.event(eventCode);
        if (!event.medal()) {
            throw new ResultRefused(Kind.STATUS_CONFLICT, "", eventCode + " is not a medal event");
        }
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new ResultRefused(Kind.MALFORMED, "reason", "a medal decision needs a reason");
        }
        if (decision.medallists() == null || decision.medallists().isEmpty()) {
            throw new ResultRefused(Kind.MALFORMED, "medallists", "a medal decision names at least one medallist");
        }
        for (var i = 0; i < decision.medallists().size(); i++) {
            var m = decision.medallists().get(i);
            if (m == null || m.medal() == null || blank(m.competitorCode()) || blank(m.competitorName()) || blank(m.noc())) {
                throw new ResultRefused(Kind.MALFORMED, "medallists[" + i + "]", "a medallist has a medal, a code, a name and a NOC");
            }
        }
        var before = store.medallists(eventCode);
        var medallists = decision.medallists().stream()
                .map(m -> new Medallist(eventCode, m.medal(), m.competitorCode(), m.competitorName(), m.noc(),
                        m.unitCode() == null ? "" : m.unitCode()))
                .toList();
        var outcome = new EventOutcome(eventCode, medallists, null);
        store.replaceOutcome(outcome, administrator);
        events.publishEvent(new StaffActionPerformed(administrator, "results.medals.decided", eventCode,
                decision.reason() + " | before: " + describe(before) + " | after: " + describe(medallists), Instant.now()));
        events.publishEvent(new MedalsChanged(eventCode));
        return outcome;
    }

    private static String describe(java.util.List<Medallist> medallists) {
        return medallists.stream().map(m -> m.medal() + " " + m.noc() + " " + m.competitorName()).collect(Collectors.joining(", "));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
