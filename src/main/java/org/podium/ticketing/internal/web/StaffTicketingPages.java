package org.podium.ticketing.internal.web;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.platform.BarChart;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.internal.SaleRefused;
import org.podium.ticketing.internal.inventory.Drops;
import org.podium.ticketing.internal.inventory.Prices;
import org.podium.ticketing.internal.inventory.Quotas;
import org.podium.ticketing.internal.order.OrderView;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.sale.SalesFigures;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ticketing manager's pages: phases and draws, drops, a session's live sales, refunds. Times are Paris times on the Games clock. */
@Controller
class StaffTicketingPages {

    private final SalesPhases phases;
    private final Drops drops;
    private final Orders orders;
    private final SalesFigures figures;
    private final Prices prices;
    private final Quotas quotas;

    private final MessageSource messages;
    private final FanAccounts fans;
    private final Programme programme;

    StaffTicketingPages(SalesPhases phases, Drops drops, Orders orders, SalesFigures figures, Prices prices, Quotas quotas,
                        MessageSource messages, FanAccounts fans, Programme programme) {
        this.messages = messages;
        this.fans = fans;
        this.programme = programme;
        this.quotas = quotas;
        this.prices = prices;
        this.phases = phases;
        this.drops = drops;
        this.orders = orders;
        this.figures = figures;
    }

    @GetMapping("/staff/ticketing")
    String overview(@RequestParam(required = false) @Nullable String session, Model model) {
        model.addAttribute("phases", phases.all());
        model.addAttribute("drops", drops.all());
        model.addAttribute("orders", orders.recent(20).stream().map(this::row).toList());
        model.addAttribute("sessionChoices", programme.sessions(null, null));
        var days = figures.byDay();
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("salesDays", days);
        model.addAttribute("salesChart", new BarChart(
                Arrays.stream(PriceCategory.values())
                        .map(c -> messages.getMessage("staffTickets.categoryN", new Object[] {c.name()}, locale)).toList(),
                days.stream().map(d -> new BarChart.Bar(
                        DateTimeFormatter.ofPattern("EEE d MMM", locale).format(d.day()),
                        List.of(d.a(), d.b(), d.c(), d.d()))).toList()));
        model.addAttribute("sellThrough", figures.sellThrough(20));
        model.addAttribute("watched", session);
        if (session != null && !session.isBlank()) {
            model.addAttribute("sales", figures.of(session.trim()));
        }
        return "ticketing/staff";
    }

    /** A recent order as the staff see it: who placed it and for which sessions. */
    record OrderRow(OrderView order, String fanName, String fanEmail, List<String> sessions) {}

    private OrderRow row(Orders.ByFan placed) {
        var fan = fans.find(placed.fan());
        return new OrderRow(placed.order(), fan.map(Fan::displayName).orElse("?"),
                fan.map(Fan::email).orElse(""),
                placed.order().tickets().stream().map(t -> t.session()).distinct().toList());
    }

    @GetMapping("/staff/ticketing/sales")
    String sales(@RequestParam String session, Model model) {
        model.addAttribute("watched", session);
        model.addAttribute("sales", figures.of(session.trim()));
        return "ticketing/staff :: sales";
    }

    @PostMapping("/staff/ticketing/phases")
    String createPhase(@RequestParam String name, @RequestParam SalesPhase.Access access,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                       @RequestParam(defaultValue = "") String sessions,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime registrationOpensAt,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime registrationClosesAt,
                       @RequestParam(defaultValue = "false") boolean packsOnly, Principal principal, RedirectAttributes redirect) {
        List<String> codes = sessions.isBlank() ? null : Arrays.stream(sessions.trim().split("[\\s,]+")).toList();
        return done(redirect, () -> phases.create(new SalesPhases.PhaseSettings(name, access, packsOnly, 3, paris(opensAt),
                paris(closesAt), codes, registrationOpensAt == null ? null : paris(registrationOpensAt),
                registrationClosesAt == null ? null : paris(registrationClosesAt), 48, 1000, 1440), principal.getName()));
    }

    @PostMapping("/staff/ticketing/phases/{id}/draw")
    String draw(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return done(redirect, () -> phases.runDraw(id, principal.getName()));
    }

    @PostMapping("/staff/ticketing/prices")
    String price(@RequestParam String session, @RequestParam PriceCategory category,
                 @RequestParam java.math.BigDecimal euros, Principal principal, RedirectAttributes redirect) {
        return done(redirect, () -> {
            prices.set(session.trim(), category, euros.movePointRight(2).intValueExact(), principal.getName());
            return true;
        });
    }

    @PostMapping("/staff/ticketing/quotas")
    String quotas(@RequestParam String session, @RequestParam double partnerPercent, @RequestParam double heldBackPercent,
                  Principal principal, RedirectAttributes redirect) {
        return done(redirect, () -> {
            quotas.set(session.trim(), partnerPercent / 100, heldBackPercent / 100, principal.getName());
            return true;
        });
    }

    @PostMapping("/staff/ticketing/drops")
    String drop(@RequestParam String session, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime releaseAt,
                Principal principal, RedirectAttributes redirect) {
        return done(redirect, () -> drops.schedule(session.trim(), paris(releaseAt), principal.getName()));
    }

    @PostMapping("/staff/ticketing/drops/{id}/release")
    String release(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return done(redirect, () -> drops.release(id, principal.getName()));
    }

    @PostMapping("/staff/ticketing/orders/{id}/refund")
    String refund(@PathVariable UUID id, @RequestParam String reason, Principal principal, RedirectAttributes redirect) {
        return done(redirect, () -> orders.refund(id, reason, principal.getName()));
    }

    private static java.time.Instant paris(LocalDateTime time) {
        return time.atZone(GamesClock.ZONE).toInstant();
    }

    private String done(RedirectAttributes redirect, java.util.function.Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("done", true);
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
        } catch (org.podium.platform.NotFound notFound) {
            redirect.addFlashAttribute("refusedDetail", notFound.getMessage());
        }
        return "redirect:/staff/ticketing";
    }
}
