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
        assertThat(AccreditationStatus.APPROVED.next()).containsExactly(AccreditationStatus.PRINTED);
        assertThat(AccreditationStatus.PRINTED.next()).containsExactlyInAnyOrder(AccreditationStatus.ACTIVE, AccreditationStatus.PRINTED,
                AccreditationStatus.REVOKED);
        assertThat(AccreditationStatus.ACTIVE.next()).containsExactlyInAnyOrder(AccreditationStatus.SUSPENDED, AccreditationStatus.PRINTED,
                AccreditationStatus.REVOKED);
        assertThat(AccreditationStatus.SUSPENDED.next()).containsExactlyInAnyOrder(AccreditationStatus.ACTIVE, AccreditationStatus.REVOKED);
        for (var end : EnumSet.of(AccreditationStatus.REJECTED, AccreditationStatus.REFUSED, AccreditationStatus.REVOKED,
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
    void noCardIsPrintedOrOpensAnythingWithoutApproval() {
        for (var status : AccreditationStatus.values()) {
            var printable = status.canBecome(AccreditationStatus.PRINTED);
            assertThat(printable).as(status.name()).isEqualTo(EnumSet.of(AccreditationStatus.APPROVED, AccreditationStatus.PRINTED,
                    AccreditationStatus.ACTIVE).contains(status));
            assertThat(status.admits()).as(status.name()).isEqualTo(status == AccreditationStatus.ACTIVE);
        }
        assertThat(AccreditationStatus.ACTIVE.canBecome(AccreditationStatus.ACTIVE)).isFalse();
        assertThat(EnumSet.allOf(AccreditationStatus.class).stream().filter(AccreditationStatus::changesCheckpoints))
                .containsExactlyInAnyOrder(AccreditationStatus.PRINTED, AccreditationStatus.ACTIVE, AccreditationStatus.SUSPENDED,
                        AccreditationStatus.REVOKED);
        assertThat(AccreditationStatus.REVOKED.canBecome(AccreditationStatus.ACTIVE)).as("revocation is final").isFalse();
    }

    @Test
    void refusedRejectedAndWithdrawnRequestsGiveTheirQuotaPlaceBack() {
        assertThat(EnumSet.allOf(AccreditationStatus.class).stream().filter(s -> !s.countsInQuota()))
                .containsExactlyInAnyOrder(AccreditationStatus.REJECTED, AccreditationStatus.REFUSED, AccreditationStatus.WITHDRAWN);
        assertThat(Requests.FREED).isEqualTo("('REJECTED', 'REFUSED', 'WITHDRAWN')");
    }

    @Test
    void theSimulatedAuthorityRefusesAsParisDidAndSometimesNeverAnswers() {
        var random = new java.util.Random(2024);
        var unfavourable = 0;
        var silent = 0;
        for (var i = 0; i < 1_000_000; i++) {
            var opinion = ScreeningAuthoritySimulator.opinion(new java.util.UUID(random.nextLong(), random.nextLong()));
            if (opinion == null) {
                silent++;
            } else if (opinion.equals(Screening.UNFAVOURABLE)) {
                unfavourable++;
            }
        }
        // Paris 2024: 4,340 refused of 960,000 examined (0.45 %).
        assertThat(unfavourable / 1e6).isBetween(0.0042, 0.0048);
        assertThat(silent / 1e6).isBetween(0.0008, 0.0012);
    }
}
