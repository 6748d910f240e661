package nl.kopgroep.goals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.base.RoleTally;
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What management sees of goals (PRODUCT.md §4.5): the WORK goals of the organisation per
 * commitment, their progress over a period and check-ins per month — never a LEARNING goal.
 * Aggregates come from {@link GoalProgressStore} in a fixed number of statements.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class WorkGoalReportingService {

    private final GoalRepository goals;
    private final GoalViews goalViews;
    private final GoalProgressStore progress;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final GoalRoleStore roles;

    WorkGoalReportingService(GoalRepository goals, GoalViews goalViews, GoalProgressStore progress,
                             OrganisationDirectory directory, CurrentUser currentUser, Clock clock, GoalRoleStore roles) {
        this.goals = goals;
        this.roles = roles;
        this.goalViews = goalViews;
        this.progress = progress;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** For managers: the WORK goals of my organisation per commitment code (never a LEARNING goal). */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, List<GoalView>> workGoalsByCommitment() {
        List<GoalView> views = goalViews.of(goals.findByOrganisationIdAndKindOrderByCreatedAtAscIdAsc(
                currentUser.organisationId().value(), GoalKind.WORK), "");
        Map<String, List<GoalView>> byCommitment = new TreeMap<>();
        for (GoalView goal : views) {
            goal.commitments().forEach(code -> byCommitment.computeIfAbsent(code, k -> new ArrayList<>()).add(goal));
        }
        return byCommitment;
    }

    /**
     * The WORK goals of my organisation (or one of its cohorts) as they stood at the end of the
     * period, with what happened in it. A fixed number of statements, whatever the size.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<WorkGoalProgress> workGoalProgress(ReportingPeriod period) {
        GoalProgressStore.Scope scope = scope(period);
        boolean endIsNow = !period.to().isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Map<Long, GoalProgressStore.Goal> goals = scope.owners() != null && scope.owners().isEmpty() ? Map.of()
                : progress.goalsWithActivity(scope);
        if (goals.isEmpty()) {
            return List.of();
        }
        Map<Long, List<GoalProgressStore.KeyResultAt>> keyResults = progress.keyResultsAt(scope, endIsNow);
        Map<UserId, String> owners = directory.displayNames(
                goals.values().stream().map(goal -> new UserId(goal.row().ownerId())).collect(Collectors.toSet()));
        List<WorkGoalProgress> result = new ArrayList<>();
        for (GoalProgressStore.Goal goal : goals.values()) {
            GoalProgressStore.Row row = goal.row();
            List<GoalProgressStore.KeyResultAt> results = keyResults.getOrDefault(row.id(), List.of());
            double[] shares = results.stream().mapToDouble(WorkGoalReportingService::reached).toArray();
            GoalProgressStore.Activity done = goal.activity();
            result.add(new WorkGoalProgress(row.id(), row.title(), new UserId(row.ownerId()),
                    owners.getOrDefault(new UserId(row.ownerId()), ""), goal.commitments(),
                    goal.status(), shares.length == 0 ? null : Arrays.stream(shares).average().orElse(0),
                    shares.length, (int) Arrays.stream(shares).filter(share -> share >= 1).count(),
                    done.checkIns(), done.evidence(), done.evidenceAt()));
        }
        return result;
    }

    /** How far a key result got: the share of the way from baseline to target (0–1), or 1/0 for done/not done. */
    static double reached(GoalProgressStore.KeyResultAt result) {
        if (result.target() == null) {
            return Boolean.TRUE.equals(result.done()) ? 1 : 0;
        }
        BigDecimal baseline = result.baseline() == null ? BigDecimal.ZERO : result.baseline();
        BigDecimal value = result.value() == null ? baseline : result.value();
        BigDecimal distance = result.target().subtract(baseline);
        if (distance.signum() == 0) {
            return value.compareTo(result.target()) >= 0 ? 1 : 0;
        }
        double share = value.subtract(baseline).doubleValue() / distance.doubleValue();
        return Math.max(0, Math.min(1, share));
    }

    /** Check-ins on WORK goals per month of the period (every month present, empty ones as zero). */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<MonthCount> checkInsPerMonth(ReportingPeriod period) {
        GoalProgressStore.Scope scope = scope(period);
        TreeMap<YearMonth, int[]> counted = scope.owners() != null && scope.owners().isEmpty() ? new TreeMap<>()
                : progress.checkInsPerMonth(scope);
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from());
             !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            int[] count = counted.getOrDefault(month, new int[2]);
            months.add(new MonthCount(month, count[0], count[1]));
        }
        return months;
    }

    /**
     * The four-roles lens on the WORK goals of each cohort of my organisation, per completed quarter from
     * {@code from} up to {@code to} (exclusive; the quarter in progress never counts, DD009: a figure that grows
     * day by day can be subtracted). Never a LEARNING goal. A cohort under {@value SmallGroups#MIN_PEOPLE}
     * participants gets no figures; a quarter in which fewer than that many of its participants created or
     * checked in on a WORK goal is suppressed. A fixed number of statements, whatever the size.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortWorkRoles> workRoleTallies(Quarter from, Quarter to) {
        Quarter current = Quarter.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Quarter end = to.isBefore(current) ? to : current;
        Map<CohortId, List<UserId>> cohorts = directory.activeParticipants(currentUser.organisationId());
        Map<Long, List<CohortId>> cohortsOf = new HashMap<>();
        cohorts.forEach((cohort, people) -> {
            if (SmallGroups.shown(people.size())) {
                people.forEach(person -> cohortsOf.computeIfAbsent(person.value(), k -> new ArrayList<>()).add(cohort));
            }
        });
        List<GoalRoleStore.OwnerTally> counted = !from.isBefore(end) ? List.of()
                : roles.workTallies(currentUser.organisationId().value(), cohortsOf.keySet(), from.start(), end.start());
        Map<CohortId, Map<Quarter, Set<Long>>> people = new HashMap<>();
        Map<CohortId, Map<Quarter, Map<GoalRoleStore.Source, Map<Optional<MunicipalRole>, Long>>>> sums = new HashMap<>();
        for (GoalRoleStore.OwnerTally row : counted) {
            Quarter quarter = row.tally().quarter();
            for (CohortId cohort : cohortsOf.get(row.owner())) {
                people.computeIfAbsent(cohort, k -> new HashMap<>()).computeIfAbsent(quarter, k -> new HashSet<>())
                        .add(row.owner());
                sums.computeIfAbsent(cohort, k -> new HashMap<>())
                        .computeIfAbsent(quarter, k -> new EnumMap<>(GoalRoleStore.Source.class))
                        .computeIfAbsent(row.source(), k -> new HashMap<>())
                        .merge(Optional.ofNullable(row.tally().role()), row.tally().items(), Long::sum);
            }
        }
        List<CohortWorkRoles> result = new ArrayList<>();
        for (Map.Entry<CohortId, List<UserId>> cohort : cohorts.entrySet()) {
            if (!SmallGroups.shown(cohort.getValue().size())) {
                result.add(new CohortWorkRoles(cohort.getKey(), false, new TreeMap<>()));
                continue;
            }
            TreeMap<Quarter, CohortWorkRoles.Period> quarters = new TreeMap<>();
            for (Quarter quarter = from; quarter.isBefore(end); quarter = quarter.plus(1)) {
                int contributors = people.getOrDefault(cohort.getKey(), Map.of()).getOrDefault(quarter, Set.of()).size();
                if (!SmallGroups.shown(contributors)) {
                    quarters.put(quarter, new CohortWorkRoles.Period(contributors > 0, List.of(), List.of()));
                    continue;
                }
                var bySource = sums.get(cohort.getKey()).get(quarter);
                quarters.put(quarter, new CohortWorkRoles.Period(false, tallies(quarter, bySource.get(GoalRoleStore.Source.GOALS)),
                        tallies(quarter, bySource.get(GoalRoleStore.Source.CHECK_INS))));
            }
            result.add(new CohortWorkRoles(cohort.getKey(), true, quarters));
        }
        return result;
    }

    private static List<RoleTally> tallies(Quarter quarter, @org.jspecify.annotations.Nullable Map<Optional<MunicipalRole>, Long> counts) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream().map(e -> new RoleTally(quarter, e.getKey().orElse(null), e.getValue())).toList();
    }

    /** One WORK goal of my organisation, for management's drill-down; a learning goal looks like a missing one. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public GoalView workGoal(long id) {
        Goal row = goals.findById(id).filter(g -> g.kind() == GoalKind.WORK
                && g.organisationId() == currentUser.organisationId().value()).orElseThrow(NotFoundException::new);
        return goalViews.of(List.of(row), directory.displayName(row.ownerId())).getFirst();
    }

    /**
     * The goals a period covers: the organisation's, or those of one cohort's active participants. A
     * cohort of another organisation yields nothing, since every query also requires the organisation.
     */
    private GoalProgressStore.Scope scope(ReportingPeriod period) {
        List<Long> owners = period.cohort() == null ? null
                : directory.activeParticipants(List.of(period.cohort())).get(period.cohort()).stream()
                .map(UserId::value).toList();
        return new GoalProgressStore.Scope(currentUser.organisationId().value(), owners,
                period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay());
    }
}
