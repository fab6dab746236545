package org.podium.ticketing.internal.sale;

import java.time.OffsetDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a fresh platform opens a first-come-first-served sale of every session for the whole
 * Games period on the Games clock, so that a visitor can buy a ticket at once. A manager adds
 * draws, packs and drops on top.
 */
@Component
@ConditionalOnProperty(name = "podium.demo.enabled", havingValue = "true")
class DemoSale {

    private final SalesPhases phases;

    DemoSale(SalesPhases phases) {
        this.phases = phases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openSale() {
        if (!phases.all().isEmpty()) {
            return;
        }
        phases.create(new SalesPhases.PhaseSettings("Open sale (demo)", SalesPhase.Access.OPEN, false, 3,
                OffsetDateTime.parse("2024-05-01T10:00:00+02:00").toInstant(),
                OffsetDateTime.parse("2024-09-09T00:00:00+02:00").toInstant(), null, null, null, 48, 1000, 1440), "demo");
    }
}
