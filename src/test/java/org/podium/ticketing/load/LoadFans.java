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

/** Fan accounts for load scripts: registered and signed in through the real pages, as a person would. */
public final class LoadFans {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public LoadFans(String base, HttpClient http) {
        this.base = base;
        this.http = http;
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
        var password = "load-test-password-" + email.hashCode();
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/account/register")).build(), HttpResponse.BodyHandlers.ofString());
        var cookie = cookie(page, "");
        form("/account/register", cookie, csrf(page.body()), "email=" + enc(email) + "&displayName=Load&password=" + enc(password));
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

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
