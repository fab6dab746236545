package org.podium.accreditation.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode the demo manager accounts (made by the accounts module) act for the French NOC ({@code noc-fra}) and the organiser's workforce ({@code workforce}). */
@Component
class DemoManagers {

    private final Organisations organisations;
    private final boolean demo;

    DemoManagers(Organisations organisations, @Value("${podium.demo.enabled:true}") boolean demo) {
        this.organisations = organisations;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void atStart() {
        if (demo) {
            organisations.assignManager("noc-fra", "FRA");
            organisations.assignManager("workforce", "PAR2024");
        }
    }
}
