package org.podium.accreditation.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.podium.games.GamesClock;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The printable card (A6 portrait, one page): the Games' name, the photo (a grey placeholder with
 * the initials when there is none), name, organisation, category, the privilege
 * codes in large type, validity, card number and version, and the signed QR code. Fonts are
 * DejaVu Sans, embedded (every Latin, Greek and Cyrillic name prints as written).
 */
@Component
class CardPdf {

    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(GamesClock.ZONE);

    byte[] render(Requests.Request person, Organisations.Organisation organisation, Category category, Cards.Card card,
                  java.util.Optional<Photos.Photo> photograph) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            PDFont regular;
            PDFont bold;
            try (var r = new ClassPathResource("accreditation/fonts/DejaVuSans.ttf").getInputStream();
                 var b = new ClassPathResource("accreditation/fonts/DejaVuSans-Bold.ttf").getInputStream()) {
                regular = PDType0Font.load(document, r);
                bold = PDType0Font.load(document, b);
            }
            var width = page.getMediaBox().getWidth();
            var height = page.getMediaBox().getHeight();
            var margin = 8 * MM;
            try (var content = new PDPageContentStream(document, page)) {
                // The category's band across the top: the colour an operator sees from afar.
                var colour = colour(category.code());
                content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                content.addRect(0, height - 22 * MM, width, 22 * MM);
                content.fill();
                content.setNonStrokingColor(1f, 1f, 1f);
                text(content, bold, 11, margin, height - 10 * MM, "Paris 2024 · Accreditation");
                text(content, bold, 20, margin, height - 19 * MM, category.code() + "  " + category.name());

                var photo = 30 * MM;
                var photoTop = height - 28 * MM;
                if (photograph.isPresent()) {
                    var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document,
                            photograph.get().image(), "photo");
                    content.drawImage(image, margin, photoTop - photo * 4 / 3, photo, photo * 4 / 3);
                } else {
                    placeholder(content, bold, person, margin, photoTop, photo);
                }
                content.setNonStrokingColor(0f, 0f, 0f);
                var x = margin + photo + 5 * MM;
                text(content, bold, 13, x, photoTop - 6 * MM, person.familyName().toUpperCase(Locale.ROOT));
                text(content, regular, 12, x, photoTop - 12 * MM, person.givenName());
                text(content, regular, 9, x, photoTop - 19 * MM, organisation.name());
                text(content, regular, 9, x, photoTop - 24 * MM, person.function());
                text(content, regular, 8, x, photoTop - 30 * MM, person.nationality());

                var codesY = photoTop - photo * 4 / 3 - 9 * MM;
                text(content, bold, 16, margin, codesY, card.credential().venues().equals("-") ? "—" : card.credential().venues());
                text(content, bold, 16, margin, codesY - 7 * MM, "Zones " + card.credential().zones() + "   " + card.credential().others());
                text(content, regular, 8, margin, codesY - 13 * MM, "Valid " + DAY.format(card.credential().validFrom()) + " – "
                        + DAY.format(card.credential().validUntil().minusSeconds(1)) + " · with a passport, a visa for the Games period");

                var qrSize = 34 * MM;
                content.drawImage(LosslessFactory.createFromImage(document, qr(card.qr())), width - margin - qrSize, margin, qrSize, qrSize);
                text(content, regular, 7, margin, margin + 6 * MM, "Card " + card.request());
                text(content, regular, 7, margin, margin + 2 * MM, "Version " + card.version());
            }
            document.getDocumentInformation().setTitle("Accreditation " + person.familyName() + " " + person.givenName());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The card could not be rendered", e);
        }
    }

    /** Without a photo (demo data has none): the initials on grey, drawn rather than an image (AWT text needs fonts a server may lack). */
    private static void placeholder(PDPageContentStream content, PDFont bold, Requests.Request person, float left, float top, float width)
            throws IOException {
        content.setNonStrokingColor(0.87f, 0.87f, 0.87f);
        content.addRect(left, top - width * 4 / 3, width, width * 4 / 3);
        content.fill();
        content.setNonStrokingColor(0.33f, 0.33f, 0.33f);
        var initials = (person.givenName().isEmpty() ? "" : person.givenName().substring(0, 1)) + person.familyName().substring(0, 1);
        var initialsWidth = bold.getStringWidth(initials) / 1000 * 28;
        text(content, bold, 28, left + (width - initialsWidth) / 2, top - width * 2 / 3 - 5 * MM, initials);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static final Map<String, float[]> COLOURS = Map.of("Aa", new float[] {0.78f, 0.1f, 0.1f}, "Ac", new float[] {0.55f, 0.1f, 0.45f},
            "Ao", new float[] {0.85f, 0.35f, 0.05f}, "E", new float[] {0.05f, 0.35f, 0.7f}, "EP", new float[] {0.05f, 0.45f, 0.6f},
            "RT", new float[] {0.1f, 0.5f, 0.25f}, "W", new float[] {0.3f, 0.3f, 0.3f}, "V", new float[] {0.15f, 0.4f, 0.55f});

    private static float[] colour(String category) {
        return COLOURS.getOrDefault(category, new float[] {0.2f, 0.2f, 0.45f});
    }

    /** The QR code of a text as a PNG (a pass shown on a page, printed from the browser). */
    static byte[] qrPng(String text) {
        try (var out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(qr(text), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage qr(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var scale = 6;
            var image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (var y = 0; y < image.getHeight(); y++) {
                for (var x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code not made", e);
        }
    }
}
