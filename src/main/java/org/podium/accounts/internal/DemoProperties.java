package org.podium.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode: at each start, one staff account per role (and one fan) gets a fresh generated
 * password, printed once to the console. Off in production: there, an administrator creates accounts.
 */
@ConfigurationProperties("podium.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled) {
}
