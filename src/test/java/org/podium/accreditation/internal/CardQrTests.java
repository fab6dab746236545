package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.podium.support.QrCamera;

/** The card's QR encoder draws codes a checkpoint's camera reads back, whatever the card's text. */
class CardQrTests {

    @Test
    void everyCardLengthCodeIsReadBackToItsText() throws Exception {
        var random = new Random(20241205);
        var unread = new ArrayList<String>();
        for (var i = 0; i < 300; i++) {
            // a signed card's length: its body and a 64-byte signature, in base64url after the prefix
            var signed = new byte[110 + random.nextInt(110)];
            random.nextBytes(signed);
            var text = CardCredential.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
            var drawn = ImageIO.read(new ByteArrayInputStream(CardPdf.qrPng(text)));
            try {
                assertThat(QrCamera.read(drawn)).isEqualTo(text);
            } catch (com.google.zxing.ReaderException missed) {
                unread.add(text);
            }
        }
        assertThat(unread).as("codes no frame of the camera read").isEmpty();
    }
}
