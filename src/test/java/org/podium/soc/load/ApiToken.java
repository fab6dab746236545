package org.podium.soc.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/** The load scripts' credentials. */
final class ApiToken {

    private ApiToken() {
    }

    /**
     * A staff API token, issued once with the password: a collector sends with a token, as the API
     * documents, and not with HTTP Basic, whose password hash (BCrypt) would cost every batch ~70 ms of CPU.
     */
    static String issue(String base, String user, String password) throws Exception {
        var basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/staff/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"soc-ingest load\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("No API token: " + response.statusCode() + " " + response.body());
        }
        return "Bearer " + token.group(1);
    }
}
