package org.podium.games.internal.web;

import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The Games clock as JSON: anyone may read it, administrators set it. */
@RestController
@Tag(name = "Games clock")
class ClockApi {

    record ClockView(Instant now, OffsetDateTime parisTime, ClockSetting.Mode mode, double speed) {}

    record ClockRequest(ClockSetting.Mode mode, @Nullable OffsetDateTime start, @Nullable Double speed) {}

    private final GamesClock clock;

    ClockApi(GamesClock clock) {
        this.clock = clock;
    }

    @GetMapping("/api/clock")
    ClockView read() {
        var now = clock.now();
        return new ClockView(now, now.atZone(GamesClock.ZONE).toOffsetDateTime(), clock.setting().mode(), clock.setting().speed());
    }

    @PutMapping("/api/admin/clock")
    ClockView set(@RequestBody ClockRequest request, Principal who) {
        if (request.mode() == null) {
            throw new IllegalArgumentException("mode is required: REAL or SIMULATED");
        }
        if (request.mode() == ClockSetting.Mode.REAL) {
            clock.runReal(who.getName());
        } else {
            clock.simulate(requireStart(request.start()), request.speed() == null ? 1 : request.speed(), who.getName());
        }
        return read();
    }

    private static Instant requireStart(@Nullable OffsetDateTime start) {
        if (start == null) {
            throw new IllegalArgumentException("start is required for a SIMULATED clock");
        }
        return start.toInstant();
    }
}
