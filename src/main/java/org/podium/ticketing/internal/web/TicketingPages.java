package org.podium.ticketing.internal.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.podium.ticketing.internal.inventory.SeatMap;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.Hold;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.HoldBursts;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.sale.WaitingRooms;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.SaleRefused;

/**
 * The fan's ticket shop pages: sessions of a day with what is left, a session's seat map (an SVG
 * of one section with a list of the same seats beside it), the hold with holder names and
 * payment, the fan's orders and draw entries. Refusals are shown on the page in the fan's language.
 */
@Controller
class TicketingPages {

    private final SaleViews views;
    private final Holds holds;
    private final Orders orders;
    private final SalesPhases phases;
    private final FanIdentity fans;
    private final Programme programme;
    private final GamesClock clock;
    private final Inventories inventories;
    private final WaitingRooms rooms;

    private final HoldBursts bursts;

    private final org.springframework.context.MessageSource messages;

    TicketingPages(SaleViews views, Holds holds, Orders orders, SalesPhases phases, FanIdentity fans, Programme programme,
                   GamesClock clock, Inventories inventories, WaitingRooms rooms, HoldBursts bursts, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.bursts = bursts;
        this.rooms = rooms;
        this.views = views;
        this.holds = holds;
        this.orders = orders;
        this.phases = phases;
        this.fans = fans;
        this.programme = programme;
        this.clock = clock;
        this.inventories = inventories;
    }

    @GetMapping("/tickets")
    String shop(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
                @Nullable Principal principal, Model model) {
        var days = programme.days();
        var shown = day != null && days.contains(day) ? day
                : days.stream().filter(d -> !d.isBefore(clock.today())).findFirst().orElse(days.getFirst());
        model.addAttribute("days", days);
        model.addAttribute("day", shown);
        model.addAttribute("sessions", inventories.sessionsOn(shown));
        model.addAttribute("sales", views.day(shown));
        var now = clock.now();
        var draws = phases.all().stream().filter(p -> p.access() == SalesPhase.Access.DRAW).toList();
        var entries = new LinkedHashMap<Long, Map<String, Object>>();
        if (principal != null && isFan(principal)) {
            var fan = fans.of(principal);
            for (var draw : draws) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("registered", phases.isRegistered(draw.id(), fan));
                phases.slot(draw, fan).ifPresent(slot -> entry.put("slot", slot));
                entries.put(draw.id(), entry);
            }
        }
        model.addAttribute("draws", draws.stream().filter(p -> p.acceptsRegistrationsAt(now) || entries.containsKey(p.id())).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("now", now);
        return "ticketing/shop";
    }

    @GetMapping("/tickets/sessions/{code}")
    String session(@PathVariable String code, @RequestParam(defaultValue = "1") int section,
                   @org.springframework.web.bind.annotation.CookieValue(name = WaitingRooms.COOKIE, required = false) @Nullable String queueToken,
                   Model model) {
        var session = inventories.session(code);
        rooms.visited(code);
        var room = rooms.of(code);
        if (room.isPresent() && !room.get().admits(rooms.visitor(queueToken), rooms.now())) {
            return "redirect:/tickets/queue/" + code;
        }
        var availability = views.availability(code);
        model.addAttribute("gamesSession", session);
        model.addAttribute("sale", availability);
        if (availability.sections() > 0) {
            var shown = Math.max(1, Math.min(section, availability.sections()));
            var seats = views.section(code, shown);
            model.addAttribute("section", shown);
            model.addAttribute("seats", seats);
            model.addAttribute("rows", rows(seats));
        }
        model.addAttribute("categories", PriceCategory.values());
        return "ticketing/session";
    }

    /** Seats of a section grouped by row, for the list alternative to the map. */
    private static Map<Integer, List<SaleViews.SeatView>> rows(List<SaleViews.SeatView> seats) {
        var rows = new LinkedHashMap<Integer, List<SaleViews.SeatView>>();
        seats.forEach(s -> rows.computeIfAbsent(s.row(), r -> new ArrayList<>()).add(s));
        return rows;
    }

