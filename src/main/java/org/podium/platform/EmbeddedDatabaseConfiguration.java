package org.podium.platform;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/** Runs the platform on its own PostgreSQL unless an external one is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfigured.Not.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(PodiumDataProperties properties) {
        return EmbeddedPostgresServer.take(properties);
    }

    /** Depends on the server bean, so the context closes the pool before it stops PostgreSQL. */
    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        pool.setPoolName("podium");
        return pool;
    }
}
