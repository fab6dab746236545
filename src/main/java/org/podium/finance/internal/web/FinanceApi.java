package org.podium.finance.internal.web;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.podium.finance.internal.ledger.FecExport;
import org.podium.finance.internal.ledger.Ledger;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The accountant's API: the ledger's chain check, the trial balance and the year's FEC for a tax audit. */
@RestController
@RequestMapping("/api/staff/finance")
@Tag(name = "Finance", description = "General ledger: chain verification, trial balance, FEC export")
class FinanceApi {

    /** Years the books can hold: the committee's life, with room on both sides. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Ledger ledger;
    private final FecExport fec;

    FinanceApi(Ledger ledger, FecExport fec) {
        this.ledger = ledger;
        this.fec = fec;
    }

    @GetMapping("/ledger/verification")
    @Operation(summary = "Re-read every validated entry and recompute the hash chain; brokenAt names the first entry that does not match")
    Ledger.ChainCheck verify() {
        return ledger.verify();
    }

    @GetMapping("/trial-balance/{year}")
    @Operation(summary = "Debit and credit totals per account over the entries dated in the year")
    List<Ledger.Balance> trialBalance(@PathVariable int year) {
        checkYear(year);
        return ledger.trialBalance(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @GetMapping(value = "/fec/{year}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The fiscal year's FEC (article A47 A-1 LPF): 18 fields separated by |, one line per entry line, "
            + "named <SIREN>FEC<closing date>.txt")
    ResponseEntity<StreamingResponseBody> fec(@PathVariable int year) {
        return fecResponse(fec, year);
    }

    /** The year's FEC as a download, streamed (a year of the Games' books is millions of lines). */
    static ResponseEntity<StreamingResponseBody> fecResponse(FecExport fec, int year) {
        checkYear(year);
        StreamingResponseBody body = out -> fec.write(year, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fec.fileName(year)).build().toString())
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("A fiscal year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
