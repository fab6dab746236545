package org.podium.accreditation.internal;

import java.util.Arrays;

import org.podium.games.Programme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checkpoint scanner: the gates' offline scanner in zone mode, for one venue's zone (gate
 * staff, the centre). It keeps deciding when the network is gone (static/js/scanner.js, card.js).
 */
@Controller
class CheckpointPages {

    private final Programme programme;

    CheckpointPages(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/staff/accreditation/checkpoint")
    String choose(Model model) {
        model.addAttribute("venues", programme.venues());
        return "accreditation/checkpoints";
    }

    @GetMapping("/staff/accreditation/checkpoint/scanner")
    String scanner(@RequestParam String venue, @RequestParam int zone, Model model) {
        if (zone < 1 || zone > 9) {
            throw new IllegalArgumentException("A zone is 1 to 9");
        }
        model.addAttribute("venue", programme.venues().stream().filter(v -> v.tag().equals(venue)).findFirst()
                .orElseThrow(() -> new org.podium.platform.NotFound("venue", venue)));
        model.addAttribute("zone", zone);
        model.addAttribute("reasons", Arrays.stream(Checkpoint.Refusal.values()).map(Enum::name).toList());
        return "accreditation/checkpoint";
    }
}
