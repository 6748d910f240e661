package nl.kopgroep.management;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.agreement.AgreementDocument;
import nl.kopgroep.agreement.AgreementDocument.Ambition;
import nl.kopgroep.agreement.AgreementDocument.Commitment;
import nl.kopgroep.agreement.AgreementDocument.Theme;
import nl.kopgroep.agreement.AgreementService;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.goals.WorkGoalReportingService;
import nl.kopgroep.goals.WorkGoalProgress;
import nl.kopgroep.journal.JournalActivityService;
import nl.kopgroep.organisation.OrganisationCohortService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.programme.ProgrammeService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management's view of what the kopgroep contributes to the coalition agreement, for the signed-in
 * manager's (or admin's) own organisation only. The figures come from the features that own them,
 * so learning goals and journal entries never enter: journals only as cohort aggregates of five or more.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class ManagementService {

    /** The earliest year a report can be asked for. */
    static final int FIRST_YEAR = 2000;

    private final AgreementService agreements;
    private final WorkGoalReportingService goals;
    private final ProgrammeService programme;
    private final JournalActivityService journal;
    private final OrganisationCohortService cohorts;
    private final OrganisationService organisations;
    private final Clock clock;

    ManagementService(AgreementService agreements, WorkGoalReportingService goals, ProgrammeService programme,
                      JournalActivityService journal,
                      OrganisationCohortService cohorts, OrganisationService organisations, Clock clock) {
        this.agreements = agreements;
        this.goals = goals;
        this.programme = programme;
        this.journal = journal;
        this.cohorts = cohorts;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The cohorts of my organisation, to filter on. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortSummary> cohorts() {
        return cohorts.organisationCohorts();
    }

    /** The twelve months up to today: the dashboard's period until the manager picks another. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ReportingPeriod defaultPeriod() {
        LocalDate today = LocalDate.now(clock);
        return new ReportingPeriod(null, today.minusYears(1).plusDays(1), today);
    }

    /**
     * The dashboard for a period (its last day is the reference date for statuses and key results)
     * and optionally one cohort and one theme.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Dashboard dashboard(ReportingPeriod period, @Nullable String themeCode) {
        if (period.cohort() != null && cohorts.organisationCohorts().stream().noneMatch(c -> c.id().equals(period.cohort()))) {
            throw new NotFoundException();
        }
        Optional<AgreementDocument> agreement = agreements.current();
        List<WorkGoalProgress> workGoals = goals.workGoalProgress(period);
        List<ThemeProgress> themes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        agreement.ifPresent(document -> {
            codes.addAll(document.commitmentCodes());
            for (Theme theme : document.themes()) {
                if (themeCode == null || theme.code().equals(themeCode)) {
                    themes.add(theme(theme, workGoals));
                }
            }
        });
        if (themeCode != null && themes.isEmpty()) {
            throw new NotFoundException();
        }
        List<CommitmentProgress> commitments = themes.stream().flatMap(t -> t.commitments().stream()).toList();
        List<WorkGoalProgress> counted = commitments.stream().flatMap(c -> c.goals().stream()).distinct().toList();
        int outside = (int) workGoals.stream().filter(g -> g.commitments().stream().noneMatch(codes::contains)).count();
        return new Dashboard(period, agreement.map(AgreementDocument::title).orElse(null), themes, commitments.size(),
                (int) commitments.stream().filter(c -> !c.gap()).count(), counted.size(),
                (int) counted.stream().map(WorkGoalProgress::owner).distinct().count(),
                CommitmentProgress.StatusCounts.of(counted),
                programme.cohortProgress().stream()
                        .filter(p -> period.cohort() == null || p.cohort().id().equals(period.cohort())).toList(),
                goals.checkInsPerMonth(period), journal.cohortActivity(period), outside);
    }

    private static ThemeProgress theme(Theme theme, List<WorkGoalProgress> workGoals) {
        List<CommitmentProgress> commitments = new ArrayList<>();
        List<ThemeProgress.AmbitionText> ambitions = new ArrayList<>();
        for (Ambition ambition : theme.ambitions()) {
            List<ThemeProgress.CommitmentText> texts = new ArrayList<>();
            for (Commitment commitment : ambition.commitments()) {
                texts.add(new ThemeProgress.CommitmentText(commitment.code(), commitment.title(), commitment.indicators()));
                commitments.add(commitment(commitment, ambition.title(),
                        workGoals.stream().filter(g -> g.commitments().contains(commitment.code())).toList()));
            }
            ambitions.add(new ThemeProgress.AmbitionText(ambition.code(), ambition.title(), texts));
        }
        return new ThemeProgress(theme.code(), theme.title(), commitments, ambitions);
    }

    private static CommitmentProgress commitment(Commitment commitment, String ambition, List<WorkGoalProgress> linked) {
        double[] progress = linked.stream().map(WorkGoalProgress::keyResultProgress).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
        WorkGoalProgress evidence = linked.stream().filter(g -> g.latestEvidenceAt() != null)
                .max(Comparator.comparing(WorkGoalProgress::latestEvidenceAt)).orElse(null);
        return new CommitmentProgress(commitment.code(), commitment.title(), ambition, commitment.budgetProgramme(), linked,
                CommitmentProgress.StatusCounts.of(linked),
                progress.length == 0 ? null : java.util.Arrays.stream(progress).average().orElse(0),
                linked.stream().mapToInt(WorkGoalProgress::keyResults).sum(),
                linked.stream().mapToInt(WorkGoalProgress::keyResultsReached).sum(),
                linked.stream().mapToInt(WorkGoalProgress::checkInsInPeriod).sum(),
                (int) linked.stream().map(WorkGoalProgress::owner).distinct().count(),
                evidence == null ? null : evidence.latestEvidence(), evidence == null ? null : evidence.latestEvidenceAt(),
                evidence == null ? null : evidence.title());
    }

    /**
     * The period a report at this moment covers, ending today at the latest (so next year's
     * voorjaarsnota can be prepared now); refused with a reason for a year out of range, a missing
     * date or a moment whose period has not begun.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ReportingPeriod reportPeriod(PlanningMoment moment, int year, @Nullable LocalDate date, @Nullable CohortId cohort) {
        LocalDate today = LocalDate.now(clock);
        if (moment == PlanningMoment.DATE && date == null) {
            throw new DomainException("management.dateRequired");
        }
        int chosenYear = moment == PlanningMoment.DATE ? date.getYear() : year;
        int lastYear = moment == PlanningMoment.DATE ? today.getYear() : today.getYear() + 1;
        if (chosenYear < FIRST_YEAR || chosenYear > lastYear) {
            throw new DomainException("management.yearRange", FIRST_YEAR, lastYear);
        }
        LocalDate chosen = date == null ? today : date;
        LocalDate from = moment.from(year, chosen);
        LocalDate to = moment.to(year, chosen);
        if (to.isAfter(today)) {
            to = today;
        }
        if (from.isAfter(to)) {
            throw new DomainException("management.momentInFuture");
        }
        return new ReportingPeriod(cohort, from, to);
    }

    /** The figures for a report at a moment of the planning-and-control cycle. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Report report(PlanningMoment moment, int year, @Nullable LocalDate date, @Nullable CohortId cohort) {
        ReportingPeriod period = reportPeriod(moment, year, date, cohort);
        LocalDate intended = moment.to(year, date == null ? period.to() : date);
        Dashboard figures = dashboard(period, null);
        String cohortName = cohort == null ? null : cohorts.organisationCohorts().stream()
                .filter(c -> c.id().equals(cohort)).map(CohortSummary::name).findFirst().orElse(null);
        return new Report(moment, moment == PlanningMoment.DATE ? period.to().getYear() : year,
                organisations.myOrganisationName(), cohortName, figures, Instant.now(clock), intended.isAfter(period.to()));
    }

    /**
     * The report as a file: a PDF in Dutch to put before the college, or CSV (semicolons, UTF-8 with
     * a byte-order mark) for the controller's spreadsheet, one row per commitment.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ReportFile reportFile(ReportFile.Format format, PlanningMoment moment, int year, @Nullable LocalDate date,
                                 @Nullable CohortId cohort) {
        Report report = report(moment, year, date, cohort);
        return switch (format) {
            case PDF -> new ReportFile(report.fileName("pdf"), "application/pdf", ReportPdf.write(report, clock.getZone()));
            case CSV -> new ReportFile(report.fileName("csv"), "text/csv;charset=UTF-8",
                    ReportCsv.write(report, clock.getZone()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }
}
