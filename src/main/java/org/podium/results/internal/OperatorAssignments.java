package org.podium.results.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The venues each results operator may send results for. */
@Repository
public class OperatorAssignments {

    private final JdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    OperatorAssignments(JdbcTemplate jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Set<String> venuesOf(String username) {
        return Set.copyOf(jdbc.queryForList("select venue_tag from results.operator_venue where username = ?", String.class,
                username));
    }

    @Transactional
    public void assign(String username, Collection<String> venueTags, String administrator) {
        jdbc.update("delete from results.operator_venue where username = ?", username);
        jdbc.batchUpdate("insert into results.operator_venue (username, venue_tag) values (?, ?)",
                venueTags.stream().map(v -> new Object[] {username, v}).toList());
        events.publishEvent(new org.podium.audit.StaffActionPerformed(administrator, "results.operator.venues", username,
                String.join(",", venueTags), java.time.Instant.now()));
    }
}
