package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.podium.accreditation.AccreditationStatus;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;


/**
 * The card: printed only once approved, a PDF that reads back (its text and its QR code, which
 * decodes to a credential the published key verifies), and what a checkpoint decides for every
 * step of its life and every reason to refuse.
 */
@PodiumIntegrationTest
class CardTests {

    private static final Instant DURING_THE_GAMES = Instant.parse("2024-07-30T10:00:00Z");

    @Autowired Requests requests;
    @Autowired Centre centre;
    @Autowired Screening screening;
    @Autowired Cards cards;
    @Autowired CardKeys keys;
    @Autowired CardPdf pdf;
    @Autowired Organisations organisations;
    @Autowired Categories categories;
    @Autowired Photos photos;

    /** A plain portrait image: what a photo file is to the checks (no face needed). */
    static byte[] image(String format, int width, int height) throws IOException {
        var picture = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new java.awt.Color(0x33, 0x66, 0x99));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    /** A request taken to approval: submitted, validated, screened favourably, approved. */
    private UUID approved(String organisation, String category, String familyName) {
        var id = requests.submit(organisation, List.of(new BulkFile.Line(2, new RequestForm(category, familyName, "Ioana", "1992-09-14", "Cluj",
                "ROU", "RO" + UUID.randomUUID().toString().substring(0, 8), "2030-01-01", "Team doctor"))), "manager").getFirst();
        centre.validate(id, "centre");
        screening.send("centre", 100_000);
        screening.answer(id + ";F\n", "authority");
        centre.approve(id, "centre");
        return id;
    }

    @Autowired RevocationList revocations;

    private Checkpoint checkpoint() {
        return revocations.checkpoint();
    }

    @Test
    void theCardPrintsOnlyOnceApprovedAndItsPdfReadsBackToACredentialThatVerifies() throws Exception {
        var notYet = requests.submit("ROU", List.of(new BulkFile.Line(2, new RequestForm("Ao", "POPESCUNOTYET", "Ana", "1990-01-01", "Iasi",
                "ROU", "RONOTYET1", "2030-01-01", "Coach"))), "manager").getFirst();
        assertThatThrownBy(() -> cards.print(notYet, "centre")).isInstanceOf(Requests.StepRefused.class);

        var id = approved("ROU", "Ao", "ȘTEFĂNESCU");
        photos.upload(id, "ROU", image("jpg", 600, 800), "manager");
        var card = cards.print(id, "centre");
        var request = requests.find(id).orElseThrow();
        var bytes = pdf.render(request, organisations.find("ROU").orElseThrow(), categories.find("Ao").orElseThrow(), card, photos.of(id));
        try (var document = Loader.loadPDF(bytes)) {
            assertThat(images(document)).as("the photo and the QR code").hasSize(2);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ȘTEFĂNESCU").contains("Ioana").contains("Ao  Team official").contains("Romania")
                    .contains("ALL").contains("Zones 1 2   TM OV DIN").contains("Version 1").contains(id.toString());
            var qr = qrOf(document);
            assertThat(qr).isEqualTo(card.qr());
            var read = CardCredential.read(qr).orElseThrow();
            assertThat(read.verifiesWith(keys.published().get(read.credential().keyId()))).isTrue();
            assertThat(read.credential().card()).isEqualTo(id);
            assertThat(read.credential().organisation()).isEqualTo("ROU");
        }
    }

