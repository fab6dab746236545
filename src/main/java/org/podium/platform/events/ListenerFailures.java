package org.podium.platform.events;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Keeps the last error of each module listener that threw. The publication registry knows that a
 * publication FAILED and how often it was resubmitted, not why: an operator needs the why. Written
 * in its own transaction, since the listener's rolls back.
 */
class ListenerFailures implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ListenerFailures(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            var target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                    : ClassUtils.getUserClass(invocation.getThis());
            record(listenerId(target, invocation.getMethod()), invocation.getArguments(), failure);
            throw failure;
        }
    }

    /** The identifier the publication registry gives a method listener (Spring's default listener id). */
    static String listenerId(Class<?> target, Method method) {
        return target.getName() + "." + method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    private void record(String listener, Object[] arguments, Throwable failure) {
        var eventType = arguments.length == 0 || arguments[0] == null ? "" : arguments[0].getClass().getName();
        var error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        log.warn("Listener {} failed on {}: {}", listener, eventType, error);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                    insert into platform.listener_failure (listener_id, event_type, last_error, last_failed_at, failures)
                    values (:listener, :type, :error, :at, 1)
                    on conflict (listener_id) do update set event_type = excluded.event_type, last_error = excluded.last_error,
                        last_failed_at = excluded.last_failed_at, failures = platform.listener_failure.failures + 1""")
                    .param("listener", listener).param("type", eventType)
                    .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                    .param("at", Timestamp.from(clock.instant())).update());
        } catch (RuntimeException e) {
            log.warn("Failure of {} not recorded: {}", listener, e.getMessage());
        }
    }
}
