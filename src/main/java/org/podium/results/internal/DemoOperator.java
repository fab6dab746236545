package org.podium.results.internal;

import org.podium.games.Programme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In demo mode the demo results operator ("results") may send results for every venue. */
@Component
class DemoOperator {

    private final OperatorAssignments assignments;
    private final Programme programme;
    private final boolean demo;

    DemoOperator(OperatorAssignments assignments, Programme programme, @Value("${podium.demo.enabled:false}") boolean demo) {
        this.assignments = assignments;
        this.programme = programme;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void assign() {
        if (demo) {
            assignments.assign("results", programme.venues().stream().map(v -> v.tag()).toList(), "demo-mode");
        }
    }
}
