package org.podium.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workforce module on the real database and the real Paris 2024 programme: demand from the
 * schedule, selection that ignores protected traits, acceptances that become accreditation
 * requests, and a venue's roster re-checked by the plain-Java validator.
 */
@PodiumIntegrationTest
class WorkforceIntegrationTests {

    private static final String VENUE = "bercy-arena";
    private static volatile boolean prepared;
    private static Figures.Diversity generated;

    @Autowired SyntheticApplicants synthetic;
    @Autowired Selection selection;
    @Autowired Invitations invitations;
    @Autowired Rostering rostering;
    @Autowired Demand demand;
    @Autowired Programme programme;
    @Autowired WorkforceProperties properties;
    @Autowired JdbcClient jdbc;
    @Autowired Swaps swaps;
    @Autowired Attendance attendance;
    @Autowired org.podium.accreditation.internal.AccreditationTestSupport accreditation;
    @Autowired org.podium.games.GamesClock clock;

    /** One Games in miniature for the whole class: 8,000 synthetic applicants, selected, answered, shifts made. */
    @BeforeEach
    void games() {
        synchronized (WorkforceIntegrationTests.class) {
            if (!prepared) {
                synthetic.generate(8_000, 11);
                // Over the synthetic applicants only: other tests (the volunteer journey) add real ones.
                generated = jdbc.sql("select 'synthetic', count(*), avg((gender = 'F')::int),"
                                + " avg((age(date '2024-07-26', birth_date) < interval '25 years')::int), 0.0, 0.0, 0.0,"
                                + " avg((country <> 'FRA')::int), avg(disability::int) from workforce.applicant where synthetic")
                        .query((rs, n) -> new Figures.Diversity(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                                rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9))).single();
                selection.select();
                invitations.answerSynthetic(0.9, 11);
                // Shifts made (and published) by another test are made again, unpublished.
                jdbc.sql("delete from workforce.swap").update();
                jdbc.sql("delete from workforce.shift").update();
                rostering.createShifts();
                prepared = true;
            }
        }
    }

    /** Paris 2024's published figures (docs/modules/workforce.md): the generator's people look like the real applicants. */
    @Test
    void syntheticApplicantsLookLikeParisApplicants() {
        assertThat(generated.people()).isEqualTo(8_000);
        assertThat(generated.women()).isCloseTo(0.55, org.assertj.core.data.Offset.offset(0.02));
        assertThat(generated.under25()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(0.02));
        assertThat(generated.international()).isCloseTo(0.20, org.assertj.core.data.Offset.offset(0.02));
        assertThat(generated.disability()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(0.005));
        var days = jdbc.sql("select min(cardinality(available_days)), min(available_days[1]), max(available_days[cardinality(available_days)]),"
                + " min(age(date '2024-07-26', birth_date)) >= interval '18 years' from workforce.applicant where synthetic")
                .query((rs, n) -> List.of(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
                .single();
        assertThat(days).containsExactly(10, LocalDate.of(2024, 7, 12), LocalDate.of(2024, 9, 10), true);
    }

    @Test
    void demandFollowsTheSessionsOfTheRealSchedule() {
        var positions = demand.positions();
        var sessionDays = programme.sessions(VENUE, null).stream().map(Session::day).collect(Collectors.toSet());
        var demandDays = positions.stream().filter(p -> p.venue().equals(VENUE)).map(Demand.Position::day).collect(Collectors.toSet());
        // A venue needs people exactly on the days it holds sessions.
        assertThat(demandDays).isEqualTo(sessionDays).isNotEmpty();
        // Sport positions on a shift: 12 per session under way plus 0.4 per unit, counted here from the programme's sessions.
        var day = sessionDays.stream().sorted().findFirst().orElseThrow();
        var sessions = programme.sessions(VENUE, day);
        for (var sport : positions.stream().filter(p -> p.venue().equals(VENUE) && p.day().equals(day) && p.area().equals("SPORT")).toList()) {
            var during = sessions.stream().filter(s -> s.startsAt().atZone(Demand.PARIS).toLocalDateTime().isBefore(sport.end())
                    && s.endsAt().atZone(Demand.PARIS).toLocalDateTime().isAfter(sport.start())).toList();
            assertThat(sport.count()).isEqualTo((int) Math.round(12 * during.size() + 0.4 * during.stream().mapToInt(Session::unitCount).sum()));
        }
        // Shifts never cross midnight and last at most the configured six hours.
        assertThat(positions).allSatisfy(p -> {
            assertThat(p.end().toLocalDate().equals(p.day()) || p.end().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)).isTrue();
            assertThat(Duration.between(p.start(), p.end())).isLessThanOrEqualTo(Duration.ofHours(6));
        });
    }

    @Test
    void selectionKeepsQuotasAndIgnoresGenderDisabilityAndNationality() {
        var quotas = selection.teams().stream().collect(Collectors.toMap(t -> t.venue() + "|" + t.area(), Selection.Team::quota));
        var selected = jdbc.sql("select venue || '|' || area, count(*) from workforce.applicant where status in ('INVITED', 'ACCEPTED') group by 1")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getInt(2))).list();
        assertThat(selected).isNotEmpty().allSatisfy(e -> assertThat(e.getValue()).isLessThanOrEqualTo(quotas.get(e.getKey())));

        // The same applicants with other genders, disabilities and nationalities are selected the same way.
        var before = rankedSelection();
        jdbc.sql("update workforce.applicant set gender = case gender when 'F' then 'M' else 'F' end, disability = not disability,"
                + " country = case country when 'FRA' then 'GBR' else 'FRA' end where synthetic").update();
        var after = rankedSelection();
        assertThat(after).isEqualTo(before);
    }

    /** A fresh selection of a copy of the pool, in a transaction rolled back: who would be invited, in order. */
    private List<Long> rankedSelection() {
        var ids = new java.util.ArrayList<Long>();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update workforce.applicant set status = 'APPLIED', venue = null, area = null where synthetic").update();
            selection.select();
            ids.addAll(jdbc.sql("select id from workforce.applicant where synthetic and status = 'INVITED' order by id").query(Long.class).list());
            status.setRollbackOnly();
        });
        return ids;
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void everyAcceptedVolunteerGetsAnAccreditationRequest() {
        var accepted = jdbc.sql("select reference from workforce.applicant where status = 'ACCEPTED' and synthetic").query(String.class).list();
        assertThat(accepted).hasSizeGreaterThan(1_000);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var requested = Set.copyOf(jdbc.sql("select substring(function_title from 'Volunteer ([A-Z0-9]+) ') from accreditation.request"
                    + " where organisation_code = 'PAR2024' and category_code = 'V'").query(String.class).list());
            assertThat(requested).containsAll(accepted);
        });
    }

    @Test
    void aVenuesRosterBreaksNoHardRuleAsTheValidatorReadsIt() {
        var run = rostering.plan("timefold", true, VENUE);
        assertThat(run.hardViolations()).isZero();
        assertThat(run.score()).startsWith("0hard/");
        assertThat(run.filled()).isPositive();
        var first = rostering.plan("first-fit", false, VENUE);
        assertThat(first.hardViolations()).isZero();
        // The solver spreads hours more evenly than first-fit on the same volunteers and shifts.
        var again = rostering.plan("timefold", true, VENUE);
        assertThat(again.hoursStdDev()).isLessThan(first.hoursStdDev());
        assertThat(again.filled()).isGreaterThanOrEqualTo(first.filled());
    }

    @Test
    void publishedShiftsStayWhenTheVenueIsReplanned() {
        rostering.plan("timefold", true, "aquatics-centre");
        var until = LocalDate.of(2024, 7, 31);
        rostering.publish(until, "aquatics-centre");
        var published = jdbc.sql("select id, applicant_id from workforce.shift where venue = 'aquatics-centre' and published order by id")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getObject(2)).list();
        assertThat(published).isNotEmpty();
        rostering.plan("timefold", true, "aquatics-centre");
        assertThat(jdbc.sql("select id, applicant_id from workforce.shift where venue = 'aquatics-centre' and published order by id")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getObject(2)).list()).isEqualTo(published);
    }

    @Test
    void aShiftGoesToATeammateOnlyIfItKeepsTheirRosterLawful() {
        // The venue with the most volunteers, other than those the other tests plan and publish.
        var venue = jdbc.sql("select venue from workforce.applicant where status = 'ACCEPTED' and venue not in ('bercy-arena', 'aquatics-centre')"
                + " group by venue order by count(*) desc limit 1").query(String.class).single();
        rostering.plan("timefold", true, venue);
        rostering.publish(LocalDate.of(2024, 8, 12), venue);
        var before = clock.setting();
        clock.simulate(java.time.Instant.parse("2024-07-20T08:00:00Z"), 1, "swap-test");
        try {
            var volunteers = rostering.volunteers(venue);
            var shifts = rostering.shifts(volunteers, venue);
            var held = shifts.stream().filter(s -> s.getVolunteer() != null)
                    .collect(Collectors.groupingBy(s -> s.getVolunteer().id()));
            var assigned = shifts.stream().filter(s -> s.getVolunteer() != null).toList();
            // A shift during which another volunteer of the venue is working too.
            var offered = assigned.stream().filter(a -> assigned.stream().anyMatch(b -> b.getVolunteer().id() != a.getVolunteer().id() && b.overlaps(a)))
                    .findFirst().orElseThrow();
            var giver = offered.getVolunteer();
            // That other volunteer, already working at the same time: refused, the shift stays with the giver.
            var busy = assigned.stream().filter(s -> s.getVolunteer().id() != giver.id() && s.overlaps(offered))
                    .findFirst().orElseThrow().getVolunteer();
            swaps.offer(giver.id(), offered.getId(), busy.code());
            var refusedOffer = swaps.offeredTo(busy.id()).getFirst();
            assertThat(swaps.accept(busy.id(), refusedOffer.id())).isEqualTo(org.podium.workforce.internal.roster.RosterConstraints.NO_OVERLAP);
            assertThat(holder(offered.getId())).isEqualTo(giver.id());
            // Someone free who may lawfully take it: accepted, the shift changes hands.
            var free = volunteers.stream().filter(v -> v.id() != giver.id()
                    && org.podium.workforce.internal.roster.RosterRules.fits(v, held.getOrDefault(v.id(), List.of()), offered)).findFirst().orElseThrow();
            swaps.offer(giver.id(), offered.getId(), free.code().toLowerCase());
            assertThat(swaps.accept(free.id(), swaps.offeredTo(free.id()).getFirst().id())).isNull();
            assertThat(holder(offered.getId())).isEqualTo(free.id());
            // The giver cannot offer it again: it is not theirs any more.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> swaps.offer(giver.id(), offered.getId(), busy.code()))
                    .isInstanceOf(Swaps.Refused.class).hasMessage("workforce.swap.notYours");
        } finally {
            clock.set(before, "swap-test");
        }
    }

    private long holder(long shift) {
        return jdbc.sql("select applicant_id from workforce.shift where id = :id").param("id", shift).query(Long.class).single();
    }

    @Test
    void aVolunteerChecksInWithTheirAccreditationCardAndAForgedOrRevokedCardIsRefused() {
        var volunteer = jdbc.sql("select id, reference, venue, area from workforce.applicant where status = 'ACCEPTED' and synthetic order by id limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        jdbc.sql("insert into workforce.shift (venue, area, starts_at, ends_at, minimum_age, applicant_id, published)"
                        + " values (:venue, :area, timestamp '2024-08-01 10:00', timestamp '2024-08-01 16:00', 18, :id, true)")
                .param("venue", volunteer[2]).param("area", volunteer[3]).param("id", Long.parseLong(volunteer[0])).update();
        // The request the accreditation module made from the acceptance, taken through the centre to an active card.
        var request = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select id from accreditation.request"
                + " where function_title like :f").param("f", "Volunteer " + volunteer[1] + " %").query(java.util.UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();
        var qr = accreditation.activate(request);
        var before = clock.setting();
        clock.simulate(java.time.Instant.parse("2024-08-01T07:55:00Z"), 1, "card-check-in");
        try {
            var forged = qr.substring(0, qr.length() - 10) + (qr.charAt(qr.length() - 10) == 'A' ? 'B' : 'A') + qr.substring(qr.length() - 9);
            assertThat(attendance.scan(forged, volunteer[2]).outcome()).isEqualTo(Attendance.Outcome.CARD_REFUSED);
            var scan = attendance.scan(qr, volunteer[2]);
            assertThat(scan.outcome()).isEqualTo(Attendance.Outcome.CHECKED_IN);
            assertThat(scan.reference()).isEqualTo(volunteer[1]);
            accreditation.revoke(request);
            assertThat(attendance.scan(qr, volunteer[2]).outcome()).isEqualTo(Attendance.Outcome.CARD_REFUSED);
        } finally {
            clock.set(before, "card-check-in");
        }
    }
}
