package org.podium.accreditation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Lets journey tests make an active card and change it, as the centre would. */
@Component
public class AccreditationTestSupport {

    private final Requests requests;
    private final Centre centre;
    private final Screening screening;
    private final Cards cards;
    private final Passes passes;
    private final CheckpointScans scans;

    AccreditationTestSupport(Requests requests, Centre centre, Screening screening, Cards cards, Passes passes, CheckpointScans scans) {
        this.scans = scans;
        this.passes = passes;
        this.requests = requests;
        this.centre = centre;
        this.screening = screening;
        this.cards = cards;
    }

    /** A card handed over to a new person of the organisation, in the category: its request id and QR text. */
    public ActiveCard activeCard(String organisation, String category, String familyName) {
        var id = requests.submit(organisation, List.of(new BulkFile.Line(2, new RequestForm(category, familyName, "Sacha", "1988-02-29",
                "Lille", "FRA", "TS" + UUID.randomUUID().toString().substring(0, 10), "2030-01-01", "Team official"))), "support").getFirst();
        return new ActiveCard(id, activate(id));
    }

    /** A request already submitted (a volunteer's, say) taken through the centre to an active card: its QR text. */
    public String activate(UUID id) {
        centre.validate(id, "support");
        screening.send("support", 100_000);
        screening.answer(id + ";F\n", "support");
        centre.approve(id, "support");
        var card = cards.print(id, "support");
        cards.activate(id, "support");
        return card.qr();
    }

    public record ActiveCard(UUID request, String qr) {
    }

    /** An upgrade pass of the card's holder for the zones at the venue on the day: its QR text. */
    public String upgrade(UUID request, String venue, String zones, java.time.LocalDate day) {
        return passes.upgrade(request, venue, zones, day, "support").qr();
    }

    /** The outcomes (ADMITTED or the reason) of the card's checkpoint scans uploaded so far, oldest first. */
    public List<String> scannedOutcomes(UUID card) {
        return scans.of(card, 100).reversed().stream().map(s -> s.reason() == null ? s.decision() : s.reason()).toList();
    }

    public void revoke(UUID request) {
        cards.revoke(request, "test revocation", "support");
    }
}
