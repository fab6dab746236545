package org.podium.events;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.podium.audit.StaffActionPerformed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module listener that fails while told to, for staff actions of one marked actor only: the
 * rest of the suite never sees it. Stands for a consumer whose database or broker is down.
 */
@Component
class FlakyAuditConsumer {

    static final String ACTOR = "flaky-listener-test";

    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final AtomicInteger calls = new AtomicInteger();

    // Methods, not fields: the bean is a proxy (the listener is advised), whose own fields are empty.
    void failing(boolean fail) {
        failing.set(fail);
    }

    int calls() {
        return calls.get();
    }

    @ApplicationModuleListener
    void on(StaffActionPerformed action) {
        if (!action.actor().startsWith(ACTOR)) {
            return;
        }
        calls.incrementAndGet();
        if (failing.get()) {
            throw new IllegalStateException("consumer unavailable for " + action.target());
        }
    }
}
