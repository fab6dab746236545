package org.podium.soc.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * What an analyst needs to judge an incident: each alert's rule (title, author, id), who and where
 * (the accounts and addresses it groups by or names), how many hits, and links to the matching
 * stored events, searched by those fields over the alert's time window.
 */
@Component
class IncidentEvidence {

    /** Fields of Podium's own events that name an account, an address or an object worth searching by. */
    private static final List<String> NAMING = List.of("user", "source.ip", "fan", "actor", "ticket", "order", "payment");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One alert of the incident, with its subjects and where to see its events. */
    record Alert(long id, String title, String ruleId, String author, String level, Instant firstAt, Instant lastAt,
                 @Nullable Integer hits, Map<String, String> subjects, List<Link> events) {
    }

    /** A search of the stored events: the field and value it looks for, and its address. */
    record Link(String field, String value, String href) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IncidentEvidence(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Alert> of(long incident) {
        return jdbc.sql("""
                        select id, title, rule_id, author, level, first_at, last_at, evidence from soc.alert
                        where incident_id = :id order by first_at, id""")
                .param("id", incident)
                .query((rs, n) -> alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
    }

    @SuppressWarnings("unchecked")
    private Alert alert(long id, String title, String ruleId, String author, String level, Instant first, Instant last, String evidence) {
        Map<String, Object> document;
        try {
            document = json.readValue(evidence, Map.class);
        } catch (RuntimeException unreadable) {
            document = Map.of();
        }
        var subjects = new LinkedHashMap<String, String>();
        Integer hits = null;
        if (document.get("group") instanceof Map<?, ?> group) {
            // A correlation: its group-by fields are the subjects, its hit count the count.
            group.forEach((field, value) -> subjects.put(field.toString(), String.valueOf(value)));
            hits = document.get("hits") instanceof Number n ? n.intValue() : null;
        } else {
            for (var field : NAMING) {
                var value = valueAt(document, field);
                if (value != null) {
                    subjects.put(field, value);
                }
            }
        }
        var links = new ArrayList<Link>();
        subjects.forEach((field, value) -> links.add(new Link(field, value, UriComponentsBuilder.fromPath("/staff/soc/events")
                .queryParam("from", first.minus(Duration.ofMinutes(15)).atZone(PARIS).toLocalDateTime().withNano(0))
                .queryParam("to", last.plus(Duration.ofMinutes(1)).atZone(PARIS).toLocalDateTime().withNano(0))
                .queryParam("field", field).queryParam("value", value).build().toUriString())));
        return new Alert(id, title, ruleId, author, level, first, last, hits, subjects, links);
    }

    private static @Nullable String valueAt(Map<String, Object> document, String path) {
        Object node = document;
        for (var part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node == null || node instanceof Map || node instanceof List ? null : node.toString();
    }
}
