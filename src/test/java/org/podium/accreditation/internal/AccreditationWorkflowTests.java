package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.podium.accreditation.AccreditationStatus;
import org.podium.audit.AuditTrail;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workflow on the real database: quotas, validation with duplicates across organisations,
 * the screening batch and its answer file, silence counted as refusal, approval only after a
 * favourable opinion, and all-or-nothing bulk files.
 */
@PodiumIntegrationTest
class AccreditationWorkflowTests {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Requests requests;
    @Autowired Centre centre;
    @Autowired Screening screening;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired Clock clock;
    @Autowired DemoAthletes demoAthletes;

    /** A person no other test uses: a unique name and document number. */
    private static RequestForm person(String category) {
        var n = PEOPLE.incrementAndGet();
        return new RequestForm(category, "TESTPERSON" + letters(n), "Camille", "1990-04-0" + (1 + n % 9), "Lyon", "FRA",
                "WF" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "2030-01-01", "Team doctor");
    }

    private static String letters(int n) {
        var s = new StringBuilder();
        for (var x = n; x > 0; x /= 26) {
            s.append((char) ('A' + x % 26));
        }
        return s.toString();
    }

    private static List<BulkFile.Line> lines(RequestForm... forms) {
        var lines = new ArrayList<BulkFile.Line>();
        for (var i = 0; i < forms.length; i++) {
            lines.add(new BulkFile.Line(i + 2, forms[i]));
        }
        return lines;
    }

