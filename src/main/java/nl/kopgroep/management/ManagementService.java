package nl.kopgroep.management;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.goals.WorkGoalReportingService;
import nl.kopgroep.goals.WorkGoalProgress;
import nl.kopgroep.journal.JournalActivityService;
import nl.kopgroep.organisation.OrganisationCohortService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.CohortMembers;
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

    /** The longest period the dashboard covers: the two years of the programme (DD009). */
    public static final int MAX_MONTHS = 24;

    /** The twelve calendar months up to this one (not before the agreement in force): the dashboard's period until the manager picks another. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ReportingPeriod defaultPeriod() {
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(11);
        YearMonth earliest = earliestMonth();
        return period(null, first.isBefore(earliest) ? earliest : first, now);
    }

    /**
     * The months the dashboard can be asked for, newest first: from the start of the agreement in
     * force (or two years back without one) to this month.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<YearMonth> selectableMonths() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.now(clock); !month.isBefore(earliestMonth()); month = month.minusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * The dashboard for whole calendar months {@code first} to {@code last} (the last day, or today, is
     * the reference date for statuses and key results), optionally one cohort and one theme. The period
     * is bounded: at most {@value #MAX_MONTHS} months, not before the agreement in force, not in the
     * future; a cohort under five participants is no unit of reporting (DD009).
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Dashboard dashboard(@Nullable CohortId cohort, YearMonth first, YearMonth last, @Nullable String themeCode) {
        if (last.isBefore(first)) {
            throw new DomainException("validation.periodReversed");
        }
        if (last.isAfter(YearMonth.now(clock))) {
            throw new DomainException("aggregate.periodInFuture");
        }
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
            throw new DomainException("aggregate.periodTooLong", MAX_MONTHS);
        }
        if (first.isBefore(earliestMonth())) {
            throw new DomainException("aggregate.periodBeforeAgreement", java.sql.Date.valueOf(earliestMonth().atDay(1)));
        }
        return dashboard(period(cohort, first, last), themeCode);
    }

    /** From the first day of {@code first} to the last of {@code last}, or today if that comes first. */
    private ReportingPeriod period(@Nullable CohortId cohort, YearMonth first, YearMonth last) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = last.atEndOfMonth();
        return new ReportingPeriod(cohort, first.atDay(1), end.isAfter(today) ? today : end);
    }

    /** The start of the agreement in force when it has begun; otherwise two years back. */
    private YearMonth earliestMonth() {
        YearMonth now = YearMonth.now(clock);
        YearMonth twoYears = now.minusMonths(MAX_MONTHS - 1L);
        return agreements.current().map(a -> YearMonth.from(a.periodFrom()))
                .filter(start -> !start.isAfter(now)).orElse(twoYears);
    }

    private Dashboard dashboard(ReportingPeriod period, @Nullable String themeCode) {
        if (period.cohort() != null) {
            reportableCohort(period.cohort());
        }
        Optional<AgreementDocument> agreement = agreements.current();
        List<WorkGoalProgress> workGoals = goals.workGoalProgress(period);
        List<ThemeProgress> themes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        // the goals per commitment once, instead of every goal tested for every commitment (issue 16, JFR)
        java.util.Map<String, List<WorkGoalProgress>> byCommitment = new java.util.HashMap<>();
        workGoals.forEach(goal -> goal.commitments().forEach(
                code -> byCommitment.computeIfAbsent(code, k -> new ArrayList<>()).add(goal)));
        agreement.ifPresent(document -> {
            codes.addAll(document.commitmentCodes());
            for (Theme theme : document.themes()) {
                if (themeCode == null || theme.code().equals(themeCode)) {
                    themes.add(theme(theme, byCommitment));
                }
            }
        });
        if (themeCode != null && themes.isEmpty()) {
            throw new NotFoundException();
        }
        List<CommitmentProgress> commitments = themes.stream().flatMap(t -> t.commitments().stream()).toList();
        // distinct by id: a record's hashCode walks all its fields and lists
        List<WorkGoalProgress> counted = List.copyOf(commitments.stream().flatMap(c -> c.goals().stream())
                .collect(java.util.stream.Collectors.toMap(WorkGoalProgress::goalId, g -> g, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values());
        int outside = (int) workGoals.stream().filter(g -> g.commitments().stream().noneMatch(codes::contains)).count();
        return new Dashboard(period, agreement.map(AgreementDocument::title).orElse(null), themes, commitments.size(),
                (int) commitments.stream().filter(c -> !c.gap()).count(), counted.size(),
                (int) counted.stream().map(WorkGoalProgress::owner).distinct().count(),
                CommitmentProgress.StatusCounts.of(counted),
                programme.cohortProgress().stream()
                        .filter(p -> period.cohort() == null || p.cohort().id().equals(period.cohort())).toList(),
                goals.checkInsPerMonth(period), journal.cohortActivity(period.cohort(), YearMonth.from(period.from()),
                YearMonth.from(period.to())), outside);
    }

    /**
     * A cohort of my organisation that may be reported on by itself: one of five or more participants.
     * A smaller one is refused with its name, so no screen or file is about fewer than five people.
     */
    private void reportableCohort(CohortId cohort) {
        CohortMembers members = cohorts.organisationCohortMembers().stream().filter(m -> m.cohort().id().equals(cohort))
                .findFirst().orElseThrow(NotFoundException::new);
        if (!SmallGroups.shown(members.participants().size())) {
            throw new DomainException("aggregate.cohortTooSmall", members.cohort().name());
        }
    }

    private static ThemeProgress theme(Theme theme, java.util.Map<String, List<WorkGoalProgress>> byCommitment) {
        List<CommitmentProgress> commitments = new ArrayList<>();
        List<ThemeProgress.AmbitionText> ambitions = new ArrayList<>();
        for (Ambition ambition : theme.ambitions()) {
            List<ThemeProgress.CommitmentText> texts = new ArrayList<>();
            for (Commitment commitment : ambition.commitments()) {
                texts.add(new ThemeProgress.CommitmentText(commitment.code(), commitment.title(), commitment.indicators()));
                commitments.add(commitment(commitment, ambition.title(),
                        List.copyOf(byCommitment.getOrDefault(commitment.code(), List.of()))));
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
        if (cohort != null) {
            reportableCohort(cohort);
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
