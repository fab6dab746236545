package org.podium.accreditation.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode the demo manager account ({@code noc-fra}, made by the accounts module) acts for the French NOC. */
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
        }
    }
}
