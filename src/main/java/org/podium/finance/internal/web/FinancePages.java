package org.podium.finance.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.podium.finance.internal.ActionRefused;
import org.podium.finance.internal.ledger.FecExport;
import org.podium.finance.internal.ledger.FinancialStatements;
import org.podium.finance.internal.ledger.FiscalYears;
import org.podium.finance.internal.ledger.Ledger;
import org.podium.finance.internal.payables.BankStatements;
import org.podium.finance.internal.payables.Invoices;
import org.podium.finance.internal.payables.PaymentRuns;
import org.podium.finance.internal.payables.PaymentTerms;
import org.podium.finance.internal.procurement.Budgets;
import org.podium.finance.internal.procurement.PurchaseOrders;
import org.podium.finance.internal.procurement.Requisitions;
import org.podium.finance.internal.procurement.Suppliers;
import org.podium.finance.internal.sales.CustomerInvoices;
import org.podium.finance.internal.sales.TicketingRevenue;
import org.podium.games.Programme;
import org.podium.platform.BarChart;
import org.podium.platform.FileRejected;
import org.podium.platform.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance pages: one desk whose sections follow the member's roles (the security
 * configuration gives each action to its role): the approval inbox, requisitions and orders,
 * receipts, invoice matching, the supplier file, the budget, payment runs, bank statements and the
 * ledger. Each action answers with a notice or the reasons it was refused.
 */
@Controller
class FinancePages {

    /** A refusal reason as a message key and its argument (after the colon in ActionRefused's reasons). */
    record Reason(String key, String argument) {
        static Reason of(String reason) {
            var colon = reason.indexOf(':');
            return colon < 0 ? new Reason(reason, "") : new Reason(reason.substring(0, colon), reason.substring(colon + 1));
        }
    }

    private static final String HOME = "redirect:/staff/finance";

    private final Suppliers suppliers;
    private final Budgets budgets;
    private final Requisitions requisitions;
    private final PurchaseOrders orders;
    private final Invoices invoices;
    private final PaymentRuns runs;
    private final BankStatements statements;
    private final Ledger ledger;
    private final FecExport fec;
    private final MessageSource messages;
    private final TicketingRevenue ticketing;
    private final FiscalYears years;
    private final CustomerInvoices customerInvoices;
    private final PaymentTerms terms;
    private final Programme programme;
    private final FinancialStatements financialStatements;

    FinancePages(Suppliers suppliers, Budgets budgets, Requisitions requisitions, PurchaseOrders orders, Invoices invoices, PaymentRuns runs,
                 BankStatements statements, Ledger ledger, FecExport fec,
                 MessageSource messages, TicketingRevenue ticketing,
                 FiscalYears years, FinancialStatements financialStatements,
                 CustomerInvoices customerInvoices, PaymentTerms terms,
                 Programme programme) {
        this.programme = programme;
        this.customerInvoices = customerInvoices;
        this.terms = terms;
        this.ticketing = ticketing;
        this.years = years;
        this.financialStatements = financialStatements;
        this.fec = fec;
        this.messages = messages;
        this.suppliers = suppliers;
        this.budgets = budgets;
        this.requisitions = requisitions;
        this.orders = orders;
        this.invoices = invoices;
        this.runs = runs;
        this.statements = statements;
        this.ledger = ledger;
    }

