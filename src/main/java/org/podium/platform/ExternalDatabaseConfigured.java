package org.podium.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when an operator pointed the platform at an external PostgreSQL (spring.datasource.url or PODIUM_DB_URL). */
final class ExternalDatabaseConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    static final class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new ExternalDatabaseConfigured().matches(context, metadata);
        }
    }
}
