package org.podium.results.internal.web;

import java.security.Principal;
import java.time.LocalDateTime;

import org.podium.games.GamesClock;
import org.podium.results.ResultRefused;
import org.podium.results.internal.FeedProperties;
import org.podium.results.internal.GamesReplay;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the results replay: what runs, how the last one ended, start and stop. */
@Controller
class ReplayPages {

    private final GamesReplay replay;
    private final FeedProperties feed;
    private final GamesClock clock;

    ReplayPages(GamesReplay replay, FeedProperties feed, GamesClock clock) {
        this.replay = replay;
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping("/staff/admin/replay")
    String page(Model model) {
        model.addAttribute("status", replay.status());
        model.addAttribute("last", replay.last().orElse(null));
        model.addAttribute("now", clock.now());
        model.addAttribute("clock", clock.setting());
        return "results/replay";
    }

    @PostMapping("/staff/admin/replay")
    String start(@RequestParam LocalDateTime from, @RequestParam LocalDateTime until,
                 @RequestParam(defaultValue = "600") double speed, Principal who, RedirectAttributes flash) {
        try {
            if (!until.isAfter(from)) {
                throw new ResultRefused(ResultRefused.Kind.MALFORMED, "until", "a replay needs from and a later until");
            }
            replay.start(feed.location(), from.atZone(GamesClock.ZONE).toInstant(), until.atZone(GamesClock.ZONE).toInstant(),
                    speed, who.getName());
            flash.addFlashAttribute("started", true);
        } catch (ResultRefused | IllegalArgumentException e) {
            flash.addFlashAttribute("refused", true);
        }
        return "redirect:/staff/admin/replay";
    }

    @PostMapping("/staff/admin/replay/stop")
    String stop(Principal who, RedirectAttributes flash) {
        replay.stop(who.getName());
        flash.addFlashAttribute("stopped", true);
        return "redirect:/staff/admin/replay";
    }
}
