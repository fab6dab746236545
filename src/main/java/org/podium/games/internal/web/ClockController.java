package org.podium.games.internal.web;

import java.security.Principal;
import java.time.LocalDateTime;

import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page to set the Games clock (real time, or a simulated start and speed). */
@Controller
class ClockController {

    private final GamesClock clock;

    ClockController(GamesClock clock) {
        this.clock = clock;
    }

    @GetMapping("/staff/admin/clock")
    String page(Model model) {
        model.addAttribute("setting", clock.setting());
        model.addAttribute("now", clock.now());
        model.addAttribute("local", clock.zonedNow().toLocalDateTime().withSecond(0).withNano(0));
        return "games/clock";
    }

    @PostMapping("/staff/admin/clock")
    String set(@RequestParam ClockSetting.Mode mode,
               @RequestParam(required = false) String start,
               @RequestParam(defaultValue = "1") double speed, Principal who, RedirectAttributes flash) {
        try {
            if (mode == ClockSetting.Mode.REAL) {
                clock.runReal(who.getName());
            } else {
                clock.simulate(requireStart(start).atZone(GamesClock.ZONE).toInstant(), speed, who.getName());
            }
            flash.addFlashAttribute("saved", true);
        } catch (ClockFormRefused e) {
            flash.addFlashAttribute("error", e.key);
        } catch (IllegalArgumentException e) {
            // The clock's own check: a speed above 0 and at most 100,000.
            flash.addFlashAttribute("error", "clock.error.speed");
        }
        return "redirect:/staff/admin/clock";
    }

    /** The browser's datetime-local value, in Paris time, with or without seconds. */
    private static LocalDateTime requireStart(String start) {
        if (start == null || start.isBlank()) {
            throw new ClockFormRefused("clock.error.start");
        }
        try {
            return LocalDateTime.parse(start.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ClockFormRefused("clock.error.format");
        }
    }

    /** A clock form the page refuses, with the message key that says why in the page's language. */
    private static final class ClockFormRefused extends RuntimeException {
        private final String key;

        ClockFormRefused(String key) {
            super(key);
            this.key = key;
        }
    }
}
