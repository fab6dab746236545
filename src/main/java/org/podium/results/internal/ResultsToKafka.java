package org.podium.results.internal;

import java.util.LinkedHashMap;

import org.podium.results.MedalsChanged;
import org.podium.results.Results;
import org.podium.results.UnitResultPublished;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Results leaving the machine for broadcasters and other data centres: every unit result version
 * and every change of an event's medallists as a JSON record on a Kafka topic, keyed by unit (or
 * event) so that one unit's records stay on one partition, where its versions only go up (a version
 * superseded before its turn is skipped: the API keeps every version). Off unless {@code podium.results.kafka.enabled=true} (with {@code spring.kafka.bootstrap-servers}).
 * Sent after the change is committed, from Modulith's event publication registry, so a broker
 * that was down gets the records when the publication is resubmitted.
 */
@Component
@ConditionalOnProperty(name = "podium.results.kafka.enabled", havingValue = "true")
class ResultsToKafka {

    private final KafkaTemplate<String, String> kafka;
    private final Results results;
    private final ObjectMapper json;
    private final String topic;

    ResultsToKafka(KafkaTemplate<String, String> kafka, Results results, ObjectMapper json,
                   @Value("${podium.results.kafka.topic:podium.results}") String topic) {
        this.kafka = kafka;
        this.results = results;
        this.json = json;
        this.topic = topic;
    }

    /** The highest version sent per unit: listeners run in parallel, the topic must not go backwards. */
    private final java.util.Map<String, Integer> sent = new java.util.concurrent.ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(UnitResultPublished published) throws Exception {
        var failure = new Exception[1];
        sent.compute(published.unitCode(), (unit, last) -> {
            // Sends the unit's latest version, under the unit's entry of the map: versions only go up
            // on the topic; one superseded before its turn is skipped (the API keeps every version).
            var result = results.unitResult(unit);
            if (last != null && result.version() <= last) {
                return last;
            }
            var record = new LinkedHashMap<String, Object>();
            record.put("type", "unit-result");
            record.put("unitCode", unit);
            record.put("eventCode", published.eventCode());
            record.put("version", result.version());
            record.put("status", result.status());
            record.put("at", result.at().toString());
            record.put("result", result);
            try {
                // Waiting for the broker's acknowledgement: a failure leaves the publication incomplete, to be resubmitted.
                kafka.send(topic, unit, json.writeValueAsString(record)).get();
                return result.version();
            } catch (Exception e) {
                failure[0] = e;
                return last;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    @ApplicationModuleListener
    void on(MedalsChanged changed) throws Exception {
        var record = new LinkedHashMap<String, Object>();
        record.put("type", "medallists");
        record.put("eventCode", changed.eventCode());
        record.put("outcome", results.outcome(changed.eventCode()));
        kafka.send(topic, changed.eventCode(), json.writeValueAsString(record)).get();
    }
}
