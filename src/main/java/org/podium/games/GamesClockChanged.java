package org.podium.games;

/** An administrator set the Games clock; modules that schedule on Games time re-plan. */
public record GamesClockChanged(ClockSetting setting, String by) {
}
