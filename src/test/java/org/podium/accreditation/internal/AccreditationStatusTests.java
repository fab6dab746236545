package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.podium.accreditation.AccreditationStatus;

/** The workflow's steps: each allowed one, and that nothing reaches approval without a favourable screening. */
class AccreditationStatusTests {

    @Test
    void eachStatusAllowsExactlyItsNextSteps() {
        assertThat(AccreditationStatus.SUBMITTED.next()).containsExactlyInAnyOrder(AccreditationStatus.VALIDATED,
                AccreditationStatus.REJECTED, AccreditationStatus.WITHDRAWN);
        assertThat(AccreditationStatus.VALIDATED.next()).containsExactlyInAnyOrder(AccreditationStatus.IN_SCREENING,
                AccreditationStatus.REJECTED, AccreditationStatus.WITHDRAWN);
        assertThat(AccreditationStatus.IN_SCREENING.next()).containsExactlyInAnyOrder(AccreditationStatus.FAVOURABLE,
                AccreditationStatus.REFUSED);
        assertThat(AccreditationStatus.FAVOURABLE.next()).containsExactly(AccreditationStatus.APPROVED);
        for (var end : EnumSet.of(AccreditationStatus.REJECTED, AccreditationStatus.REFUSED, AccreditationStatus.APPROVED,
                AccreditationStatus.WITHDRAWN)) {
            assertThat(end.next()).as(end.name()).isEmpty();
        }
    }

    @Test
    void approvalIsReachableOnlyThroughAFavourableOpinion() {
        for (var status : AccreditationStatus.values()) {
            assertThat(status.canBecome(AccreditationStatus.APPROVED)).as(status.name()).isEqualTo(status == AccreditationStatus.FAVOURABLE);
        }
        // Nor can screening be skipped: only a request in screening gets an opinion.
        for (var status : AccreditationStatus.values()) {
            assertThat(status.canBecome(AccreditationStatus.FAVOURABLE)).as(status.name()).isEqualTo(status == AccreditationStatus.IN_SCREENING);
        }
    }

    @Test
    void refusedRejectedAndWithdrawnRequestsGiveTheirQuotaPlaceBack() {
        assertThat(EnumSet.allOf(AccreditationStatus.class).stream().filter(s -> !s.countsInQuota()))
                .containsExactlyInAnyOrder(AccreditationStatus.REJECTED, AccreditationStatus.REFUSED, AccreditationStatus.WITHDRAWN);
        assertThat(Requests.FREED).isEqualTo("('REJECTED', 'REFUSED', 'WITHDRAWN')");
    }
}
