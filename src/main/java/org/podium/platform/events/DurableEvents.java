package org.podium.platform.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a fact that has no database change of its own (a sign-in attempt, a burst of holds, a
 * waiting room armed in memory) in a transaction of its own, so that its publication is stored
 * and its module listeners hear it, or are retried. A change to the database publishes its events
 * in its own transaction instead, never through this.
 */
@Component
public class DurableEvents {

    private final ApplicationEventPublisher events;

    public DurableEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public void publish(Object event) {
        events.publishEvent(event);
    }
}
