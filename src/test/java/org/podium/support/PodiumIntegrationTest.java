package org.podium.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole platform on a fresh embedded PostgreSQL with the real migrations and the real
 * programme, on a random port. Every test using it shares one Spring context (and one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "podium.ephemeral=true",
        "podium.demo.enabled=true",
        "spring.datasource.url=",
        // Failing listeners are given up on after three resubmissions, which FailedListenerTests waits for;
        // the scheduled resubmission stays out of its way.
        "podium.events.max-attempts=3",
        "podium.events.resubmit-every=PT1H",
        // The screening authority is simulated by the tests themselves (ScreeningAuthoritySimulator.answer), not on a timer.
        "podium.accreditation.screening.simulator.enabled=false",
        // The workforce tests generate the few synthetic applicants they need; rosters are solved briefly.
        "podium.workforce.demo-applicants=0",
        "podium.workforce.solver.unimproved=PT0.3S",
        "podium.workforce.solver.spent=PT3S"
})
@AutoConfigureMockMvc
// Mail goes over SMTP to a GreenMail server in the test JVM.
@org.springframework.test.context.ContextConfiguration(initializers = TestMailServer.class)
public @interface PodiumIntegrationTest {
}
