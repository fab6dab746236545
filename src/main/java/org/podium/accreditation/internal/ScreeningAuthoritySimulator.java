package org.podium.accreditation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stands in for the screening authority where there is none (demo, tests): a batch unanswered
 * for {@code podium.accreditation.screening.simulator.delay} gets an answer file, through the same
 * import as the real one. Each person's opinion follows from their request's id, so a run is
 * repeatable: 0.45 % unfavourable (Paris 2024: 4,340 refused of 960,000 examined) and 0.1 % never
 * answered (refused by silence once the legal period has passed). Off with
 * {@code podium.accreditation.screening.simulator.enabled=false} where a real authority answers.
 */
@Component
@ConditionalOnProperty(name = "podium.accreditation.screening.simulator.enabled", havingValue = "true", matchIfMissing = true)
class ScreeningAuthoritySimulator {

    private final JdbcClient jdbc;
    private final Screening screening;
    private final Clock clock;
    private final Duration delay;

    ScreeningAuthoritySimulator(JdbcClient jdbc, Screening screening, Clock clock,
                                @Value("${podium.accreditation.screening.simulator.delay:20s}") Duration delay) {
        this.jdbc = jdbc;
        this.screening = screening;
        this.clock = clock;
        this.delay = delay;
    }

    /** The opinion the simulated authority gives on a request: F, D, or null (no answer). */
    static String opinion(UUID request) {
        var draw = Math.floorMod(request.getLeastSignificantBits() ^ request.getMostSignificantBits(), 10_000L);
        return draw < 45 ? Screening.UNFAVOURABLE : draw < 55 ? null : Screening.FAVOURABLE;
    }

    @Scheduled(fixedDelayString = "${podium.accreditation.screening.simulator.poll:5s}", initialDelayString = "PT10S")
    public void answerDueBatches() {
        var due = jdbc.sql("select id from accreditation.screening_batch where answered_at is null and sent_at <= :due order by id")
                .param("due", Timestamp.from(clock.instant().minus(delay))).query(Long.class).list();
        for (var batch : due) {
            answer(batch);
        }
    }

    /** Answers one batch now: its answer file, imported as the authority's would be. */
    int answer(long batch) {
        var file = new StringBuilder("request;opinion\n");
        jdbc.sql("select id from accreditation.request where screening_batch = :b and status = 'IN_SCREENING' order by id")
                .param("b", batch).query(UUID.class).list().forEach(id -> {
                    var opinion = opinion(id);
                    if (opinion != null) {
                        file.append(id).append(';').append(opinion).append('\n');
                    }
                });
        var answered = screening.answer(file.toString(), "screening-authority");
        jdbc.sql("update accreditation.screening_batch set answered_at = coalesce(answered_at, :now) where id = :b")
                .param("now", Timestamp.from(clock.instant())).param("b", batch).update();
        return answered;
    }
}
