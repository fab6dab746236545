package org.podium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.support.PodiumIntegrationTest;
import org.podium.support.VerifiedFans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A page in one language holds no sentence of the other language's message file and no raw
 * exception text. The outside truth is the two message files themselves: every message whose
 * French and English differ, in pieces of three words or more between its placeholders, must not
 * show on a page of the other language.
 */
@PodiumIntegrationTest
class PageLanguageTests {

    private static final Pattern TAGS = Pattern.compile("<script.*?</script>|<style.*?</style>|<[^>]+>", Pattern.DOTALL);
    private static final Pattern RAW = Pattern.compile("Exception|java\\.|org\\.podium|cents, not|NullPointer|SQL");

    @Autowired MockMvc mvc;
    @Autowired VerifiedFans fans;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "fr, /", "en, /", "fr, /schedule?day=2024-07-28", "en, /schedule?day=2024-07-28", "fr, /sports", "fr, /sports/SWM",
            "fr, /venues", "fr, /venues/stade-de-france", "fr, /medals", "en, /medals", "fr, /medals/events/SWMM100MBR",
            "fr, /events/SWMM100MBR", "fr, /results/units/SWMM100MBR------------FNL-000100--",
            "fr, /commentator/units/SWMM100MBR------------FNL-000100--", "fr, /scoreboard/stade-de-france", "fr, /nocs/FRA",
            "fr, /tickets", "en, /tickets", "fr, /tickets/sessions/STA-20240802-1", "en, /tickets/sessions/STA-20240802-1",
            "fr, /account/login", "en, /account/login", "fr, /account/register", "en, /account/register", "fr, /staff/login",
            "fr, fan:/account", "en, fan:/account", "fr, fan:/account/orders", "fr, fan:/account/wallet", "fr, fan:/account/transfers",
            "fr, admin:/staff", "en, admin:/staff", "fr, admin:/staff/admin/clock", "fr, admin:/staff/audit", "fr, admin:/staff/gates",
            "fr, admin:/staff/soc", "en, admin:/staff/soc", "fr, admin:/staff/soc/events", "fr, admin:/staff/soc/rules",
            "fr, admin:/staff/ticketing", "en, admin:/staff/ticketing", "fr, admin:/staff/tokens",
            "fr, admin:/staff/admin/replay", "en, admin:/staff/admin/replay",
            // Every finance section shows for someone holding the four finance roles.
            "fr, finance:/staff/finance", "en, finance:/staff/finance",
            // Teahupo'o: its capacity was never published, the page says why it is not on sale.
            "fr, /tickets/sessions/TAH-20240727-1", "en, /tickets/sessions/TAH-20240727-1"})
    void holdsNoSentenceOfTheOtherLanguage(String language, String page) throws Exception {
        var path = page.contains(":") ? page.substring(page.indexOf(':') + 1) : page;
        var request = get(path).header("Accept-Language", language).param("lang", language);
        if (page.startsWith("fan:")) {
            var email = "lang-" + UUID.randomUUID() + "@example.org";
            fans.register(email, "Lang Fan", "violet harbour sixty kites", language);
            request = request.with(user(email).roles("FAN"));
        } else if (page.startsWith("admin:")) {
            request = request.with(user("admin").roles("ADMIN"));
        } else if (page.startsWith("finance:")) {
            request = request.with(user("finance-all").roles("ACCOUNTANT", "BUYER", "APPROVER", "TREASURER"));
        }
        var html = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var text = TAGS.matcher(html).replaceAll(" ").replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"")
                .replaceAll("\\s+", " ");
        assertThat(text).as("page text of " + path).hasSizeGreaterThan(100);

        var mine = messages(language.equals("fr") ? "messages_fr" : "messages");
        var other = messages(language.equals("fr") ? "messages" : "messages_fr");
        var found = new ArrayList<String>();
        for (var key : other.stringPropertyNames()) {
            var theirs = other.getProperty(key).replace("''", "'");
            // A message the same in both files is a name or a code, unless it is a sentence (four words
            // or more): then it is a French entry left in English, or the reverse.
            var minimum = theirs.equals(mine.getProperty(key, "").replace("''", "'")) ? 4 : 3;
            for (var piece : theirs.split("\\{\\d+[^}]*}")) {
                var words = piece.trim();
                if (words.split("\\s+").length >= minimum && text.contains(words)) {
                    found.add(key + ": \"" + words + "\"");
                }
            }
        }
        assertThat(found).as("sentences of the other language on " + language + " " + path).isEmpty();
        var raw = RAW.matcher(text);
        assertThat(raw.find() ? raw.group() : null).as("raw exception text on " + path).isNull();
    }

    private static Properties messages(String name) throws IOException {
        var properties = new Properties();
        try (var in = PageLanguageTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
