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
 * {@code spring.kafka.bootstrap-servers}). A poll's records are stored before the listener
 * returns, and the container commits the offsets only then: a crash before the commit makes
 * Kafka deliver them again, and the offsets stored with the events ({@link KafkaOffsets}) make
 * that redelivery store nothing twice. A full evaluation queue slows the consumer down (the
 * records wait in the topic). A record that is not a JSON object is counted
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

    // Large polls (one COPY and one commit each) and one consumer per core by default, each on its
    // own partitions: a poll of 500 small records cost a transaction per 500 events.
    @KafkaListener(topics = "${podium.soc.kafka.topic:podium.security-events}", groupId = "${podium.soc.kafka.group:podium-soc}",
            batch = "true", concurrency = "${podium.soc.kafka.consumers:2}",
            properties = {"max.poll.records=5000", "max.partition.fetch.bytes=8388608"})
    void on(List<ConsumerRecord<String, String>> records) {
        var events = new ArrayList<EventIngestion.Record>(records.size());
        for (var record : records) {
            var value = record.value() == null ? null : record.value().strip();
            // What PostgreSQL cannot store (an escaped NUL character) would fail the whole poll's COPY: refused here, alone.
            var checked = value == null ? null : ingestion.check(value);
            var refusal = checked == null ? "no value" : checked.refusal();
            if (refusal != null) {
                meters.counter("podium.soc.events.rejected", "source", "kafka").increment();
                log.warn("Security event refused from {}-{} at offset {}: {}", record.topic(), record.partition(), record.offset(), refusal);
            }
            events.add(new EventIngestion.Record(record.topic(), record.partition(), record.offset(),
                    refusal == null ? new EventStore.NewEvent(value, checked.indexed()) : null));
        }
        ingestion.storeRecords("kafka", events);
    }
}
