package org.podium.ticketing.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * After the kill and restart: every order a fan was told about still exists, no confirmed
 * payment is without its paid order, no seat is sold twice, no hold survived the restart, and
 * paid orders' totals equal their tickets' prices. Exits 1 when any check fails.
 */
public final class SaleCheck {

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var base = args[0];
        var auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        var session = args[3];
        var placed = Files.exists(Path.of(args[4])) ? Files.readAllLines(Path.of(args[4])) : java.util.List.<String>of();
        var http = HttpClient.newHttpClient();
        var missing = 0;
        var statuses = new java.util.TreeMap<String, Integer>();
        for (var id : placed) {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/ticketing/orders/" + id))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                missing++;
                continue;
            }
            var status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(response.body());
            status.find();
            statuses.merge(status.group(1), 1, Integer::sum);
        }
        var ledger = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/ticketing/ledger")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var sales = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/ticketing/sessions/" + session + "/sales"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString()).body();
        var held = Pattern.compile("\"held\":(\\d+)").matcher(sales).results().mapToLong(m -> Long.parseLong(m.group(1))).sum();
        var sold = Pattern.compile("\"sold\":(\\d+)").matcher(sales).results().mapToLong(m -> Long.parseLong(m.group(1))).sum();
        System.out.printf("Orders fans were told about: %d, found after restart: %d, missing: %d, by status now: %s%n",
                placed.size(), placed.size() - missing, missing, statuses);
        System.out.printf("Ledger: %s%n", ledger);
        System.out.printf("Session %s after restart: %d seats sold (pending or paid), %d held%n", session, sold, held);
        var failures = new java.util.ArrayList<String>();
        if (missing > 0) {
            failures.add(missing + " orders lost");
        }
        if (!ledger.contains("\"seatsSoldTwice\":0")) {
            failures.add("a seat sold twice");
        }
        if (!ledger.contains("\"confirmedPaymentsWithoutPaidOrder\":0")) {
            failures.add("a confirmed payment without its paid order");
        }
        var cents = Pattern.compile("\"paidOrderCents\":(\\d+),\"paidTicketCents\":(\\d+)").matcher(ledger);
        if (!cents.find() || !cents.group(1).equals(cents.group(2))) {
            failures.add("paid orders' totals differ from their tickets' prices");
        }
        if (held != 0) {
            failures.add(held + " seats still held after the restart");
        }
        System.out.println(failures.isEmpty() ? "RELIABILITY CHECK PASSED" : "RELIABILITY CHECK FAILED: " + failures);
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
