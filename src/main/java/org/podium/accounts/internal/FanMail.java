package org.podium.accounts.internal;

import java.util.Locale;

import org.podium.accounts.Fan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mail to a fan, in the fan's language, over the SMTP server configured with {@code spring.mail.*}.
 * A demo without a mail server writes the message to the log instead, so the link can be followed;
 * outside the demo a missing server is an error (the event is retried), never a silent drop.
 */
@Component
class FanMail {

    private static final Logger log = LoggerFactory.getLogger(FanMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Environment environment;
    private final DemoProperties demo;

    FanMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, Environment environment, DemoProperties demo) {
        this.sender = sender;
        this.messages = messages;
        this.environment = environment;
        this.demo = demo;
    }

    /** The site's address as fans reach it, for links in mail (set {@code podium.site-url} behind a proxy). */
    String siteUrl() {
        return environment.resolvePlaceholders("${podium.site-url:http://localhost:${local.server.port:${server.port:8080}}}");
    }

    void send(Fan to, String key, Object... arguments) {
        var locale = Locale.forLanguageTag(to.language());
        var mail = new SimpleMailMessage();
        mail.setFrom(environment.getProperty("podium.mail.from", "Podium <no-reply@podium.invalid>"));
        mail.setTo(to.email());
        mail.setSubject(messages.getMessage(key + ".subject", null, locale));
        mail.setText(messages.getMessage(key + ".body", arguments, locale));
        var smtp = sender.getIfAvailable();
        if (smtp != null) {
            smtp.send(mail);
        } else if (demo.enabled()) {
            log.info("No mail server configured (spring.mail.host): the demo writes the mail here.\nTo: {}\nSubject: {}\n\n{}",
                    to.email(), mail.getSubject(), mail.getText());
        } else {
            throw new IllegalStateException("no mail server configured (spring.mail.host): cannot send " + key + " mail");
        }
    }
}
