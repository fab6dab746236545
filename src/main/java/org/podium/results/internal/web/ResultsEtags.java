package org.podium.results.internal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Broadcasters poll the results feed: an ETag on each answer lets them ask "changed since?" and get
 * a bodiless 304 when nothing moved. Not on the event stream, which must never be buffered.
 */
@Configuration(proxyBeanMethods = false)
class ResultsEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> resultsEtagFilter() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/results/units/*", "/api/results/events/*", "/api/results/medal-table",
                "/api/results/schedule");
        registration.setName("resultsEtags");
        return registration;
    }
}
