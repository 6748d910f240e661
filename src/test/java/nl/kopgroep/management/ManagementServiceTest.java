package nl.kopgroep.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.goals.CheckInForm;
import nl.kopgroep.goals.GoalForm;
import nl.kopgroep.goals.GoalKind;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.KeyResultForm;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.MemberRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The dashboard's aggregation rules, the reports' contents, and who may see them. */
@KopgroepTest
@Transactional
class ManagementServiceTest {

    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohortAdmin;
    @Autowired nl.kopgroep.goals.GoalHistoryService goalHistory;
    @Autowired nl.kopgroep.goals.WorkGoalReportingService workGoals;
    @Autowired ManagementService management;
    @Autowired GoalService goals;
    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired CohortService cohorts;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void twoParticipantsWithTheSameNameCountAsTwo() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        String gap = dashboard(null, null).themes().stream()
                .flatMap(t -> t.commitments().stream()).filter(CommitmentProgress::gap).map(CommitmentProgress::code)
                .findFirst().orElseThrow();
        jdbc.sql("UPDATE app_user SET display_name = 'Sanne de Vries' WHERE email = 'eva.smit@voorbeeldstad.nl'").update();
        for (String participant : List.of(DemoUsers.PARTICIPANT, "eva.smit@voorbeeldstad.nl")) {
            DemoUsers.signIn(users, participant);
            goals.create(new GoalForm(GoalKind.WORK, "Samen aan de slag", null, Set.of(gap), Set.of()));
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        CommitmentProgress commitment = dashboard(null, null).themes().stream()
                .flatMap(t -> t.commitments().stream()).filter(c -> c.code().equals(gap)).findFirst().orElseThrow();
        assertThat(commitment.goals()).extracting(g -> g.ownerName()).containsOnly("Sanne de Vries");
        assertThat(commitment.participants()).isEqualTo(2);
    }

    /** A work goal on a commitment nobody worked on, with one check-in; and a learning goal that must never count. */
    private record Scenario(String gap, long work, long learning) {
    }

