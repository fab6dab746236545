package org.podium.platform.events;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Catches a module event published with no transaction active. Another module hears it through an
 * {@code @ApplicationModuleListener}, which runs only after a commit: published outside one, the
 * event is silently dropped and the registry has nothing to retry. Module events are the types of a
 * module's base package ({@code org.podium.<module>}); in-module events live in {@code internal}.
 * <p>
 * Strict ({@code podium.events.require-transaction=true}, as in the tests) it throws, so the
 * publisher's test fails; otherwise it logs an error and counts
 * {@code podium.events.outside_transaction} so production keeps serving.
 */
@Component
class EventTransactionGuard {

    private static final Logger log = LoggerFactory.getLogger(EventTransactionGuard.class);
    private static final Pattern MODULE_API = Pattern.compile("org\\.podium\\.[a-z]+");

    private final boolean strict;
    private final Counter outside;

    EventTransactionGuard(@Value("${podium.events.require-transaction:false}") boolean strict, MeterRegistry meters) {
        this.strict = strict;
        this.outside = Counter.builder("podium.events.outside_transaction")
                .description("Module events published with no transaction: lost for after-commit listeners").register(meters);
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    @EventListener
    void on(PayloadApplicationEvent<?> published) {
        check(published.getPayload().getClass(), TransactionSynchronizationManager.isActualTransactionActive());
    }

    void check(Class<?> type, boolean inTransaction) {
        if (inTransaction || !isModuleEvent(type)) {
            return;
        }
        outside.increment();
        var message = type.getName() + " was published with no transaction: after-commit listeners never hear it";
        if (strict) {
            throw new EventOutsideTransaction(message);
        }
        log.error(message);
    }

    static boolean isModuleEvent(Class<?> type) {
        return MODULE_API.matcher(type.getPackageName()).matches() && type.isRecord();
    }

    /** A module event published where no transaction carries it. */
    static final class EventOutsideTransaction extends IllegalStateException {
        EventOutsideTransaction(String message) {
            super(message);
        }
    }
}
