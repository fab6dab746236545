package org.podium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.PodiumApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** What an operator relies on: data survives a restart, and an external PostgreSQL replaces the embedded one. */
class PlatformLifecycleTests {

    /** Settings are given as command-line arguments, which take precedence over application.yml as an operator's would. */
    private static ConfigurableApplicationContext start(String... settings) {
        var args = java.util.Arrays.stream(settings).map(s -> "--" + s).toArray(String[]::new);
        return new SpringApplicationBuilder(PodiumApplication.class)
                .web(WebApplicationType.NONE)
                .properties("podium.demo.enabled=true")
                .run(args);
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        return context.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
    }

    @Test
    void keepsItsDataAcrossARestartWithoutDuplicatingAnything(@TempDir Path dataDir) {
        long units, accounts, imports;
        java.util.List<org.podium.results.RankAgreement> agreement;
        try (var first = start("podium.data-dir=" + dataDir, "spring.datasource.url=")) {
            agreement = first.getBean(org.podium.results.Results.class).lastAgreement();
            units = count(first, "select count(*) from games.unit");
            accounts = count(first, "select count(*) from accounts.staff") + count(first, "select count(*) from accounts.fan");
            imports = count(first, "select count(*) from games.programme_import");
            first.getBean(JdbcClient.class).sql("insert into accounts.fan (id, email, display_name, password_hash, language, created_at)"
                    + " values (gen_random_uuid(), 'kept@example.org', 'Kept', '{noop}x', 'en', now())").update();
        }
        try (var second = start("podium.data-dir=" + dataDir, "spring.datasource.url=")) {
            assertThat(count(second, "select count(*) from games.unit")).isEqualTo(units).isEqualTo(3895);
            assertThat(count(second, "select count(*) from accounts.staff") + count(second, "select count(*) from accounts.fan"))
                    .isEqualTo(accounts + 1);
            assertThat(count(second, "select count(*) from accounts.fan where email = 'kept@example.org'")).isOne();
            assertThat(count(second, "select count(*) from games.programme_import")).isEqualTo(imports);
            // The feed is not imported again (same checksum), yet its rank agreement is still there, as stored.
            assertThat(agreement).isNotEmpty();
            assertThat(second.getBean(org.podium.results.Results.class).lastAgreement()).isEqualTo(agreement);
        }
    }

    @Test
    void refusesADataDirectoryAnotherRunningPlatformUses(@TempDir Path dataDir) throws Exception {
        try (var other = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("podium.data-dir=" + dataDir, "spring.datasource.url="))
                    .hasStackTraceContaining("is in use by another running Podium");
            assertThat(other.getPostgresDatabase().getConnection().isValid(1)).isTrue();
        }
    }

    @Test
    void usesAnExternalPostgresqlWhenOneIsConfiguredAndStartsNoEmbeddedOne() throws Exception {
        try (var external = EmbeddedPostgres.builder().start()) {
            var url = external.getJdbcUrl("postgres", "postgres");
            try (var context = start("spring.datasource.url=" + url, "spring.datasource.username=postgres")) {
                assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(count(context, "select count(*) from games.unit")).isEqualTo(3895);
            }
            try (var direct = external.getPostgresDatabase().getConnection();
                 var rows = direct.createStatement().executeQuery("select count(*) from games.venue")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(35);
            }
        }
    }
}
