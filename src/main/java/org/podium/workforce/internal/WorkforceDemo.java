package org.podium.workforce.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the synthetic applicants are generated once, in the background after start-up (never
 * on the start-up path), when there are none yet. Seeded: every demo has the same people.
 */
@Component
class WorkforceDemo {

    static final long SEED = 2024;
    private static final Logger log = LoggerFactory.getLogger(WorkforceDemo.class);

    private final SyntheticApplicants synthetic;
    private final JdbcClient jdbc;
    private final boolean demo;
    private final int count;

    WorkforceDemo(SyntheticApplicants synthetic, JdbcClient jdbc, @Value("${podium.demo.enabled:true}") boolean demo,
                  WorkforceProperties properties) {
        this.synthetic = synthetic;
        this.jdbc = jdbc;
        this.demo = demo;
        this.count = properties.demoApplicants();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!demo || count <= 0) {
            return;
        }
        Thread.ofVirtual().name("workforce-demo").start(() -> {
            try {
                if (jdbc.sql("select exists (select 1 from workforce.applicant where synthetic)").query(Boolean.class).single()) {
                    return;
                }
                var started = System.nanoTime();
                synthetic.generate(count, SEED);
                log.info("Workforce demo: {} synthetic applicants generated in {} ms", count, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Workforce demo applicants not generated: {}", e.getMessage());
            }
        });
    }
}
