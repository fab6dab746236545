package org.podium.support;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prints, when a test context closes, what its event publication registry holds: publications,
 * completed, resubmitted (publications delivered more than once, and deliveries beyond the first:
 * the registry counts every delivery as a completion attempt),
 * failed. The figure the events issue asks for, from the registry itself rather than from a count
 * kept by the code under test.
 */
@Component
class EventRegistryReport implements DisposableBean {

    private final JdbcClient jdbc;

    EventRegistryReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void destroy() {
        try {
            var row = jdbc.sql("""
                    select count(*), count(completion_date), count(*) filter (where completion_attempts > 1),
                           coalesce(sum(greatest(completion_attempts - 1, 0)), 0),
                           count(*) filter (where completion_date is null and status = 'FAILED'),
                           count(*) filter (where completion_date is null and coalesce(status, 'PUBLISHED') <> 'FAILED')
                    from event_publication""")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)})
                    .single();
            System.out.printf("Event publication registry at context close: %d publications, %d completed, %d resubmitted "
                    + "(%d resubmissions), %d failed, %d still in flight%n", row[0], row[1], row[2], row[3], row[4], row[5]);
        } catch (RuntimeException e) {
            System.out.println("Event publication registry not readable at context close: " + e.getMessage());
        }
    }
}
