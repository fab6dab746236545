package org.podium.platform.events;

import java.time.Clock;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the recording of listener failures around every {@link ApplicationModuleListener}. */
@Configuration(proxyBeanMethods = false)
class EventReliabilityConfiguration {

    @Bean
    static AbstractBeanFactoryAwareAdvisingPostProcessor listenerFailureRecording(ObjectProvider<JdbcClient> jdbc,
            ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<Clock> clock) {
        return new ListenerFailureRecording(new LazyRecorder(jdbc, transactions, clock));
    }

    /** Adds the recorder to every bean with a module listener, innermost (inside @Async and the listener's transaction). */
    private static final class ListenerFailureRecording extends AbstractBeanFactoryAwareAdvisingPostProcessor {
        ListenerFailureRecording(MethodInterceptor recorder) {
            this.advisor = new DefaultPointcutAdvisor(AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class),
                    recorder);
            // Innermost, so the failure is seen on the thread that ran the listener.
            this.beforeExistingAdvisors = false;
        }
    }

    /** The database is looked up at the first listener call: a post-processor must not create it early. */
    private static final class LazyRecorder implements MethodInterceptor {
        private final ObjectProvider<JdbcClient> jdbc;
        private final ObjectProvider<PlatformTransactionManager> transactions;
        private final ObjectProvider<Clock> clock;
        private volatile @Nullable ListenerFailures failures;

        LazyRecorder(ObjectProvider<JdbcClient> jdbc, ObjectProvider<PlatformTransactionManager> transactions,
                     ObjectProvider<Clock> clock) {
            this.jdbc = jdbc;
            this.transactions = transactions;
            this.clock = clock;
        }

        @Override
        public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
            var recorder = failures;
            if (recorder == null) {
                recorder = new ListenerFailures(jdbc.getObject(), transactions.getObject(), clock.getObject());
                failures = recorder;
            }
            return recorder.invoke(invocation);
        }
    }
}
