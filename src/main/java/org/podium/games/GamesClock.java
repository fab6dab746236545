package org.podium.games;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.internal.ClockSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's "now" during the Games, real or simulated, used by every module to know what is
 * today, what is live and when things open. Games days are reckoned in Paris time.
 */
@Service
public class GamesClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final ClockSettings settings;
    private final Clock realClock;
    private final ApplicationEventPublisher events;
    private volatile ClockSetting current;

    GamesClock(ClockSettings settings, Clock realClock, ApplicationEventPublisher events) {
        this.settings = settings;
        this.realClock = realClock;
        this.events = events;
        this.current = settings.loadOrInitialise(realClock.instant());
    }

    public Instant now() {
        return current.gamesTimeAt(realClock.instant());
    }

    public ZonedDateTime zonedNow() {
        return now().atZone(ZONE);
    }

    public LocalDate today() {
        return zonedNow().toLocalDate();
    }

    public ClockSetting setting() {
        return current;
    }

    /** Games time follows the wall clock from now on. */
    @Transactional
    public ClockSetting runReal(String actor) {
        return set(ClockSetting.real(realClock.instant()), actor);
    }

    /** Games time is {@code gamesStart} now and runs at {@code speed} times real time. */
    @Transactional
    public ClockSetting simulate(Instant gamesStart, double speed, String actor) {
        return set(ClockSetting.simulated(gamesStart, speed, realClock.instant()), actor);
    }

    /** Sets the clock for everyone, records who did it and tells the other modules. */
    @Transactional
    public ClockSetting set(ClockSetting setting, String actor) {
        settings.save(setting, actor, realClock.instant());
        current = setting;
        events.publishEvent(new GamesClockChanged(setting, actor));
        events.publishEvent(new StaffActionPerformed(actor, "games.clock.set", "clock",
                setting.mode() + " from " + setting.gamesAnchor() + " at x" + setting.speed(), realClock.instant()));
        return setting;
    }
}
