package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.podium.support.QrCamera;

/** The card's QR encoder draws codes a checkpoint's camera reads back, whatever the card's text. */
class CardQrTests {

    private static final char[] BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    @Test
    void everyCardLengthCodeIsReadBackToItsText() throws Exception {
        var random = new Random(20241205);
        var unread = new ArrayList<String>();
        for (var i = 0; i < 300; i++) {
            var text = new StringBuilder("PODC1.");
            var length = 150 + random.nextInt(150);
            for (var j = 0; j < length; j++) {
                text.append(BASE64URL[random.nextInt(BASE64URL.length)]);
            }
            var drawn = ImageIO.read(new ByteArrayInputStream(CardPdf.qrPng(text.toString())));
            try {
                assertThat(QrCamera.read(drawn)).isEqualTo(text.toString());
            } catch (com.google.zxing.ReaderException missed) {
                unread.add(text.toString());
            }
        }
        assertThat(unread).as("codes no frame of the camera read").isEmpty();
    }
}