    @Test
    void aRequestGoesFromSubmissionToApprovalThroughAFavourableScreening() {
        var ids = requests.submit("JPN", lines(person("Ao"), person("Ao")), "noc-jpn");
        var favourable = ids.get(0);
        var unfavourable = ids.get(1);
        assertThatThrownBy(() -> centre.approve(favourable, "centre")).as("no card before screening")
                .isInstanceOf(Requests.StepRefused.class).hasMessageContaining("SUBMITTED");
        ids.forEach(id -> assertThat(centre.validate(id, "centre").status()).isEqualTo(AccreditationStatus.VALIDATED));
        var batch = screening.send("centre", 100_000).orElseThrow();
        assertThat(requests.find(favourable).orElseThrow().status()).isEqualTo(AccreditationStatus.IN_SCREENING);
        // The outbound file carries what the authority needs, the document number in clear for it.
        var file = screening.file(batch.id(), "centre");
        assertThat(file.lines().findFirst().orElseThrow())
                .isEqualTo("request;family_name;given_name;birth_date;birth_place;nationality;document_number;organisation;category;function");
        assertThat(file).contains(favourable.toString()).contains(";JPN;Ao;Team doctor");
        assertThatThrownBy(() -> centre.approve(favourable, "centre")).as("no card during screening").isInstanceOf(Requests.StepRefused.class);

        assertThat(screening.answer("request;opinion\n" + favourable + ";F\n" + unfavourable + ";D\n", "authority")).isEqualTo(2);
        assertThat(requests.find(unfavourable).orElseThrow().status()).isEqualTo(AccreditationStatus.REFUSED);
        assertThatThrownBy(() -> centre.approve(unfavourable, "centre")).as("the opinion is binding").isInstanceOf(Requests.StepRefused.class);
        assertThat(centre.approve(favourable, "centre").status()).isEqualTo(AccreditationStatus.APPROVED);
        assertThat(requests.steps(favourable)).extracting(Requests.Step::to).containsExactly(AccreditationStatus.SUBMITTED,
                AccreditationStatus.VALIDATED, AccreditationStatus.IN_SCREENING, AccreditationStatus.FAVOURABLE, AccreditationStatus.APPROVED);
        // The audit trail writes after the commit, off this thread.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(audit.latest(50, "accreditation.request.approved"))
                .anySatisfy(e -> assertThat(e.target()).isEqualTo(favourable.toString())));
    }

    @Test
    void anAnswerFileWithOneBadLineRecordsNothing() {
        var ids = requests.submit("KEN", lines(person("Ao"), person("Ao")), "noc-ken");
        ids.forEach(id -> centre.validate(id, "centre"));
        screening.send("centre", 100_000).orElseThrow();
        var notWaiting = requests.submit("KEN", lines(person("Ao")), "noc-ken").getFirst();
        assertThatThrownBy(() -> screening.answer("request;opinion\n" + ids.get(0) + ";F\n" + ids.get(1) + ";maybe\n" + notWaiting + ";F\n", "authority"))
                .isInstanceOfSatisfying(Screening.AnswersRejected.class, rejected -> assertThat(rejected.lines)
                        .extracting(Screening.BadAnswer::line).containsExactly(3L, 4L));
        ids.forEach(id -> assertThat(requests.find(id).orElseThrow().status()).isEqualTo(AccreditationStatus.IN_SCREENING));
    }

    @Test
    void silencePastTheLegalPeriodIsARefusal() {
        var id = requests.submit("BRA", lines(person("Ao")), "noc-bra").getFirst();
        centre.validate(id, "centre");
        var batch = screening.send("centre", 100_000).orElseThrow();
        assertThat(screening.refuseSilent()).as("within the period: still waiting").isZero();
        jdbc.sql("update accreditation.screening_batch set sent_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(61)))).param("id", batch.id()).update();
        assertThat(screening.refuseSilent()).isEqualTo(1);
        var refused = requests.find(id).orElseThrow();
        assertThat(refused.status()).isEqualTo(AccreditationStatus.REFUSED);
        assertThat(refused.reason()).contains("silence");
    }

    @Test
    void aCategoryOverItsQuotaIsRefusedWithWhatRemains() {
        // Chef de mission: two per NOC.
        var before = organisations.quotas("ITA").get("Ac");
        assertThat(before.allowed()).isEqualTo(2);
        requests.submit("ITA", lines(person("Ac")), "noc-ita");
        assertThatThrownBy(() -> requests.submit("ITA", lines(person("Ac"), person("Ac"), person("Ao")), "noc-ita"))
                .isInstanceOfSatisfying(Requests.Refused.class, refused -> {
                    assertThat(refused.refusals).singleElement().satisfies(r -> {
                        assertThat(r.line()).isEqualTo(3);
                        assertThat(r.key()).isEqualTo("accreditation.error.quota");
                        assertThat(r.args()).containsExactly("Ac", 2, 1);
                    });
                });
        assertThat(organisations.quotas("ITA").get("Ac").used()).as("nothing of the refused file stored").isEqualTo(1);
        assertThat(organisations.quotas("ITA").get("Ao").used()).isZero();
    }

    @Test
    void theSamePersonRequestedByTwoOrganisationsIsRejectedAtValidation() {
        var form = person("IF");
        var byFederation = requests.submit("WA", lines(form), "wa").getFirst();
        var samePersonByNoc = requests.submit("GER", lines(new RequestForm("Ao", form.familyName(), form.givenName(), form.birthDate(),
                "Berlin", "GER", "OTHER" + form.documentNumber().substring(2), "2030-01-01", "Coach")), "noc-ger").getFirst();
        assertThat(centre.validate(byFederation, "centre").status()).isEqualTo(AccreditationStatus.REJECTED);
        var rejected = requests.find(byFederation).orElseThrow();
        assertThat(rejected.reason()).contains(samePersonByNoc.toString()).contains("GER");
        // Once one is rejected, the other is no longer a duplicate.
        assertThat(centre.validate(samePersonByNoc, "centre").status()).isEqualTo(AccreditationStatus.VALIDATED);
    }

    @Test
    void anIdentityDocumentExpiringBeforeTheCardIsRejected() {
        var p = person("Ao");
        var id = requests.submit("ESP", lines(new RequestForm(p.category(), p.familyName(), p.givenName(), p.birthDate(), p.birthPlace(),
                "ESP", p.documentNumber(), "2024-08-15", p.function())), "noc-esp").getFirst();
        var rejected = centre.validate(id, "centre");
        assertThat(rejected.status()).isEqualTo(AccreditationStatus.REJECTED);
        assertThat(rejected.reason()).contains("2024-08-15");
    }

    @Test
    void aBulkFileWithOneBadLineAnywhereStoresNothingAndNamesEveryBadLine() {
        var good = new StringBuilder(BulkFileTests.HEADER);
        for (var i = 0; i < 50; i++) {
            var p = person("Ao");
            good.append(String.join(",", p.category(), p.familyName(), p.givenName(), p.birthDate(), p.birthPlace(), "CAN",
                    p.documentNumber(), p.documentExpiry(), p.function())).append('\n');
        }
        var file = good.toString().lines().toList();
        var broken = new ArrayList<>(file);
        broken.set(41, broken.get(41).replace("1990-04-0", "1990-13-0"));
        broken.set(17, broken.get(17).replace(",CAN,", ",Canada,"));
        var before = requests.counts("CAN").get(AccreditationStatus.SUBMITTED);
        assertThatThrownBy(() -> requests.submit("CAN", BulkFile.read(String.join("\n", broken)), "noc-can"))
                .isInstanceOfSatisfying(Requests.Refused.class, refused -> assertThat(refused.refusals)
                        .extracting(Requests.Refusal::line, Requests.Refusal::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(18L, "nationality"), org.assertj.core.groups.Tuple.tuple(42L, "birthDate")));
        assertThat(requests.counts("CAN").get(AccreditationStatus.SUBMITTED)).isEqualTo(before);
        assertThat(requests.submit("CAN", BulkFile.read(String.join("\n", file)), "noc-can")).hasSize(50);
    }

    @Test
    void aHundredThousandRequestsImportInOneFile() {
        var file = new StringBuilder(BulkFileTests.HEADER);
        for (var i = 0; i < 100_000; i++) {
            file.append("W,CONTRACTOR").append(letters(i + 1)).append(",Sam,1995-06-15,Paris,FRA,CTR").append(i).append("X,2030-01-01,Security agent\n");
        }
        var ids = requests.submit("PAR2024", BulkFile.read(file.toString()), "workforce");
        assertThat(ids).hasSize(100_000);
        assertThat(organisations.quotas("PAR2024").get("W").used()).isEqualTo(100_000);
    }

    @Test
    void theSimulatedAuthorityAnswersThroughTheAnswerFileAndSilenceStaysWaiting() {
        var forms = new RequestForm[300];
        for (var i = 0; i < forms.length; i++) {
            forms[i] = person("Aa");
        }
        var ids = requests.submit("USA", lines(forms), "noc-usa");
        ids.forEach(id -> centre.validate(id, "centre"));
        var batch = screening.send("centre", 100_000).orElseThrow();
        new ScreeningAuthoritySimulator(jdbc, screening, clock, Duration.ZERO).answer(batch.id());
        for (var id : ids) {
            var expected = switch (String.valueOf(ScreeningAuthoritySimulator.opinion(id))) {
                case Screening.FAVOURABLE -> AccreditationStatus.FAVOURABLE;
                case Screening.UNFAVOURABLE -> AccreditationStatus.REFUSED;
                default -> AccreditationStatus.IN_SCREENING;
            };
            assertThat(requests.find(id).orElseThrow().status()).as(id.toString()).isEqualTo(expected);
        }
        assertThat(screening.batches(50)).filteredOn(b -> b.id() == batch.id()).singleElement()
                .satisfies(b -> assertThat(b.answeredAt()).isNotNull());
    }

    @Test
    void aNocRequestsItsAthletesOfTheRealDataInOneList() {
        // The data file lists 601 athletes and alternates for France (grep -c ",FRA," athletes.csv).
        var team = demoAthletes.team("FRA");
        assertThat(team.lines().size() + team.leftOut()).isEqualTo(601);
        assertThat(team.leftOut()).isZero();
        var before = organisations.quotas("FRA").get("Aa").used();
        assertThat(demoAthletes.request("FRA", "noc-fra")).isEqualTo(601);
        assertThat(organisations.quotas("FRA").get("Aa").used()).isEqualTo(before + 601);
        assertThat(requests.list("FRA", AccreditationStatus.SUBMITTED, 5_000)).anySatisfy(r -> {
            assertThat(r.familyName()).isEqualTo("MARCHAND");
            assertThat(r.givenName()).isEqualTo("Leon");
            assertThat(r.birthDate()).isEqualTo(java.time.LocalDate.of(2002, 5, 17));
            assertThat(r.category()).isEqualTo("Aa");
        });
    }
}
