package org.podium.gates.internal;

import java.security.Principal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanAccounts;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fan's wallet, the gate scanner and the gate operations page. The wallet and the scanner are
 * installable web apps that keep working offline (static/js/wallet.js, scanner.js, offline-sw.js).
 */
@Controller
class GatesPages {

    private final WalletTickets tickets;
    private final GateSessions sessions;
    private final FanAccounts accounts;
    private final Programme programme;
    private final GamesClock gamesClock;

    GatesPages(WalletTickets tickets, GateSessions sessions, FanAccounts accounts, Programme programme, GamesClock gamesClock) {
        this.tickets = tickets;
        this.sessions = sessions;
        this.accounts = accounts;
        this.programme = programme;
        this.gamesClock = gamesClock;
    }

    @GetMapping("/account/wallet")
    String wallet(Principal principal, Model model) {
        var fan = accounts.findByEmail(principal.getName()).orElseThrow(() -> new NotFound("fan", principal.getName()));
        model.addAttribute("tickets", tickets.of(fan.id()));
        return "gates/wallet";
    }

    @GetMapping("/staff/gates")
    String home(Model model) {
        model.addAttribute("upcoming", programme.nextSessions(40));
        model.addAttribute("gamesNow", gamesClock.now());
        return "gates/home";
    }

    @GetMapping("/staff/gates/scanner")
    String scanner(@RequestParam String session, @RequestParam String gate, Model model) {
        if (!gate.matches("[A-Z][0-9]{1,2}")) {
            throw new IllegalArgumentException("A gate is an entrance letter and a number, like B2");
        }
        model.addAttribute("programmeSession", sessions.session(session));
        model.addAttribute("gate", gate);
        return "gates/scanner";
    }

    @GetMapping("/staff/gates/operations/{session}")
    String operations(@PathVariable String session, Model model) {
        var ops = sessions.operations(session);
        model.addAttribute("ops", ops);
        var time = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(org.podium.games.GamesClock.ZONE);
        model.addAttribute("entriesChart", new org.podium.platform.BarChart(ops.entrances(), ops.minutes().stream()
                .map(m -> new org.podium.platform.BarChart.Bar(time.format(m.minute()),
                        ops.entrances().stream().map(e -> (long) m.byEntrance().getOrDefault(e, 0)).toList())).toList()));
        return "gates/operations";
    }

    @PostMapping("/staff/gates/operations/{session}/reentries")
    String reentries(@PathVariable String session, @RequestParam int reentries, Principal principal, RedirectAttributes redirect) {
        return attempt(session, redirect, () -> sessions.setReentries(session, reentries, principal.getName()));
    }

    @PostMapping("/staff/gates/operations/{session}/admit")
    String admit(@PathVariable String session, @RequestParam String ticket, @RequestParam String gate,
                 @RequestParam String document, @RequestParam(required = false) @Nullable String note, Principal principal,
                 RedirectAttributes redirect) {
        return attempt(session, redirect, () -> sessions.admitByIdentityCheck(session, gate, UUID.fromString(ticket.strip()),
                document, note, principal.getName()));
    }

    @PostMapping("/staff/gates/operations/{session}/rotate-key")
    String rotate(@PathVariable String session, @RequestParam(defaultValue = "false") boolean retireOthers, Principal principal,
                  RedirectAttributes redirect) {
        return attempt(session, redirect, () -> sessions.rotateKey(session, retireOthers, principal.getName()));
    }

    private static String attempt(String session, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (IllegalArgumentException | NotFound e) {
            redirect.addFlashAttribute("refusedDetail", e.getMessage());
        }
        return "redirect:/staff/gates/operations/" + session;
    }
}
