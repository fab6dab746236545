package org.podium.ticketing.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Fan accounts for load scripts: registered, verified and signed in through the real pages, as a
 * person would. The verification link is read where the platform sent it: a demo platform without
 * a mail server writes its mail to its log, whose path {@code PODIUM_PLATFORM_LOG} gives
 * ({@code bench/platform.sh} sets it).
 */
public final class LoadFans {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/account/verify\\?token=([A-Za-z0-9_-]+)");

    /** Where a fan reads the verification mail: the newest link sent to the address. */
    @FunctionalInterface
    public interface Mailbox {
        String verificationToken(String email) throws Exception;

        /** A demo platform's log, where it writes the mail it cannot send. */
        static Mailbox platformLog(java.nio.file.Path log) {
            return email -> {
                var deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    var text = java.nio.file.Files.readString(log);
                    var to = text.lastIndexOf("To: " + email + "\n");
                    if (to >= 0) {
                        var link = VERIFY_LINK.matcher(text);
                        if (link.find(to)) {
                            return link.group(1);
                        }
                    }
                    Thread.sleep(50);
                }
                throw new IllegalStateException("no verification mail to " + email + " in " + log);
            };
        }
    }

    private final String base;
    private final HttpClient http;
    private final Mailbox mailbox;

    /** For the load scripts: the mail is in the log of the platform they started. */
    public LoadFans(String base, HttpClient http) {
        this(base, http, Mailbox.platformLog(java.nio.file.Path.of(java.util.Objects.requireNonNull(System.getenv("PODIUM_PLATFORM_LOG"),
                "PODIUM_PLATFORM_LOG: the platform's log, where a demo writes its mail"))));
    }

    public LoadFans(String base, HttpClient http, Mailbox mailbox) {
        this.base = base;
        this.http = http;
        this.mailbox = mailbox;
    }

    /** A signed-in fan: the session cookie and the CSRF token the API wants in a header. */
    public record Fan(String cookie, String csrf) {
    }

    public List<Fan> signIn(int count, long run) throws Exception {
        var fans = java.util.Collections.synchronizedList(new ArrayList<Fan>());
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var i = 0; i < count; i++) {
                var email = "load-" + run + "-" + i + "@example.org";
                pool.submit(() -> {
                    fans.add(signIn(email));
                    return null;
                });
            }
        }
        return fans;
    }

    private Fan signIn(String email) throws Exception {
        var password = "lc " + java.util.UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8));
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/account/register")).build(), HttpResponse.BodyHandlers.ofString());
        var cookie = cookie(page, "");
        form("/account/register", cookie, csrf(page.body()), "email=" + enc(email) + "&displayName=Load&password=" + enc(password));
        var token = mailbox.verificationToken(email);
        var verify = http.send(HttpRequest.newBuilder(URI.create(base + "/account/verify?token=" + token)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        cookie = cookie(verify, cookie);
        var verified = form("/account/verify", cookie, csrf(verify.body()), "token=" + token);
        if (!verified.headers().firstValue("Location").orElse("").endsWith("/account/login?verified")) {
            throw new IllegalStateException("verification of " + email + " refused: " + verified.statusCode());
        }
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/account/login")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        cookie = cookie(login, cookie);
        var signedIn = form("/account/login", cookie, csrf(login.body()), "email=" + enc(email) + "&password=" + enc(password));
        cookie = cookie(signedIn, cookie);
        var shop = http.send(HttpRequest.newBuilder(URI.create(base + "/tickets")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        var withForm = shop.body().contains("_csrf") ? shop.body()
                : http.send(HttpRequest.newBuilder(URI.create(base + "/account")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Fan(cookie, csrf(withForm));
    }

    private HttpResponse<String> form(String path, String cookie, String csrf, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String current) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(current);
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static final Pattern PAY_AT = Pattern.compile("\"payAt\":\"[^\"]*/sandbox-pay/(pay_[0-9a-f]+)\"");

    /**
     * Pays an order just placed (the checkout's answer) with a test card, on the payment service's
     * API as its page would: the card goes to the service, not to Podium.
     */
    public static void payAtTheService(HttpClient http, String base, String checkoutAnswer, String card) throws java.io.IOException, InterruptedException {
        var payAt = PAY_AT.matcher(checkoutAnswer);
        if (!payAt.find()) {
            throw new IllegalStateException("no payment page in " + checkoutAnswer);
        }
        var paid = http.send(HttpRequest.newBuilder(URI.create(base + "/sandbox-pay/api/checkouts/" + payAt.group(1) + "/pay"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"card\":\"" + card + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (paid.statusCode() != 202) {
            throw new IllegalStateException("the payment service refused the card: " + paid.statusCode() + " " + paid.body());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
