package org.podium.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The platform with the in-JVM Kafka broker and every Kafka link switched on (SOC events in,
 * results out). One annotation, so the tests that use it share one context and one broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "podium.ephemeral=true",
        "podium.demo.enabled=false",
        "podium.results.feed.load-on-start=false",
        "spring.datasource.url=",
        "podium.soc.kafka.enabled=true",
        "podium.results.kafka.enabled=true",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.kafka.consumer.auto-offset-reset=earliest"
})
@EmbeddedKafka(partitions = 1, topics = {"podium.security-events", "podium.results"})
@org.springframework.test.context.ContextConfiguration(initializers = TestMailServer.class)
public @interface PodiumKafkaTest {
}
