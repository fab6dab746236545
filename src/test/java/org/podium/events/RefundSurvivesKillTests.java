package org.podium.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.ticketing.load.LoadFans;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform as a real process, SIGKILLed after a refund committed and before the gates' listener
 * finished: after a restart the ticket is revoked within seconds. The database is a PostgreSQL
 * server of the test's own, so that it outlives the killed JVM as a production server would, and
 * so that the test can hold the gates' ticket row locked: the listener is then provably stuck
 * when the JVM dies, its publication incomplete in the registry.
 */
class RefundSurvivesKillTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TICKETING = Pattern.compile("^\\s*ticketing\\s+(\\S+)\\s+TICKETING_MANAGER", Pattern.MULTILINE);
    private static final String SESSION = "BCY-20240801-1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRefundCommittedBeforeAKillRevokesTheTicketAfterTheRestart(@TempDir Path work) throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var url = postgres.getJdbcUrl("postgres", "postgres");
            var port = freePort();
            var base = "http://127.0.0.1:" + port;
            var platform = start(work, url, port, "first.log");
            try {
                var password = ticketingPassword(work.resolve("first.log"));
                var fan = new LoadFans(base, http, LoadFans.Mailbox.platformLog(work.resolve("first.log")))
                        .signIn(1, System.nanoTime()).getFirst();
                var order = buyOneTicket(base, fan);
                var ticket = awaitTicketAtTheGates(postgres, order);

                try (var blocker = postgres.getPostgresDatabase().getConnection()) {
                    blocker.setAutoCommit(false);
                    blocker.createStatement().execute("select 1 from gates.ticket where ticket_id = '" + ticket + "' for update");

                    var refund = post(base + "/api/staff/ticketing/orders/" + order + "/refund", "{\"reason\":\"kill test\"}",
                            "Basic " + Base64.getEncoder().encodeToString(("ticketing:" + password).getBytes()));
                    assertThat(refund.statusCode()).as(refund.body()).isEqualTo(200);
                    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gatesListenerWaits(postgres));

                    platform.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no listener completes
                    assertThat(valid(postgres, ticket)).as("the gates never heard the refund").isTrue();
                    assertThat(incompleteRefunds(postgres)).isOne();
                    blocker.rollback();
                }

                var restarted = System.nanoTime();
                platform = start(work, url, port, "second.log");
                var up = System.nanoTime();
                Awaitility.await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(60))
                        .until(() -> !valid(postgres, ticket));
                System.out.printf("After the SIGKILL: restart -> refunded ticket revoked at the gates %.1f s (%.2f s after start-up)%n",
                        (System.nanoTime() - restarted) / 1e9, (System.nanoTime() - up) / 1e9);
                assertThat(revocationReason(postgres, ticket)).isEqualTo("REFUNDED");
                assertThat(incompleteRefunds(postgres)).isZero();
            } finally {
                platform.destroy();
                platform.waitFor();
            }
        }
    }

    private Process start(Path work, String url, int port, String log) throws IOException {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dpodium.events.require-transaction=true");
        command.add("org.podium.PodiumApplication");
        command.add("--spring.datasource.url=" + url);
        command.add("--spring.datasource.username=postgres");
        command.add("--server.port=" + port);
        command.add("--podium.data-dir=" + work.resolve("data"));
        command.add("--podium.demo.enabled=true");
        // No 300,000 demo applicants generated in the background while the restart is measured.
        command.add("--podium.workforce.demo-applicants=0");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(log).toFile()).start();
        Awaitility.await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(90)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform did not start: " + Files.readString(work.resolve(log)));
            }
            return TICKETING.matcher(Files.readString(work.resolve(log))).find();
        });
        return process;
    }

    private static String ticketingPassword(Path log) throws IOException {
        var matcher = TICKETING.matcher(Files.readString(log));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private UUID buyOneTicket(String base, LoadFans.Fan fan) throws Exception {
        for (var category : "CDBA".toCharArray()) {
            var hold = post(base + "/api/fan/holds", "{\"items\":[{\"session\":\"" + SESSION + "\",\"category\":\"" + category
                    + "\",\"quantity\":1}]}", fan);
            if (hold.statusCode() != 201) {
                continue;
            }
            var order = post(base + "/api/fan/holds/" + id(hold.body()) + "/checkout", "{\"holders\":[\"Kill Test\"]}", fan);
            assertThat(order.statusCode()).as(order.body()).isIn(200, 201);
            LoadFans.payAtTheService(http, base, order.body(), "4242424242424242");
            return UUID.fromString(id(order.body()));
        }
        throw new IllegalStateException("No seat of " + SESSION + " could be held");
    }

    private static UUID awaitTicketAtTheGates(EmbeddedPostgres postgres, UUID order) {
        var ticket = new UUID[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (var c = postgres.getPostgresDatabase().getConnection();
                 var rows = c.createStatement().executeQuery("select g.ticket_id from gates.ticket g join ticketing.ticket t"
                         + " on t.id = g.ticket_id where t.order_id = '" + order + "'")) {
                if (rows.next()) {
                    ticket[0] = rows.getObject(1, UUID.class);
                }
                return ticket[0] != null;
            }
        });
        return ticket[0];
    }

    private static boolean gatesListenerWaits(EmbeddedPostgres postgres) throws Exception {
        return single(postgres, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and query like 'update gates.ticket set valid = false%'") > 0 && incompleteRefunds(postgres) == 1;
    }

    private static long incompleteRefunds(EmbeddedPostgres postgres) throws Exception {
        return single(postgres, "select count(*) from event_publication where event_type = 'org.podium.ticketing.OrderRefunded'"
                + " and listener_id like '%gates%' and completion_date is null");
    }

    private static boolean valid(EmbeddedPostgres postgres, UUID ticket) throws Exception {
        return single(postgres, "select count(*) from gates.ticket where valid and ticket_id = '" + ticket + "'") == 1;
    }

    private static String revocationReason(EmbeddedPostgres postgres, UUID ticket) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var rows = c.createStatement().executeQuery("select reason from gates.revocation where ticket_id = '" + ticket + "'")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static long single(EmbeddedPostgres postgres, String sql) throws Exception {
        try (var c = postgres.getPostgresDatabase().getConnection(); var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private HttpResponse<String> post(String url, String json, LoadFans.Fan fan) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", fan.cookie()).header("X-CSRF-TOKEN", fan.csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String id(String json) {
        var matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
