package org.podium.soc.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next Kafka offset to store, per topic partition, kept in the database with the events it
 * covers (same transaction): what Kafka delivers again after a crash is recognised and skipped.
 */
@Component
class KafkaOffsets {

    /** A topic partition. */
    record Partition(String topic, int partition) {
    }

    private final JdbcClient jdbc;

    KafkaOffsets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next offset to store for each partition (0 when none stored yet), locked until the transaction ends. */
    Map<Partition, Long> lock(Iterable<Partition> partitions) {
        var next = new HashMap<Partition, Long>();
        for (var partition : partitions) {
            jdbc.sql("insert into soc.kafka_offset (topic, partition, next_offset) values (:topic, :partition, 0) on conflict do nothing")
                    .param("topic", partition.topic()).param("partition", partition.partition()).update();
            next.put(partition, jdbc.sql("select next_offset from soc.kafka_offset where topic = :topic and partition = :partition for update")
                    .param("topic", partition.topic()).param("partition", partition.partition()).query(Long.class).single());
        }
        return next;
    }

    void advance(Partition partition, long next) {
        jdbc.sql("update soc.kafka_offset set next_offset = greatest(next_offset, :next) where topic = :topic and partition = :partition")
                .param("next", next).param("topic", partition.topic()).param("partition", partition.partition()).update();
    }
}
