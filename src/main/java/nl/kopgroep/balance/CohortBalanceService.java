package nl.kopgroep.balance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.Quarter;
import nl.kopgroep.goals.CohortWorkRoles;
import nl.kopgroep.goals.WorkGoalReportingService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.OrganisationCohortService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-roles balance for management, per cohort of the signed-in manager's own organisation: WORK
 * goals and check-ins on WORK goals only. Never a LEARNING goal and never a journal entry, not even its
 * role: managers learn nothing of reflections (PRODUCT.md §4), and a role tag says what an entry is about.
 * Whole completed quarters; no figure about fewer than five people (DD009) — the rule is applied by
 * goals, which owns the items. A fixed number of statements, whatever the number of cohorts or people.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class CohortBalanceService {

    private final WorkGoalReportingService goals;
    private final OrganisationCohortService cohorts;
    private final Clock clock;

    CohortBalanceService(WorkGoalReportingService goals, OrganisationCohortService cohorts, Clock clock) {
        this.goals = goals;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** Each cohort of my organisation over the last {@value BalancePeriod#QUARTERS} completed quarters, by name. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortBalance> cohortBalances() {
        Quarter now = BalancePeriod.current(clock);
        Quarter first = now.plus(-BalancePeriod.QUARTERS);
        Map<CohortId, CohortSummary> summaries = cohorts.organisationCohorts().stream()
                .collect(Collectors.toMap(CohortSummary::id, Function.identity()));
        List<CohortBalance> result = new ArrayList<>();
        for (CohortWorkRoles cohort : goals.workRoleTallies(first, now)) {
            CohortSummary summary = summaries.get(cohort.cohort());
            if (summary == null) {
                continue;
            }
            List<QuarterBalance> quarters = new ArrayList<>();
            cohort.quarters().forEach((quarter, period) -> {
                Map<BalanceSource, RoleCounts> counts = new EnumMap<>(BalanceSource.class);
                counts.put(BalanceSource.GOALS, RoleCounts.of(period.goals()));
                counts.put(BalanceSource.CHECK_INS, RoleCounts.of(period.checkIns()));
                quarters.add(new QuarterBalance(quarter, period.suppressed(), counts));
            });
            result.add(new CohortBalance(cohort.cohort(), summary.name(), cohort.shown(),
                    new RoleBalance(List.of(BalanceSource.GOALS, BalanceSource.CHECK_INS), RoleBalance.fromFirstItems(quarters))));
        }
        result.sort(java.util.Comparator.comparing(CohortBalance::name));
        return result;
    }
}