    @GetMapping("/staff/finance")
    String desk(@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "false") boolean verify,
                @RequestParam(required = false) @Nullable String account, Model model, Locale locale) {
        var allOrders = orders.recent();
        var budget = budgets.all();
        model.addAttribute("submitted", allOrders.stream().filter(o -> o.status().equals("SUBMITTED")).toList());
        model.addAttribute("toReceive", allOrders.stream().filter(o -> o.status().equals("APPROVED") && !o.fullyReceived()).toList());
        model.addAttribute("toInvoice", allOrders.stream().filter(o -> o.status().equals("APPROVED")
                && o.lines().stream().anyMatch(l -> l.received().signum() > 0)).toList());
        model.addAttribute("orders", allOrders);
        model.addAttribute("held", invoices.inStatus("HELD"));
        var recentInvoices = invoices.recent();
        model.addAttribute("invoices", recentInvoices);
        // What the law says the committee owes a supplier paid late (or still unpaid after its due date).
        var late = new HashMap<Long, PaymentTerms.LateCharges>();
        for (var invoice : recentInvoices) {
            var paidOrToday = invoice.paidOn() != null ? invoice.paidOn() : LocalDate.now();
            var charges = terms.lateCharges(invoice.gross(), invoice.dueDate(), paidOrToday);
            if (charges.daysLate() > 0) {
                late.put(invoice.id(), charges);
            }
        }
        model.addAttribute("lateCharges", late);
        model.addAttribute("requisitions", requisitions.all().stream().filter(r -> r.status().equals("REQUESTED")).toList());
        model.addAttribute("suppliers", suppliers.all());
        model.addAttribute("budget", budget);
        model.addAttribute("budgetChart", new BarChart(List.of(messages.getMessage("finance.actual", null, locale),
                messages.getMessage("finance.committed", null, locale), messages.getMessage("finance.available", null, locale)), budget.stream()
                .map(b -> new BarChart.Bar(b.code(), List.of(thousands(b.actual()), thousands(b.committed()),
                        Math.max(0, thousands(b.available()))))).toList()));
        model.addAttribute("runs", runs.recent());
        model.addAttribute("unmatched", statements.unmatched());
        var books = year == null ? LocalDate.now().getYear() : Math.clamp(year, 2000, 2100);
        model.addAttribute("year", books);
        // The chain is re-read on request only: it reads every entry.
        model.addAttribute("chain", verify ? ledger.verify() : null);
        model.addAttribute("trialBalance", ledger.trialBalance(LocalDate.of(books, 1, 1), LocalDate.of(books, 12, 31)));
        var names = ledger.accountNames();
        model.addAttribute("accountNames", names);
        model.addAttribute("fiscalYear", years.find(books));
        // The general ledger of the account asked for (a link from the trial balance).
        if (account != null && names.containsKey(account)) {
            model.addAttribute("account", account);
            model.addAttribute("accountLines", ledger.accountLines(account, LocalDate.of(books, 1, 1), LocalDate.of(books, 12, 31)));
        }
        model.addAttribute("spending", budgets.spending(books));
        var venueNames = new LinkedHashMap<String, String>();
        programme.venues().forEach(v -> venueNames.put(v.tag(), v.name(locale)));
        model.addAttribute("venues", venueNames);
        model.addAttribute("income", financialStatements.incomeStatement(books));
        model.addAttribute("sheet", financialStatements.balanceSheet(books));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("ticketingPending", ticketing.pending());
        model.addAttribute("customerInvoices", customerInvoices.recent());
        return "finance/desk";
    }

    private static long thousands(BigDecimal euros) {
        return euros.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValue();
    }

    @PostMapping("/staff/finance/suppliers")
    String createSupplier(@RequestParam String name, @RequestParam String siret, @RequestParam(defaultValue = "") String vat,
                          @RequestParam String iban, @RequestParam(defaultValue = "") String bic, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> suppliers.create(name, siret, vat, iban, bic, who.getName()).name(), "finance.done.supplier");
    }

    @PostMapping("/staff/finance/suppliers/{id}/bank")
    String requestBankChange(@PathVariable long id, @RequestParam String iban, @RequestParam(defaultValue = "") String bic, Principal who,
                             RedirectAttributes redirect) {
        return act(redirect, () -> suppliers.requestBankChange(id, iban, bic, who.getName()).name(), "finance.done.bankRequested");
    }

    @PostMapping("/staff/finance/suppliers/{id}/bank/confirm")
    String confirmBankChange(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> suppliers.confirmBankChange(id, who.getName()).name(), "finance.done.bankChanged");
    }

    @PostMapping("/staff/finance/orders")
    String order(@RequestParam(required = false) @Nullable Long requisition, @RequestParam long supplier, @RequestParam String budgetLine,
                 @RequestParam(required = false) @Nullable String venue, @RequestParam String description, @RequestParam BigDecimal quantity,
                 @RequestParam BigDecimal unitPrice, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> {
            var order = orders.order(requisition, supplier, budgetLine, venue, description,
                    List.of(new PurchaseOrders.LineDraft(description, quantity, unitPrice)), who.getName());
            return "#" + order.id() + " (" + order.approvalsNeeded() + ")";
        }, "finance.done.ordered");
    }

    @PostMapping("/staff/finance/orders/{id}/approval")
    String approveOrder(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> "#" + id + ": " + orders.approve(id, who.getName()).status(), "finance.done.orderApproval");
    }

    @PostMapping("/staff/finance/orders/{id}/rejection")
    String rejectOrder(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> "#" + orders.reject(id, who.getName()).id(), "finance.done.orderRejected");
    }

    @PostMapping("/staff/finance/orders/{id}/receipts")
    String receive(@PathVariable long id, @RequestParam int position, @RequestParam BigDecimal quantity,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> "#" + orders.receive(id, position, quantity, receivedOn, who.getName()).id(), "finance.done.received");
    }

    @PostMapping("/staff/finance/invoices")
    String enterInvoice(@RequestParam long purchaseOrder, @RequestParam String number,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate invoiceDate, @RequestParam List<Integer> position,
                        @RequestParam List<BigDecimal> quantity, @RequestParam List<BigDecimal> unitPrice, @RequestParam BigDecimal vat,
                        Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> {
            if (position.size() != quantity.size() || position.size() != unitPrice.size()) {
                throw new ActionRefused("finance.invoice.lines");
            }
            var lines = new ArrayList<Invoices.LineDraft>();
            for (var i = 0; i < position.size(); i++) {
                if (quantity.get(i).signum() > 0) {
                    lines.add(new Invoices.LineDraft(position.get(i), quantity.get(i), unitPrice.get(i)));
                }
            }
            var invoice = invoices.enter(purchaseOrder, number, invoiceDate, lines, vat, who.getName());
            return invoice.number() + ": " + invoice.match() + ", " + invoice.status();
        }, "finance.done.invoice");
    }

    @PostMapping("/staff/finance/invoices/facturx")
    String importElectronic(@RequestParam long purchaseOrder, @RequestParam MultipartFile invoice, Principal who, RedirectAttributes redirect)
            throws IOException {
        var name = invoice.getOriginalFilename() == null ? "invoice.pdf" : invoice.getOriginalFilename();
        var bytes = invoice.getBytes();
        try {
            return act(redirect, () -> {
                var entered = invoices.importElectronic(purchaseOrder, name, bytes, who.getName());
                return entered.number() + ": " + entered.match() + ", " + entered.status();
            }, "finance.done.invoice");
        } catch (FileRejected rejected) {
            redirect.addFlashAttribute("fileRejected", rejected.getMessage());
            return HOME;
        }
    }

    @PostMapping("/staff/finance/invoices/{id}/approval")
    String approveInvoice(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> invoices.approve(id, who.getName()).number(), "finance.done.invoiceApproved");
    }

    @PostMapping("/staff/finance/runs")
    String prepareRun(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate execution,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> {
            var prepared = runs.prepare(execution, dueBy, who.getName());
            return "#" + prepared.run().id() + ": " + prepared.run().payments() + ", EUR " + prepared.run().total().toPlainString()
                    + (prepared.withheld().isEmpty() ? "" : " (" + prepared.withheld().size() + " withheld)");
        }, "finance.done.runPrepared");
    }

    @PostMapping("/staff/finance/runs/{id}/approval")
    String approveRun(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> runs.approve(id, who.getName()).messageId(), "finance.done.runApproved");
    }

    @GetMapping("/staff/finance/runs/{id}/file")
    ResponseEntity<byte[]> runFile(@PathVariable long id) {
        PaymentRuns.Run run;
        try {
            run = runs.find(id);
        } catch (ActionRefused unknown) {
            throw new NotFound("payment run", Long.toString(id));
        }
        if (run.messageId() == null) {
            throw new NotFound("payment run file", Long.toString(id));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(run.messageId() + ".xml").build().toString())
                .contentType(MediaType.APPLICATION_XML).body(runs.file(id));
    }

    /** The FEC from the page, for an accountant signed in (the API gives the same file to programs). */
    @GetMapping(value = "/staff/finance/fec/{year}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<StreamingResponseBody> fec(@PathVariable int year) {
        return FinanceApi.fecResponse(fec, year);
    }

    /** The accountant posts the ticketing days not yet in the books (the night job does it too), up to yesterday. */
    @PostMapping("/staff/finance/ticketing/postings")
    String postTicketing(RedirectAttributes redirect) {
        return act(redirect, () -> {
            var days = ticketing.postUntil(LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1));
            return Integer.toString(days.stream().mapToInt(d -> d.entries().size()).sum());
        }, "finance.done.ticketing");
    }

    @PostMapping("/staff/finance/customer-invoices")
    String issueCustomerInvoice(@RequestParam String customer, @RequestParam(defaultValue = "") String customerVat, @RequestParam String label,
                                @RequestParam BigDecimal net, @RequestParam BigDecimal vatPercent,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issued,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
                                @RequestParam(defaultValue = "1") int instalments, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> {
            var made = instalments <= 1
                    ? List.of(customerInvoices.issue(customer, customerVat, label, issued, due, net, vatPercent, who.getName()))
                    : customerInvoices.instalments(customer, customerVat, label, net, instalments, due, vatPercent, who.getName());
            return String.join(", ", made.stream().map(i -> i.number()).toList());
        }, "finance.done.customerInvoice");
    }

    @PostMapping("/staff/finance/years/{year}/closing")
    String closeYear(@PathVariable int year, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> Integer.toString(years.close(year, who.getName()).year()), "finance.done.yearClosed");
    }

    @PostMapping("/staff/finance/years/{year}/reopening")
    String reopenYear(@PathVariable int year, @RequestParam String reason, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> Integer.toString(years.reopen(year, reason, who.getName()).year()), "finance.done.yearReopened");
    }

    @PostMapping("/staff/finance/statements")
    String importStatement(@RequestParam MultipartFile statement, Principal who, RedirectAttributes redirect) throws IOException {
        var name = statement.getOriginalFilename() == null ? "statement.xml" : statement.getOriginalFilename();
        var bytes = statement.getBytes();
        try {
            return act(redirect, () -> {
                var done = statements.importStatement(name, bytes, who.getName());
                return done.statementId() + ": " + done.matched() + " / " + done.entries();
            }, "finance.done.statement");
        } catch (FileRejected rejected) {
            redirect.addFlashAttribute("fileRejected", rejected.getMessage());
            return HOME + "#statements";
        }
    }

    @PostMapping("/staff/finance/statements/lines/{id}/settlement")
    String settle(@PathVariable long id, @RequestParam long invoice, Principal who, RedirectAttributes redirect) {
        return act(redirect, () -> {
            statements.settleByHand(id, invoice, who.getName());
            return "#" + invoice;
        }, "finance.done.settled");
    }

    /** Runs an action: a notice with what it returned, or the reasons it was refused. */
    private static String act(RedirectAttributes redirect, Supplier<String> action, String doneKey) {
        try {
            redirect.addFlashAttribute("done", new Reason(doneKey, action.get()));
        } catch (ActionRefused refused) {
            redirect.addFlashAttribute("refused", refused.reasons().stream().map(Reason::of).toList());
        }
        return HOME;
    }
}
