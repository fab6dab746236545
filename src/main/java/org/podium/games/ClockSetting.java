package org.podium.games;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How Games time relates to real time: REAL follows the wall clock; SIMULATED runs from
 * {@code gamesAnchor}, reached at the real instant {@code realAnchor}, at {@code speed} times real time.
 */
public record ClockSetting(Mode mode, Instant gamesAnchor, Instant realAnchor, double speed) {

    public static final double MAX_SPEED = 100_000;

    public enum Mode { REAL, SIMULATED }

    public ClockSetting {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(gamesAnchor, "gamesAnchor");
        Objects.requireNonNull(realAnchor, "realAnchor");
        if (!(speed > 0 && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("The clock speed must be above 0 and at most " + (long) MAX_SPEED + ": " + speed);
        }
    }

    public static ClockSetting real(Instant realNow) {
        return new ClockSetting(Mode.REAL, realNow, realNow, 1);
    }

    /** Games time {@code gamesStart} now, running at {@code speed}. */
    public static ClockSetting simulated(Instant gamesStart, double speed, Instant realNow) {
        return new ClockSetting(Mode.SIMULATED, gamesStart, realNow, speed);
    }

    public Instant gamesTimeAt(Instant realInstant) {
        if (mode == Mode.REAL) {
            return realInstant;
        }
        var elapsed = Duration.between(realAnchor, realInstant);
        var scaled = (long) (elapsed.toNanos() * speed);
        return gamesAnchor.plusNanos(scaled);
    }
}
