package org.podium.ticketing.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Fans buying without pause (hold, checkout, then the sandbox test card on the payment service's API) until the platform
 * stops answering: the kill test (bench/kill-during-sale.sh) SIGKILLs the platform meanwhile.
 * Every order the platform accepted is appended to a file, written before the next request, so
 * the check after the restart knows every order a fan was told about.
 */
public final class SaleUnderLoad {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var base = args[0];
        var clients = Integer.parseInt(args[1]);
        var session = args[2];
        var placed = Path.of(args[3]);
        var ready = Path.of(args[4]);
        var http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(5)).build();
        var fans = new LoadFans(base, http).signIn(clients, System.currentTimeMillis());
        Files.writeString(ready, "signed in\n");
        var orders = new AtomicLong();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var fan : fans) {
                pool.submit(() -> {
                    try {
                        for (var round = 0; round < 1_000; round++) {
                            var hold = send(http, fan, base + "/api/fan/holds", "{\"items\":[{\"session\":\"" + session
                                    + "\",\"category\":\"" + "ABCD".charAt(round % 4) + "\",\"quantity\":1}]}");
                            if (hold.statusCode() == 409) {
                                continue; // a cap or sold out: try another category
                            }
                            if (hold.statusCode() != 201) {
                                return null;
                            }
                            var id = ID.matcher(hold.body());
                            id.find();
                            var order = send(http, fan, base + "/api/fan/holds/" + id.group(1) + "/checkout",
                                    "{\"holders\":[\"Load Buyer\"]}");
                            if (order.statusCode() == 201 || order.statusCode() == 200) {
                                LoadFans.payAtTheService(http, base, order.body(), "4242424242424242");
                                var orderId = ID.matcher(order.body());
                                orderId.find();
                                synchronized (SaleUnderLoad.class) {
                                    Files.writeString(placed, orderId.group(1) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                                }
                                orders.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        // The platform went away: this fan stops.
                    }
                    return null;
                });
            }
        }
        System.out.printf("%d orders placed before the platform stopped answering%n", orders.get());
    }

    private static HttpResponse<String> send(HttpClient http, LoadFans.Fan fan, String url, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", fan.cookie()).header("X-CSRF-TOKEN", fan.csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
