package org.podium.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server in the test JVM (GreenMail) that the platform under test sends its mail to:
 * the verification mail travels over SMTP and is read back as a fan would read it.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final GreenMail SMTP = start();
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify\\?token=([A-Za-z0-9_-]+)");

    private static GreenMail start() {
        var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port()).applyTo(context);
    }

    public static int port() {
        return SMTP.getSmtp().getPort();
    }

    /** A mail as its reader sees it. */
    public record Mail(String subject, String body) {
    }

    /** Every mail received for this address so far, oldest first. */
    public static List<Mail> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> addressedTo(m, address)).map(TestMailServer::read).toList();
    }

    /** Waits for the newest verification link sent to the address (sending is asynchronous) and gives it. */
    public static String verificationLink(String address) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(25))
                .until(() -> link(address), Optional::isPresent).orElseThrow();
    }

    /** The token of the newest verification link sent to the address. */
    public static String verificationToken(String address) {
        var matcher = VERIFY_LINK.matcher(verificationLink(address));
        matcher.find();
        return matcher.group(1);
    }

    private static Optional<String> link(String address) {
        return to(address).reversed().stream().map(m -> VERIFY_LINK.matcher(m.body())).filter(java.util.regex.Matcher::find)
                .map(java.util.regex.Matcher::group).findFirst();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            // Decoded as a mail reader shows it (the body travels quoted-printable, with soft line breaks).
            return new Mail(message.getSubject(), message.getContent().toString().replace("\r\n", "\n"));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