    private Scenario scenario() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        String gap = dashboard(null, null).themes().stream()
                .flatMap(t -> t.commitments().stream()).filter(CommitmentProgress::gap).map(CommitmentProgress::code)
                .findFirst().orElseThrow();
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        long work = goals.create(new GoalForm(GoalKind.WORK, "Buurtbudget in twee wijken", null, Set.of(gap), Set.of()));
        long numeric = goals.addKeyResult(work, new KeyResultForm("Wijkbijeenkomsten", "bijeenkomsten", BigDecimal.ZERO,
                BigDecimal.TEN));
        long done = goals.addKeyResult(work, new KeyResultForm("Raadsvoorstel ingediend", null, null, null));
        goals.checkIn(new CheckInForm(work, GoalStatus.ATTENTION, 6, "De tweede wijk start later.", "Verslag bijeenkomst Oost",
                Map.of(numeric, new BigDecimal("5")), Map.of(done, true)));
        long learning = goals.create(new GoalForm(GoalKind.LEARNING, "Geheim leerdoel", null, Set.of(), Set.of("regie")));
        goals.checkIn(new CheckInForm(learning, GoalStatus.OFF_TRACK, 3, "Privé", "Privébewijs", Map.of(), Map.of()));
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        return new Scenario(gap, work, learning);
    }

    @Test
    void aWorkGoalMovesItsCommitmentAndLearningGoalsNeverCount() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        Dashboard before = dashboard(null, null);
        Scenario scenario = scenario();
        Dashboard after = dashboard(null, null);

        CommitmentProgress moved = commitment(after, scenario.gap());
        assertThat(moved.gap()).isFalse();
        assertThat(moved.goals()).singleElement().satisfies(g -> assertThat(g.title()).isEqualTo("Buurtbudget in twee wijken"));
        assertThat(moved.status()).isEqualTo(new CommitmentProgress.StatusCounts(0, 1, 0, 0));
        assertThat(moved.keyResults()).isEqualTo(2);
        assertThat(moved.keyResultsReached()).as("the done one").isEqualTo(1);
        assertThat(moved.keyResultProgress()).as("halfway and done").isEqualTo(0.75);
        assertThat(moved.checkIns()).isEqualTo(1);
        assertThat(moved.latestEvidence()).isEqualTo("Verslag bijeenkomst Oost");

        assertThat(after.workGoals()).as("one more work goal; the learning goal is not there").isEqualTo(before.workGoals() + 1);
        assertThat(after.commitmentsWithGoals()).isEqualTo(before.commitmentsWithGoals() + 1);
        assertThat(after.status().offTrack()).as("the learning goal's status never counts").isEqualTo(before.status().offTrack());
        assertThat(after.themes().stream().flatMap(t -> t.commitments().stream()).flatMap(c -> c.goals().stream())
                .map(g -> g.title())).doesNotContain("Geheim leerdoel");
        int checkInsThisMonth = after.checkInsPerMonth().getLast().checkIns() - before.checkInsPerMonth().getLast().checkIns();
        assertThat(checkInsThisMonth).as("only the work goal's check-in").isEqualTo(1);
    }

    @Test
    void statusesAndKeyResultsAreThoseOfTheReferenceDate() {
        Scenario scenario = scenario();
        LocalDate today = LocalDate.now();
        Dashboard yesterday = management.report(PlanningMoment.DATE, 0, today.minusDays(1), null).figures();
        assertThat(commitment(yesterday, scenario.gap()).gap()).as("the goal did not exist yet").isTrue();

        jdbc.sql("UPDATE goal SET created_at = ? WHERE id = ?").params(today.minusDays(10).atStartOfDay(), scenario.work()).update();
        CommitmentProgress before = commitment(management.report(PlanningMoment.DATE, 0, today.minusDays(1), null).figures(),
                scenario.gap());
        assertThat(before.status()).as("no check-in before the reference date").isEqualTo(new CommitmentProgress.StatusCounts(0, 0, 0, 1));
        assertThat(before.keyResultProgress()).as("the baseline, not today's value").isEqualTo(0.0);
        assertThat(before.checkIns()).isZero();
    }

    @Test
    void filtersByThemeAndCohortAndRefusesAnotherMunicipalitysCohort() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        String theme = agreements.current().orElseThrow().themes().get(1).code();
        Dashboard one = dashboard(null, theme);
        assertThat(one.themes()).extracting(ThemeProgress::code).containsExactly(theme);
        assertThatThrownBy(() -> dashboard(null, "GEEN")).isInstanceOf(NotFoundException.class);

        CohortId first = management.cohorts().getFirst().id();
        Dashboard cohort = dashboard(first, null);
        assertThat(cohort.programme()).extracting(p -> p.cohort().id()).containsOnly(first);
        int total = dashboard(null, null).workGoals();
        assertThat(cohort.workGoals()).isLessThanOrEqualTo(total);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CohortSummary second = cohortAdmin.create(management.cohorts().getFirst().organisationId(), "Tweede kopgroep",
                LocalDate.now().minusMonths(1));
        long eva = jdbc.sql("SELECT id FROM app_user WHERE email = 'eva.smit@voorbeeldstad.nl'").query(Long.class).single();
        cohortAdmin.addMember(second.id(), new UserId(eva), MemberRole.PARTICIPANT);
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        int evasWorkGoals = jdbc.sql("SELECT COUNT(*) FROM goal WHERE owner_id = ? AND kind = 'WORK'").param(eva)
                .query(Integer.class).single();
        assertThat(evasWorkGoals).isPositive();
        assertThatThrownBy(() -> dashboard(second.id(), null)).as("a cohort of one is no unit of reporting")
                .isInstanceOf(DomainException.class).hasMessage("aggregate.cohortTooSmall");
        for (String email : List.of("bram.hendriks@voorbeeldstad.nl", "noor.mulder@voorbeeldstad.nl",
                "daan.jansen@voorbeeldstad.nl", "fatima.bouzid@voorbeeldstad.nl")) {
            DemoUsers.signIn(users, DemoUsers.ADMIN);
            cohortAdmin.addMember(second.id(), new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email)
                    .query(Long.class).single()), MemberRole.PARTICIPANT);
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        int fiveWorkGoals = jdbc.sql("SELECT COUNT(*) FROM goal g JOIN cohort_member m ON m.user_id = g.owner_id "
                + "WHERE m.cohort_id = ? AND g.kind = 'WORK'").param(second.id().value()).query(Integer.class).single();
        assertThat(dashboard(second.id(), null).workGoals())
                .as("only the cohort's own participants' work goals").isEqualTo(fiveWorkGoals).isLessThan(total);

        long lindendal = jdbc.sql("SELECT c.id FROM cohort c JOIN organisation o ON o.id = c.organisation_id "
                + "WHERE o.code = 'lindendal'").query(Long.class).list().getFirst();
        assertThatThrownBy(() -> dashboard(new CohortId(lindendal), null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void drillDownReachesAWorkGoalAndItsCheckInsButNeverALearningGoal() {
        Scenario scenario = scenario();
        assertThat(workGoals.workGoal(scenario.work()).ownerName()).isEqualTo("Sanne de Vries");
        assertThat(goalHistory.history(scenario.work())).singleElement()
                .satisfies(c -> assertThat(c.evidence()).isEqualTo("Verslag bijeenkomst Oost"));
        assertThatThrownBy(() -> workGoals.workGoal(scenario.learning())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyManagersAndAdminsGetTheDashboard() {
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.COACH}) {
            DemoUsers.signIn(users, email);
            assertThatThrownBy(() -> management.dashboard(null, YearMonth.now().minusMonths(11), YearMonth.now(), null))
                    .as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> management.reportFile(ReportFile.Format.CSV, PlanningMoment.JAARREKENING, 2025, null,
                    null)).as(email).isInstanceOf(AccessDeniedException.class);
        }
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(dashboard(null, null).agreementTitle()).isNotNull();
    }

    @Test
    void reportPeriodsFollowThePlanningAndControlCycle() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        int year = LocalDate.now().getYear();
        assertThat(management.reportPeriod(PlanningMoment.VOORJAARSNOTA, year - 1, null, null))
                .isEqualTo(new ReportingPeriod(null, LocalDate.of(year - 2, 4, 1), LocalDate.of(year - 1, 3, 31)));
        assertThat(management.reportPeriod(PlanningMoment.BESTUURSRAPPORTAGE, year - 1, null, null))
                .isEqualTo(new ReportingPeriod(null, LocalDate.of(year - 2, 9, 1), LocalDate.of(year - 1, 8, 31)));
        assertThat(management.reportPeriod(PlanningMoment.JAARREKENING, year - 1, null, null))
                .isEqualTo(new ReportingPeriod(null, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31)));
        assertThat(management.reportPeriod(PlanningMoment.JAARREKENING, year, null, null).to())
                .as("a moment still to come runs to today").isEqualTo(LocalDate.now());
        assertThat(management.reportPeriod(PlanningMoment.VOORJAARSNOTA, year + 1, null, null).from())
                .as("next year's voorjaarsnota can be prepared now").isEqualTo(LocalDate.of(year, 4, 1));
        assertThat(management.reportPeriod(PlanningMoment.DATE, 0, LocalDate.of(year - 1, 6, 30), null))
                .isEqualTo(new ReportingPeriod(null, LocalDate.of(year - 2, 7, 1), LocalDate.of(year - 1, 6, 30)));
        assertThatThrownBy(() -> management.reportPeriod(PlanningMoment.DATE, year, null, null))
                .isInstanceOf(DomainException.class).hasMessage("management.dateRequired");
        assertThatThrownBy(() -> management.reportPeriod(PlanningMoment.VOORJAARSNOTA, 1999, null, null))
                .isInstanceOf(DomainException.class).hasMessage("management.yearRange");
        assertThatThrownBy(() -> management.reportPeriod(PlanningMoment.VOORJAARSNOTA, year + 2, null, null))
                .isInstanceOf(DomainException.class).hasMessage("management.yearRange");
    }

    @Test
    void thePdfOpensAndHoldsTheFiguresPerTheme() throws Exception {
        Scenario scenario = scenario();
        int year = LocalDate.now().getYear();
        ReportFile file = management.reportFile(ReportFile.Format.PDF, PlanningMoment.JAARREKENING, year, null, null);
        assertThat(file.fileName()).isEqualTo("kopgroep-jaarrekening-" + year + ".pdf");
        assertThat(new String(file.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(ManagementReportPdfTest.failures(file.content(), PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();

        String all;
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(pdf.getDocumentInformation().getTitle()).contains("jaarrekening " + year);
            all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(all).contains("Voorbeeldstad", "Wat willen we bereiken?", "Wat hebben we gedaan?",
                "Wat heeft het opgeleverd?", "Wat heeft het gekost?", scenario.gap(), "Verslag bijeenkomst Oost", "1 van 2")
                .doesNotContain("Geheim leerdoel", "Privébewijs");
        Dashboard figures = management.report(PlanningMoment.JAARREKENING, year, null, null).figures();
        assertThat(all).contains(figures.commitmentsWithGoals() + " van de " + figures.commitments() + " afspraken");
    }

    @Test
    void theCsvParsesWithOneRowPerCommitment() throws Exception {
        Scenario scenario = scenario();
        int year = LocalDate.now().getYear();
        ReportFile file = management.reportFile(ReportFile.Format.CSV, PlanningMoment.JAARREKENING, year, null, null);
        String csv = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(agreements.current().orElseThrow().commitmentCount());
        CSVRecord moved = rows.stream().filter(r -> r.get("afspraak_code").equals(scenario.gap())).findFirst().orElseThrow();
        assertThat(moved.get("werkdoelen")).isEqualTo("1");
        assertThat(moved.get("aandacht_nodig")).isEqualTo("1");
        assertThat(moved.get("kernresultaten_gehaald")).isEqualTo("1");
        assertThat(moved.get("voortgang_procent")).isEqualTo("75");
        assertThat(moved.get("laatste_bewijs")).isEqualTo("Verslag bijeenkomst Oost");
        assertThat(moved.get("zonder_werkdoel")).isEqualTo("nee");
        assertThat(moved.get("peildatum")).isEqualTo(LocalDate.now().toString());
        assertThat(csv).doesNotContain("Geheim leerdoel");
    }

    /** Hole 7 (issue 11): the dashboard's period is whole months, at most 24, not before the agreement, not ahead. */
    @Test
    void theDashboardPeriodIsBoundedWithADutchReason() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        YearMonth now = YearMonth.now();
        YearMonth agreementStart = YearMonth.from(agreements.current().orElseThrow().periodFrom());
        assertThat(management.selectableMonths()).first().isEqualTo(now);
        assertThat(management.selectableMonths()).last().isEqualTo(agreementStart.isAfter(now) ? now.minusMonths(23)
                : agreementStart);
        assertThat(management.defaultPeriod().from()).isAfterOrEqualTo(management.selectableMonths().getLast().atDay(1));

        assertRefused(now.minusMonths(24), now, "aggregate.periodTooLong",
                "Kies een periode van hoogstens 24 maanden.");
        assertRefused(now.minusMonths(40), now.minusMonths(30), "aggregate.periodBeforeAgreement",
                "Kies een periode die niet vóór het collegeakkoord begint (");
        assertRefused(now, now.plusMonths(1), "aggregate.periodInFuture",
                "Kies als laatste maand deze maand of een eerdere.");
        assertRefused(now, now.minusMonths(1), "validation.periodReversed", "De periode eindigt voordat zij begint.");
        Dashboard dashboard = management.dashboard(null, now, now, null);
        assertThat(dashboard.period().from()).isEqualTo(now.atDay(1));
        assertThat(dashboard.period().to()).as("a month in progress runs to today").isEqualTo(LocalDate.now());
    }

    private void assertRefused(YearMonth first, YearMonth last, String key, String dutch) {
        assertThatThrownBy(() -> management.dashboard(null, first, last, null)).as("%s–%s", first, last)
                .isInstanceOf(DomainException.class).hasMessage(key)
                .satisfies(e -> assertThat(nl.kopgroep.base.Messages.text(key, nl.kopgroep.base.Messages.DUTCH,
                        ((DomainException) e).arguments())).startsWith(dutch));
    }

    /**
     * The one-person-cohort attack (issue 11): a report or dashboard for a cohort of one or four would
     * be about those people; it is refused with the reason, in screen, CSV and PDF alike.
     */
    @Test
    void aCohortOfOneOrFourIsNoUnitOfAnyReport() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        var organisation = management.cohorts().getFirst().organisationId();
        CohortSummary one = cohortAdmin.create(organisation, "Kopgroep van één", LocalDate.now().minusMonths(2));
        CohortSummary four = cohortAdmin.create(organisation, "Kopgroep van vier", LocalDate.now().minusMonths(2));
        List<String> people = List.of("eva.smit@voorbeeldstad.nl", "bram.hendriks@voorbeeldstad.nl",
                "noor.mulder@voorbeeldstad.nl", "daan.jansen@voorbeeldstad.nl", "fatima.bouzid@voorbeeldstad.nl");
        cohortAdmin.addMember(one.id(), userId(people.get(0)), MemberRole.PARTICIPANT);
        people.subList(1, 5).forEach(p -> cohortAdmin.addMember(four.id(), userId(p), MemberRole.PARTICIPANT));
        int year = LocalDate.now().getYear();

        DemoUsers.signIn(users, DemoUsers.MANAGER);
        for (CohortSummary small : List.of(one, four)) {
            assertThatThrownBy(() -> dashboard(small.id(), null)).isInstanceOf(DomainException.class)
                    .hasMessage("aggregate.cohortTooSmall");
            for (ReportFile.Format format : ReportFile.Format.values()) {
                assertThatThrownBy(() -> management.reportFile(format, PlanningMoment.JAARREKENING, year, null, small.id()))
                        .as("%s for %s", format, small.name()).isInstanceOf(DomainException.class)
                        .hasMessage("aggregate.cohortTooSmall");
            }
            assertThatThrownBy(() -> management.reportPeriod(PlanningMoment.JAARREKENING, year, null, small.id()))
                    .isInstanceOf(DomainException.class).hasMessage("aggregate.cohortTooSmall");
        }
        Dashboard all = dashboard(null, null);
        assertThat(all.programme()).filteredOn(p -> p.cohort().id().equals(four.id())).singleElement()
                .satisfies(p -> assertThat(p.averagePercentDone()).isNull());
        assertThat(all.journalActivity()).filteredOn(a -> a.cohortId().equals(one.id())).singleElement()
                .satisfies(a -> assertThat(a.months()).isEmpty());
        String csv = new String(management.reportFile(ReportFile.Format.CSV, PlanningMoment.JAARREKENING, year, null, null)
                .content(), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Kopgroep van één", "Kopgroep van vier");
    }

    private UserId userId(String email) {
        return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single());
    }

    /** The dashboard for the default twelve months. */
    private Dashboard dashboard(@Nullable CohortId cohort, @Nullable String theme) {
        ReportingPeriod period = management.defaultPeriod();
        return management.dashboard(cohort, YearMonth.from(period.from()), YearMonth.from(period.to()), theme);
    }

    private static CommitmentProgress commitment(Dashboard dashboard, String code) {
        return dashboard.themes().stream().flatMap(t -> t.commitments().stream()).filter(c -> c.code().equals(code))
                .findFirst().orElseThrow();
    }
}
