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
        kafka.send("podium.security-events", "{\"tag\":\"" + marker + "\",\"n\":1}");
        kafka.send("podium.security-events", "this is not json");
        kafka.send("podium.security-events", "{\"tag\":\"" + marker + "\",\"n\":2}");
        kafka.flush();
        var deadline = System.currentTimeMillis() + 30_000;
        while (soc.eventsTagged(marker, from) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(soc.eventsTagged(marker, from)).isEqualTo(2);
        assertThat(soc.rejectedFromKafka()).isEqualTo(1);
    }
}