    private static List<PDImageXObject> images(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
        var resources = document.getPage(0).getResources();
        var images = new java.util.ArrayList<PDImageXObject>();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    /** The text of the card's QR code, read from its image as a phone's camera would. */
    private static String qrOf(org.apache.pdfbox.pdmodel.PDDocument document) throws Exception {
        for (var image : images(document)) {
            try {
                return org.podium.support.QrCamera.read(image.getImage());
            } catch (com.google.zxing.ReaderException notThisOne) {
                // the photo
            }
        }
        throw new IOException("No QR code on the card");
    }

    @Test
    void aPhotoIsAPortraitJpegOrPngOfTheMinimumSizeAndNothingElse() throws Exception {
        assertThat(Photos.contentType(image("png", 300, 400))).isEqualTo("image/png");
        assertThat(Photos.contentType(image("jpg", 450, 600))).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> Photos.contentType(image("png", 299, 400))).hasMessage("accreditation.photo.dimensions");
        assertThatThrownBy(() -> Photos.contentType(image("png", 800, 600))).as("landscape").hasMessage("accreditation.photo.dimensions");
        assertThatThrownBy(() -> Photos.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3})).as("a JPEG header and nothing")
                .hasMessage("accreditation.photo.format");
        assertThatThrownBy(() -> Photos.contentType("GIF89a".getBytes())).hasMessage("accreditation.photo.format");
        assertThatThrownBy(() -> Photos.contentType(new byte[Photos.MAX_BYTES + 1])).hasMessage("accreditation.photo.size");
        var id = approved("ROU", "Ao", "FOTOGRAF");
        assertThatThrownBy(() -> photos.upload(id, "FRA", image("png", 300, 400), "manager")).as("another organisation's request")
                .isInstanceOf(org.podium.platform.NotFound.class);
        cards.print(id, "centre");
        assertThatThrownBy(() -> photos.upload(id, "ROU", image("png", 300, 400), "manager")).hasMessage("accreditation.photo.tooLate");
    }

    @Test
    void withPhotosRequiredARequestWithoutOneIsRejectedAtValidation() throws Exception {
        var strict = new Centre(requests, photos, java.time.LocalDate.of(2024, 10, 8), true);
        var ids = requests.submit("ROU", List.of(
                new BulkFile.Line(2, new RequestForm("Ao", "FARAFOTO", "Ana", "1990-01-01", "Iasi", "ROU", "RONOPHOTO1", "2030-01-01", "Coach")),
                new BulkFile.Line(3, new RequestForm("Ao", "CUFOTO", "Ana", "1990-01-02", "Iasi", "ROU", "ROPHOTO02", "2030-01-01", "Coach"))),
                "manager");
        photos.upload(ids.get(1), "ROU", image("png", 300, 400), "manager");
        assertThat(strict.validate(ids.get(0), "centre").reason()).isEqualTo("no photo");
        assertThat(strict.validate(ids.get(1), "centre").status()).isEqualTo(AccreditationStatus.VALIDATED);
    }

    @Test
    void aCheckpointAdmitsOnlyAnActiveCardAndFollowsSuspensionReplacementAndRevocation() {
        var id = approved("ROU", "Ao", "IONESCU");
        var first = cards.print(id, "centre");
        assertThat(checkpoint().decide(first.qr(), "stade-de-france", 1, DURING_THE_GAMES).refusal()).as("printed, not handed over")
                .isEqualTo(Checkpoint.Refusal.REVOKED);
        cards.activate(id, "centre");
        assertThat(checkpoint().decide(first.qr(), "stade-de-france", 1, DURING_THE_GAMES).admitted()).isTrue();
        cards.suspend(id, "inquiry", "centre");
        assertThat(checkpoint().decide(first.qr(), "stade-de-france", 1, DURING_THE_GAMES).refusal()).isEqualTo(Checkpoint.Refusal.REVOKED);
        cards.reinstate(id, "centre");
        assertThat(checkpoint().decide(first.qr(), "stade-de-france", 1, DURING_THE_GAMES).admitted()).isTrue();

        var replacement = cards.print(id, "centre");
        assertThat(replacement.version()).isEqualTo(2);
        cards.activate(id, "centre");
        assertThat(checkpoint().decide(first.qr(), "stade-de-france", 1, DURING_THE_GAMES).refusal()).as("the lost card").isEqualTo(Checkpoint.Refusal.REVOKED);
        assertThat(checkpoint().decide(replacement.qr(), "stade-de-france", 1, DURING_THE_GAMES).admitted()).isTrue();

        cards.revoke(id, "misconduct", "centre");
        assertThat(checkpoint().decide(replacement.qr(), "stade-de-france", 1, DURING_THE_GAMES).refusal()).isEqualTo(Checkpoint.Refusal.REVOKED);
        assertThatThrownBy(() -> cards.reinstate(id, "centre")).as("revocation is final").isInstanceOf(Requests.StepRefused.class);
        assertThat(requests.steps(id)).extracting(Requests.Step::to).endsWith(AccreditationStatus.PRINTED, AccreditationStatus.ACTIVE,
                AccreditationStatus.REVOKED);
    }

    @Test
    void everyReasonToRefuseACard() {
        var official = approved("ROU", "Ao", "DUMITRU");
        var card = cards.print(official, "centre").qr();
        cards.activate(official, "centre");
        var contractor = approved("PAR2024", "W", "LEFEBVRE");
        var noVenue = cards.print(contractor, "centre").qr();
        cards.activate(contractor, "centre");
        var checkpoint = checkpoint();

        assertThat(checkpoint.decide(card, "stade-de-france", 2, DURING_THE_GAMES).admitted()).isTrue();
        assertThat(checkpoint.decide("not a card", "stade-de-france", 1, DURING_THE_GAMES).refusal()).isEqualTo(Checkpoint.Refusal.UNREADABLE);
        // A credential whose base64 text has unused bits in its last character, read as written and spelt otherwise.
        var key = keys.signing();
        var odd = java.util.stream.Stream.of("A", "AB", "ABC").map(organisation -> new CardCredential(key.id(), UUID.randomUUID(), 1,
                        Instant.parse("2024-06-26T00:00:00Z"), Instant.parse("2024-10-09T00:00:00Z"), organisation, "Ao", "ALL", "1 2", "-")
                .signed(key.privateKey())).filter(qr -> (qr.length() - CardCredential.PREFIX.length()) % 4 != 0).findFirst().orElseThrow();
        assertThat(checkpoint.decide(odd, "stade-de-france", 1, DURING_THE_GAMES).admitted()).isTrue();
        assertThat(checkpoint.decide(respelt(odd), "stade-de-france", 1, DURING_THE_GAMES).refusal()).as("the same bytes spelt otherwise")
                .isEqualTo(Checkpoint.Refusal.UNREADABLE);
        assertThat(new Checkpoint(Map.of(), Map.of()).decide(card, "stade-de-france", 1, DURING_THE_GAMES).refusal()).isEqualTo(Checkpoint.Refusal.UNKNOWN_KEY);
        assertThat(checkpoint.decide(tampered(card), "stade-de-france", 1, DURING_THE_GAMES).refusal()).isEqualTo(Checkpoint.Refusal.BAD_SIGNATURE);
        assertThat(checkpoint.decide(card, "stade-de-france", 1, Instant.parse("2024-06-01T10:00:00Z")).refusal()).isEqualTo(Checkpoint.Refusal.NOT_YET_VALID);
        assertThat(checkpoint.decide(card, "stade-de-france", 1, Instant.parse("2024-10-09T10:00:00Z")).refusal()).isEqualTo(Checkpoint.Refusal.EXPIRED);
        assertThat(checkpoint.decide(noVenue, "stade-de-france", 3, DURING_THE_GAMES).refusal()).isEqualTo(Checkpoint.Refusal.VENUE_NOT_ALLOWED);
        assertThat(checkpoint.decide(card, "stade-de-france", 6, DURING_THE_GAMES).refusal()).as("VIP lounges").isEqualTo(Checkpoint.Refusal.ZONE_NOT_ALLOWED);
        assertThat(checkpoint.decide(card, "stade-de-france", 6, DURING_THE_GAMES).card()).isEqualTo(official);
    }

    /** The same bytes in another base64url spelling: the last character's unused low bits set differently. */
    private static String respelt(String qr) {
        var body = qr.substring(CardCredential.PREFIX.length());
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = alphabet.charAt(alphabet.indexOf(body.charAt(body.length() - 1)) ^ 1);
        var respelt = body.substring(0, body.length() - 1) + last;
        assertThat(Base64.getUrlDecoder().decode(respelt)).isEqualTo(Base64.getUrlDecoder().decode(body));
        return CardCredential.PREFIX + respelt;
    }

    /** The same credential with its category changed from Ao to Ac (a chef de mission's zones): the signature no longer matches. */
    private static String tampered(String qr) {
        var bytes = Base64.getUrlDecoder().decode(qr.substring(CardCredential.PREFIX.length()));
        var text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        var at = text.indexOf("\u0002Ao") + 2;
        bytes[at] = 'c';
        var changed = CardCredential.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThat(CardCredential.read(changed).orElseThrow().credential().category()).isEqualTo("Ac");
        return changed;
    }

    @Test
    void theDaysVisaListNamesEveryCardHandedOverThatDay() {
        var id = approved("ROU", "Ao", "VISALIST");
        cards.print(id, "centre");
        assertThat(cards.visaList(java.time.LocalDate.now(org.podium.games.GamesClock.ZONE), "centre")).doesNotContain("VISALIST");
        cards.activate(id, "centre");
        var today = cards.visaList(java.time.LocalDate.now(org.podium.games.GamesClock.ZONE), "centre");
        assertThat(today.lines().findFirst().orElseThrow())
                .isEqualTo("family_name;given_name;birth_date;nationality;document_number;card;version;valid_until");
        assertThat(today).contains("VISALIST;Ioana;1992-09-14;ROU;RO").contains(";" + id + ";1;2024-10-08");
        assertThat(cards.visaList(java.time.LocalDate.now(org.podium.games.GamesClock.ZONE).minusDays(1), "centre")).doesNotContain("VISALIST");
    }

    @Autowired CheckpointScans checkpointScans;

    @Test
    void checkpointScansAreStoredOnceAndAMalformedUploadStoresNothing() {
        var card = UUID.randomUUID();
        var admitted = new CheckpointScans.Scan(UUID.randomUUID(), "stade-de-france", 1, "device-1", card, 1, "ADMITTED", null, DURING_THE_GAMES);
        var refused = new CheckpointScans.Scan(UUID.randomUUID(), "stade-de-france", 6, "device-2", card, 1, "REFUSED", "ZONE_NOT_ALLOWED",
                DURING_THE_GAMES.plusSeconds(60));
        assertThat(checkpointScans.upload(List.of(admitted, refused), "gate")).isEqualTo(new CheckpointScans.Uploaded(2, 0));
        assertThat(checkpointScans.upload(List.of(admitted, refused), "gate")).as("sent again").isEqualTo(new CheckpointScans.Uploaded(0, 2));
        var bad = new CheckpointScans.Scan(UUID.randomUUID(), "stade-de-france", 1, "device-1", card, 1, "REFUSED", "TOO_LATE", DURING_THE_GAMES);
        var fresh = new CheckpointScans.Scan(UUID.randomUUID(), "stade-de-france", 1, "device-1", card, 1, "ADMITTED", null, DURING_THE_GAMES);
        assertThatThrownBy(() -> checkpointScans.upload(List.of(fresh, bad), "gate"))
                .isInstanceOfSatisfying(CheckpointScans.UploadRejected.class, e -> assertThat(e.invalid).extracting(CheckpointScans.Invalid::index)
                        .containsExactly(1));
        assertThat(checkpointScans.of(card, 10)).extracting(CheckpointScans.Scan::nonce).containsExactly(refused.nonce(), admitted.nonce());
    }
}
