package org.podium.games.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RealClockConfiguration {

    /** The wall clock the Games clock is anchored to; tests may supply a fixed one. */
    @Bean
    @ConditionalOnMissingBean
    Clock realClock() {
        return Clock.systemUTC();
    }
}
