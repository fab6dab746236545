package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.soc.internal.SocTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** The Kafka consumer with the in-JVM broker: records become stored events; a bad record is counted, the rest goes on. */
@org.podium.support.PodiumKafkaTest
class KafkaIngestionTests {

    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired SocTestSupport soc;

    @Test
    void recordsOnTheTopicAreStoredAndABadOneDoesNotStopTheRest() throws Exception {
        var marker = UUID.randomUUID().toString();
        var from = Instant.now().minusSeconds(5);
        var rejectedBefore = soc.rejectedFromKafka();
        kafka.send("podium.security-events", "{\"tag\":\"" + marker + "\",\"n\":1}");
        kafka.send("podium.security-events", "this is not json");
        kafka.send("podium.security-events", "{\"tag\":\"" + marker + "\",\"n\":2}");
        kafka.flush();
        var deadline = System.currentTimeMillis() + 30_000;
        while (soc.eventsTagged(marker, from) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(soc.eventsTagged(marker, from)).isEqualTo(2);
        assertThat(soc.rejectedFromKafka() - rejectedBefore).isEqualTo(1);
    }

    /**
     * Kafka delivers again what was polled before a crash if the offsets were not committed: the
     * offsets stored with the events make that redelivery store nothing twice (records 5 to 9 are
     * delivered twice here, record 7 is not JSON, record 11 holds an escaped NUL character that jsonb cannot store).
     */
    @Test
    void aRedeliveryAfterACrashStoresNoDuplicate() throws Exception {
        var marker = UUID.randomUUID().toString();
        var topic = "podium.security-events.redelivery-" + marker;
        var from = Instant.now().minusSeconds(5);
        java.util.function.IntFunction<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> record = offset ->
                new org.apache.kafka.clients.consumer.ConsumerRecord<>(topic, 0, offset, null,
                        offset == 7 ? "not json" : offset == 11 ? "{\"tag\":\"" + marker + "\",\"nul\":\"a\\u0000b\"}" : "{\"tag\":\"" + marker + "\",\"n\":" + offset + "}");
        soc.deliver(java.util.stream.IntStream.range(0, 10).mapToObj(record).toList());
        soc.deliver(java.util.stream.IntStream.range(5, 15).mapToObj(record).toList());
        soc.deliver(java.util.stream.IntStream.range(0, 15).mapToObj(record).toList());
        assertThat(soc.eventsTagged(marker, from)).isEqualTo(13);
    }
}
