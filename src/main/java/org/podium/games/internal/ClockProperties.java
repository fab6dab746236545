package org.podium.games.internal;

import java.time.OffsetDateTime;

import org.podium.games.ClockSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clock a fresh platform starts with, until an administrator sets it.
 *
 * @param mode  REAL or SIMULATED
 * @param start Games time at first start, when SIMULATED
 * @param speed how many Games seconds pass per real second, when SIMULATED
 */
@ConfigurationProperties("podium.clock")
public record ClockProperties(@DefaultValue("SIMULATED") ClockSetting.Mode mode,
                              @DefaultValue("2024-07-27T09:00:00+02:00") OffsetDateTime start,
                              @DefaultValue("1") double speed) {
}
