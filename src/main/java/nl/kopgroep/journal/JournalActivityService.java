package nl.kopgroep.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.kopgroep.base.ReportingPeriod;
import nl.kopgroep.organisation.CohortMembers;
import nl.kopgroep.organisation.OrganisationCohortService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journal activity for management: entries per month per cohort of the organisation. Counts only —
 * never a title, a body or a name — nothing for a cohort under {@value #MIN_GROUP} participants and
 * nothing for a month in which fewer than that many wrote.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class JournalActivityService {

    static final int MIN_GROUP = 5;

    private final JournalStatistics statistics;
    private final OrganisationCohortService cohorts;
    private final Clock clock;

    JournalActivityService(JournalStatistics statistics, OrganisationCohortService cohorts, Clock clock) {
        this.statistics = statistics;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** The last twelve months, over all of the organisation's cohorts. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortActivity> cohortActivity() {
        LocalDate today = LocalDate.now(clock);
        return cohortActivity(new ReportingPeriod(null, YearMonth.from(today).minusMonths(11).atDay(1), today));
    }

    /** Activity per cohort and month of the period, over all of the organisation's cohorts or one. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortActivity> cohortActivity(ReportingPeriod period) {
        List<CohortMembers> cohortMembers = cohorts.organisationCohortMembers().stream()
                .filter(m -> period.cohort() == null || m.cohort().id().equals(period.cohort())).toList();
        if (cohortMembers.isEmpty()) {
            return List.of();
        }
        var counts = statistics.perCohortAndMonth(cohortMembers.stream().map(m -> m.cohort().id().value()).toList(),
                period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay());
        List<CohortActivity> result = new ArrayList<>();
        for (CohortMembers members : cohortMembers) {
            int size = members.participants().size();
            if (size < MIN_GROUP) {
                result.add(new CohortActivity(members.cohort().id(), members.cohort().name(), size, false, new TreeMap<>()));
                continue;
            }
            var counted = counts.getOrDefault(members.cohort().id().value(), new TreeMap<>());
            TreeMap<YearMonth, CohortActivity.Month> months = new TreeMap<>();
            for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
                 month = month.plusMonths(1)) {
                JournalStatistics.Count count = counted.get(month);
                boolean suppressed = count != null && count.writers() < MIN_GROUP;
                months.put(month, count == null || suppressed ? new CohortActivity.Month(0, 0, suppressed)
                        : new CohortActivity.Month(count.entries(), count.writers(), false));
            }
            result.add(new CohortActivity(members.cohort().id(), members.cohort().name(), size, true, months));
        }
        return result;
    }
}