    @PostMapping("/account/tickets/holds")
    String hold(@RequestParam String session, @RequestParam(required = false) @Nullable PriceCategory category,
                @RequestParam(defaultValue = "0") int quantity, @RequestParam(defaultValue = "0") int wheelchairSpaces,
                @RequestParam(name = "seat", required = false) @Nullable List<String> seats, Principal principal,
                @org.springframework.web.bind.annotation.CookieValue(name = WaitingRooms.COOKIE, required = false) @Nullable String queueToken,
                RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest http) {
        bursts.record(http.getRemoteAddr(), fans.of(principal));
        try {
            rooms.checkAdmitted(session, queueToken, fans.of(principal));
            var item = seats != null && !seats.isEmpty()
                    ? new HoldRequest.Item(session, null, null, null, withCompanions(session, seats))
                    : new HoldRequest.Item(session, category, quantity, wheelchairSpaces, null);
            var hold = holds.hold(fans.of(principal), new HoldRequest(List.of(item)));
            return "redirect:/account/tickets/holds/" + hold.id();
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refused", refused.kind().name());
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
            return "redirect:/tickets/sessions/" + session;
        }
    }

    /** On the page a wheelchair space is one choice: its companion seat comes with it. */
    private List<String> withCompanions(String session, List<String> seats) {
        var map = inventories.of(session).map();
        var all = new java.util.LinkedHashSet<String>();
        for (var id : seats) {
            all.add(id);
            var seat = map.seatOf(id);
            if (seat >= 0 && map.kind(seat) == SeatKind.WHEELCHAIR) {
                all.add(SeatMap.seatId(map.partnerOf(seat)));
            }
        }
        return List.copyOf(all);
    }

    /** A pack being put together: per session, a category and a number of seats; kept in the fan's web session. */
    @SuppressWarnings("unchecked")
    private static java.util.LinkedHashMap<String, HoldRequest.Item> pack(jakarta.servlet.http.HttpSession web) {
        var pack = (java.util.LinkedHashMap<String, HoldRequest.Item>) web.getAttribute("ticketPack");
        if (pack == null) {
            pack = new java.util.LinkedHashMap<>();
            web.setAttribute("ticketPack", pack);
        }
        return pack;
    }

    @PostMapping("/account/tickets/pack/items")
    String addToPack(@RequestParam String session, @RequestParam PriceCategory category, @RequestParam int quantity,
                     jakarta.servlet.http.HttpSession web, RedirectAttributes redirect) {
        if (quantity < 1 || quantity > Holds.MAX_PER_ITEM) {
            redirect.addFlashAttribute("refusedDetail", "1 - " + Holds.MAX_PER_ITEM);
            return "redirect:/tickets/sessions/" + session;
        }
        inventories.session(session); // 404 for an unknown session
        pack(web).put(session, new HoldRequest.Item(session, category, quantity, null, null));
        return "redirect:/account/tickets/pack";
    }

    @PostMapping("/account/tickets/pack/items/{session}/remove")
    String removeFromPack(@PathVariable String session, jakarta.servlet.http.HttpSession web) {
        pack(web).remove(session);
        return "redirect:/account/tickets/pack";
    }

    @GetMapping("/account/tickets/pack")
    String packPage(jakarta.servlet.http.HttpSession web, Model model) {
        var items = new ArrayList<Map<String, Object>>();
        for (var item : pack(web).values()) {
            var session = inventories.session(item.session());
            var line = new LinkedHashMap<String, Object>();
            line.put("session", session);
            line.put("category", item.category());
            line.put("quantity", item.quantity());
            items.add(line);
        }
        model.addAttribute("items", items);
        return "ticketing/pack";
    }

