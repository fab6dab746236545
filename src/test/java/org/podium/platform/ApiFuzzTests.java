package org.podium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI-driven fuzz pass: for every operation of {@code /v3/api-docs}, signed in with the
 * role it needs, malformed variants of its path, query and body (wrong types, nulls, NUL and lone
 * surrogate strings, huge numbers and strings, impossible dates, broken JSON, wrong content types,
 * a method it does not have). Each answer must be a 4xx, an {@code application/problem+json} one,
 * and a refused request must write no row. Runs in a Spring context (and database) of its own:
 * a variant the API accepts changes state the other tests must not see.
 */
@PodiumIntegrationTest
@TestPropertySource(properties = "podium.test.context=fuzz")
class ApiFuzzTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DemoAccounts demo;
    @Autowired FanAccounts fans;
    @Autowired JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int sent;

    @Test
    void noMalformedRequestGetsA5xxAndEveryRefusalIsAProblemThatWritesNothing() throws Exception {
        var docs = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        var fan = "fuzz-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(fan, "Fuzz Fan", "a long enough password", "en");
        var operations = 0;
        for (var path : docs.path("paths").propertyNames()) {
            var item = docs.path("paths").path(path);
            var methods = new ArrayList<String>();
            for (var method : item.propertyNames()) {
                var operation = item.path(method);
                if (!operation.has("responses") || streams(operation)) {
                    continue;
                }
                methods.add(method.toUpperCase());
                operations++;
                for (var variant : new FuzzVariants(docs, path, method.toUpperCase(), operation).all()) {
                    send(variant, fan);
                }
            }
            var missing = java.util.Arrays.stream(new String[] {"GET", "POST", "PUT", "DELETE", "PATCH"})
                    .filter(m -> !methods.contains(m)).findFirst();
            if (missing.isPresent() && !methods.isEmpty()) {
                send(new FuzzVariants.Variant("method " + missing.get() + " not declared", HttpMethod.valueOf(missing.get()),
                        FuzzVariants.samplePath(path), null, null), fan);
            }
        }
        send(new FuzzVariants.Variant("unknown route", HttpMethod.GET, "/api/no-such-route", null, null), fan);
        send(new FuzzVariants.Variant("unknown route", HttpMethod.POST, "/api/fan/no-such-route", "{}", MediaType.APPLICATION_JSON_VALUE), fan);

        System.out.printf("API fuzz pass: %d requests over %d operations; answers by status %s; %d failures%n", sent, operations,
                statuses, failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as("5xx answers, refusals that are not problem details, refused requests that wrote rows").isEmpty();
    }

    private static boolean streams(JsonNode operation) {
        return operation.path("responses").toString().contains("text/event-stream");
    }

    private void send(FuzzVariants.Variant variant, String fan) throws Exception {
        var before = nextTransaction();
        var where = abbreviate(variant.method() + " " + variant.uri()) + " [" + variant.what() + "]";
        org.springframework.mock.web.MockHttpServletResponse response;
        sent++;
        try {
            response = mvc.perform(request(variant, fan)).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException escaped) {
            // Escaped every handler: a servlet container answers 500.
            statuses.merge("5xx", 1, Integer::sum);
            failures.add("500 " + where + ": " + abbreviate(String.valueOf(escaped.getRootCause())));
            return;
        }
        var status = response.getStatus();
        statuses.merge(status / 100 + "xx", 1, Integer::sum);
        if (status >= 500) {
            failures.add(status + " " + where + ": " + abbreviate(response.getContentAsString()));
            return;
        }
        if (status >= 400) {
            var type = response.getContentType();
            if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
                failures.add(status + " not a problem (" + type + ") " + where);
            }
            var written = writtenSince(before);
            if (!written.isEmpty()) {
                // A scheduled job may have written at the same moment: the same request again must write again.
                var again = nextTransaction();
                try {
                    mvc.perform(request(variant, fan)).andReturn();
                } catch (jakarta.servlet.ServletException ignored) {
                    // reported above if it recurs
                }
                if (!writtenSince(again).isEmpty()) {
                    failures.add(status + " refused yet wrote " + written + ": " + where);
                }
            }
        }
    }

    private MockHttpServletRequestBuilder request(FuzzVariants.Variant variant, String fan) {
        var builder = MockMvcRequestBuilders.request(variant.method(), URI.create(variant.uri()));
        if (variant.body() != null) {
            builder.content(variant.body());
        }
        if (variant.contentType() != null) {
            builder.contentType(variant.contentType());
        }
        var path = variant.uri();
        if (path.startsWith("/api/admin") || path.startsWith("/api/staff")) {
            var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
            builder.with(httpBasic(admin.username(), admin.password()));
        } else if (path.startsWith("/api/fan")) {
            builder.with(user(fan).roles("FAN")).with(csrf());
        }
        return builder;
    }

    /** The next transaction id PostgreSQL will hand out: it moves only when something is written. */
    private long nextTransaction() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /** The business tables with a row written by a transaction since {@code before}; security events and the SOC aside. */
    private List<String> writtenSince(long before) {
        var after = nextTransaction();
        if (after == before) {
            return List.of();
        }
        var tables = jdbc.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema in ('accounts', 'ticketing', 'gates', 'results', 'games', 'audit')
                """).query(String.class).list();
        var written = new ArrayList<String>();
        for (var table : tables) {
            var rows = jdbc.sql("select count(*) from " + table + " where xmin::text::bigint >= :from and xmin::text::bigint < :to")
                    .param("from", before % (1L << 32)).param("to", after % (1L << 32)).query(Long.class).single();
            if (rows > 0) {
                written.add(table);
            }
        }
        return written;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

}
