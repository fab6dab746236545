package org.podium.ticketing.internal.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.UUID;

import org.podium.accounts.FanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.change.Transfers;
import org.podium.ticketing.internal.change.Resales;
import org.podium.ticketing.internal.change.ListingStatus;
import org.podium.ticketing.internal.SaleRefused;

/**
 * A fan's tickets changing hands, as pages: give a ticket to another account, answer the offers
 * made to you, list a ticket on the official resale at its face value, buy a resold ticket.
 */
@Controller
class TicketChangePages {

    private final Transfers transfers;
    private final Resales resales;
    private final FanIdentity fans;
    private final Inventories inventories;
    private final JdbcClient jdbc;

    private final org.springframework.context.MessageSource messages;

    TicketChangePages(Transfers transfers, Resales resales, FanIdentity fans, Inventories inventories, JdbcClient jdbc, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.transfers = transfers;
        this.resales = resales;
        this.fans = fans;
        this.inventories = inventories;
        this.jdbc = jdbc;
    }

    /** One of the fan's tickets with what can be done with it now. */
    record Mine(UUID id, String session, String seat, String holder, int priceCents) {
    }

    @GetMapping("/account/tickets/{id}/manage")
    String manage(@PathVariable UUID id, Principal principal, Model model) {
        var fan = fans.of(principal);
        var ticket = jdbc.sql("""
                select id, session_code, seat_id, holder_name, price_cents from ticketing.ticket
                where id = :id and fan_id = :fan and active""")
                .param("id", id).param("fan", fan.value())
                .query((rs, n) -> new Mine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional().orElseThrow(() -> new org.podium.platform.NotFound("ticket", id.toString()));
        model.addAttribute("ticket", ticket);
        model.addAttribute("programmeSession", inventories.session(ticket.session()));
        model.addAttribute("transfer", transfers.outgoing(fan).stream().filter(t -> t.ticket().equals(id)).findFirst().orElse(null));
        model.addAttribute("listing", resales.ofSeller(fan).stream()
                .filter(l -> l.ticket().equals(id) && (l.status() == ListingStatus.LISTED || l.status() == ListingStatus.RESERVED)).findFirst().orElse(null));
        model.addAttribute("resaleClosesAt", resales.closesAt(inventories.session(ticket.session()).startsAt()));
        return "ticketing/manage";
    }

    @PostMapping("/account/tickets/{id}/transfer")
    String offer(@PathVariable UUID id, @RequestParam String email, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, "/account/tickets/" + id + "/manage", () -> transfers.offer(fans.of(principal), id, email));
    }

    @PostMapping("/account/transfers/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam UUID ticket, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, "/account/tickets/" + ticket + "/manage", () -> transfers.cancel(fans.of(principal), id));
    }

    @GetMapping("/account/transfers")
    String incoming(Principal principal, Model model) {
        model.addAttribute("offers", transfers.incoming(fans.of(principal)));
        return "ticketing/transfers";
    }

    @PostMapping("/account/transfers/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam String holder, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, "/account/transfers", () -> {
            transfers.accept(fans.of(principal), id, holder);
            redirect.addFlashAttribute("accepted", true);
        });
    }

    @PostMapping("/account/transfers/{id}/decline")
    String decline(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, "/account/transfers", () -> transfers.decline(fans.of(principal), id));
    }

    @PostMapping("/account/tickets/{id}/resale")
    String list(@PathVariable UUID id, @RequestParam String price, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, "/account/tickets/" + id + "/manage", () -> resales.list(fans.of(principal), id, cents(price)));
    }

    @PostMapping("/account/resale/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam UUID ticket, Principal principal, RedirectAttributes redirect) {
        return attempt(redirect, "/account/tickets/" + ticket + "/manage", () -> resales.withdraw(fans.of(principal), id));
    }

    @GetMapping("/tickets/sessions/{code}/resale")
    String onSale(@PathVariable String code, Model model) {
        model.addAttribute("programmeSession", inventories.session(code));
        model.addAttribute("listings", resales.onSale(code));
        return "ticketing/resale";
    }

    @PostMapping("/account/resale/{id}/buy")
    String buy(@PathVariable UUID id, @RequestParam String holder, Principal principal, RedirectAttributes redirect) {
        var listing = resales.find(id);
        FanId buyer = fans.of(principal);
        try {
            var purchase = resales.buy(buyer, id, holder);
            return "redirect:" + (purchase.payAt() != null ? purchase.payAt() : "/account/orders/" + purchase.order());
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refused", refused.kind().name());
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
            return "redirect:/tickets/sessions/" + listing.session() + "/resale";
        }
    }

    private String attempt(RedirectAttributes redirect, String back, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (SaleRefused refused) {
            redirect.addFlashAttribute("refused", refused.kind().name());
            redirect.addFlashAttribute("refusedDetail", refused.text(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:" + back;
    }

    /** "125", "125.00" or "125,00" euros to cents; anything else is refused as malformed. */
    static int cents(String euros) {
        try {
            return new BigDecimal(euros.strip().replace(',', '.')).movePointRight(2).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "priceInEuros", euros);
        }
    }
}
