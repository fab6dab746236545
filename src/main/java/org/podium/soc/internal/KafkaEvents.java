package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Security events from a Kafka topic, for scale-out: collectors on other machines publish one
 * JSON object per record. Off unless {@code podium.soc.kafka.enabled=true} (with
 * {@code spring.kafka.bootstrap-servers}). A record that is not a JSON object is counted
 * ({@code podium.soc.events.rejected}) and logged with its partition and offset; the rest of the
 * poll goes on.
 */
@Component
@ConditionalOnProperty(name = "podium.soc.kafka.enabled", havingValue = "true")
class KafkaEvents {

    private static final Logger log = LoggerFactory.getLogger(KafkaEvents.class);

    private final EventIngestion ingestion;
    private final MeterRegistry meters;

    KafkaEvents(EventIngestion ingestion, MeterRegistry meters) {
        this.ingestion = ingestion;
        this.meters = meters;
    }

    @KafkaListener(topics = "${podium.soc.kafka.topic:podium.security-events}", groupId = "${podium.soc.kafka.group:podium-soc}",
            batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        var good = new ArrayList<String>();
        var documents = new ArrayList<java.util.Map<String, Object>>();
        for (var record : records) {
            var value = record.value();
            var document = value == null ? null : ingestion.object(value);
            if (document != null) {
                good.add(value.strip());
                documents.add(document);
            } else {
                meters.counter("podium.soc.events.rejected", "source", "kafka").increment();
                log.warn("Security event refused from {}-{} at offset {}: not a JSON object", record.topic(), record.partition(),
                        record.offset());
            }
        }
        if (!good.isEmpty()) {
            ingestion.store("kafka", good, documents);
        }
    }
}
