package org.podium.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.podium.results.internal.LiveResults;
import org.podium.support.PodiumKafkaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Results leave the machine on Kafka: a unit's result versions, only ever going up, keyed by unit,
 * and the medallists of the event once the unit is OFFICIAL, as a broadcaster's consumer reads them.
 */
@PodiumKafkaTest
class ResultsKafkaTests {

    private static final String UNIT = "ATHM400M--------------FNL-000100--";

    @Autowired LiveResults live;
    @Value("${spring.embedded.kafka.brokers}") String brokers;

    private static ResultMessage.Line line(String code, String name, String noc, String value) {
        return new ResultMessage.Line(code, name, null, noc, value, "TIME", null, null);
    }

    @Test
    void aUnitsVersionsOnlyGoUpOnTheTopicAndItsMedallistsFollow() {
        live.accept(UNIT, new ResultMessage(ResultStatus.START_LIST, List.of(line("Q1", "QUINCY One", "USA", null),
                line("Q2", "QUINN Two", "BOT", null), line("Q3", "QUAY Three", "GRN", null)), null), "test", true);
        live.accept(UNIT, new ResultMessage(ResultStatus.LIVE, List.of(line("Q1", null, null, "43.40"), line("Q2", null, null, "43.90"),
                line("Q3", null, null, "44.00")), null), "test", true);
        live.accept(UNIT, new ResultMessage(ResultStatus.OFFICIAL, List.of(line("Q1", null, null, "43.40"), line("Q2", null, null, "43.90"),
                line("Q3", null, null, "44.00")), null), "test", true);

        var seen = new ArrayList<String>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "broadcaster-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("podium.results"));
            var deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && (seen.stream().noneMatch(r -> r.contains("\"medallists\"") && r.contains("BOT"))
                    || seen.stream().noneMatch(r -> r.startsWith(UNIT) && r.contains("\"status\":\"OFFICIAL\"")))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (UNIT.equals(record.key()) || "ATHM400M".equals(record.key())) {
                        seen.add(record.key() + " " + record.value());
                    }
                }
            }
        }

        var versions = seen.stream().filter(r -> r.startsWith(UNIT)).map(r -> r.replaceAll(".*\"version\":(\\d+).*", "$1")).toList();
        assertThat(versions).as("versions only go up on the topic").isSortedAccordingTo(java.util.Comparator.comparingInt(Integer::parseInt))
                .doesNotHaveDuplicates().endsWith("3");
        assertThat(seen).anySatisfy(r -> assertThat(r).startsWith(UNIT).contains("\"status\":\"OFFICIAL\"").contains("QUINCY One"));
        assertThat(seen).anySatisfy(r -> assertThat(r).startsWith("ATHM400M ").contains("\"medallists\"").contains("USA").contains("BOT"));
    }
}