    @PostMapping("/account/tickets/pack/hold")
    String holdPack(jakarta.servlet.http.HttpSession web, Principal principal,
                    @org.springframework.web.bind.annotation.CookieValue(name = WaitingRooms.COOKIE, required = false) @Nullable String queueToken,
                    RedirectAttributes redirect) {
        var pack = pack(web);
        try {
            var fan = fans.of(principal);
            pack.keySet().forEach(session -> rooms.checkAdmitted(session, queueToken, fan));
            var hold = holds.hold(fan, new HoldRequest(List.copyOf(pack.values())));
            pack.clear();
            return "redirect:/account/tickets/holds/" + hold.id();
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refused", refused.kind().name());
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
            return "redirect:/account/tickets/pack";
        }
    }

    /** The waiting room: joins the visitor (a signed token in a cookie) and shows the live position. */
    @GetMapping("/tickets/queue/{code}")
    String queue(@PathVariable String code,
                 @org.springframework.web.bind.annotation.CookieValue(name = WaitingRooms.COOKIE, required = false) @Nullable String queueToken,
                 @RequestParam(required = false) @Nullable String fragment, jakarta.servlet.http.HttpServletResponse response,
                 jakarta.servlet.http.HttpServletRequest request, Model model) {
        var session = inventories.session(code);
        var room = rooms.of(code);
        if (room.isEmpty()) {
            return "redirect:/tickets/sessions/" + code;
        }
        var token = rooms.visitor(queueToken) == null ? null : queueToken;
        if (token == null) {
            token = rooms.newToken();
            var cookie = new jakarta.servlet.http.Cookie(WaitingRooms.COOKIE, token);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
        room.get().join(rooms.visitor(token), rooms.now());
        model.addAttribute("gamesSession", session);
        model.addAttribute("place", room.get().place(rooms.visitor(token), rooms.now()));
        model.addAttribute("admitPerMinute", room.get().admitPerMinute());
        return fragment != null ? "ticketing/queue :: status" : "ticketing/queue";
    }

    @GetMapping("/account/tickets/holds/{id}")
    String heldSeats(@PathVariable UUID id, Principal principal, Model model) {
        var hold = holds.ofFan(fans.of(principal), id);
        model.addAttribute("hold", views.hold(hold));
        model.addAttribute("active", hold.state() == Hold.State.ACTIVE);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "ticketing/hold";
    }

    @PostMapping("/account/tickets/holds/{id}/release")
    String release(@PathVariable UUID id, Principal principal) {
        holds.release(fans.of(principal), id);
        return "redirect:/tickets";
    }

    @PostMapping("/account/tickets/holds/{id}/checkout")
    String checkout(@PathVariable UUID id, @RequestParam String idempotencyKey, @RequestParam(name = "holder") List<String> holders,
                    Principal principal, RedirectAttributes redirect) {
        try {
            // Off to the payment service's page for the card; it sends the fan back to the order.
            var placed = orders.checkout(fans.of(principal), id, idempotencyKey, holders);
            var payAt = placed.order().payAt();
            return "redirect:" + (payAt != null ? payAt : "/account/orders/" + placed.order().id());
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refused", refused.kind().name());
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
            return "redirect:/account/tickets/holds/" + id;
        }
    }

    @GetMapping("/account/orders")
    String myOrders(Principal principal, Model model) {
        model.addAttribute("orders", orders.ofFan(fans.of(principal)));
        return "ticketing/orders";
    }

    @GetMapping("/account/orders/{id}")
    String myOrder(@PathVariable UUID id, Principal principal, Model model) {
        model.addAttribute("order", orders.order(fans.of(principal), id));
        return "ticketing/order";
    }

    @PostMapping("/account/tickets/draws/{phase}")
    String register(@PathVariable long phase, Principal principal, RedirectAttributes redirect) {
        try {
            phases.register(phase, fans.of(principal));
            redirect.addFlashAttribute("registered", phase);
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refused", refused.kind().name());
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/tickets";
    }

    private static boolean isFan(Principal principal) {
        return principal instanceof org.springframework.security.core.Authentication auth
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_FAN"));
    }
}
