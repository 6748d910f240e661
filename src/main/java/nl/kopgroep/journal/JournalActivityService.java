package nl.kopgroep.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.organisation.CohortMembers;
import nl.kopgroep.organisation.OrganisationCohortService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journal activity for management: entries per month per cohort of the organisation. Counts only —
 * never a title, a body or a name — nothing for a cohort under {@value SmallGroups#MIN_PEOPLE}
 * participants and nothing for a month in which fewer than that many wrote.
 * <p>
 * The unit is a whole, completed calendar month (DD009): the API takes months, not dates, so no two
 * questions differ by a day (1–31 March minus 2–31 March), and the month in progress is left out
 * until it is over, so its figure cannot be watched growing day by day. No figure is summed over
 * cohorts or months, so a suppressed cell has no total to be worked out from.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class JournalActivityService {

    private final JournalStatistics statistics;
    private final OrganisationCohortService cohorts;
    private final Clock clock;

    JournalActivityService(JournalStatistics statistics, OrganisationCohortService cohorts, Clock clock) {
        this.statistics = statistics;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** The last twelve completed months, over all of the organisation's cohorts. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortActivity> cohortActivity() {
        YearMonth last = lastCompletedMonth();
        return cohortActivity(null, last.minusMonths(11), last);
    }

    /**
     * Activity per cohort in the calendar months {@code first} to {@code last} (inclusive), over all of
     * the organisation's cohorts or one; months that are not over yet are left out.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<CohortActivity> cohortActivity(@Nullable CohortId cohort, YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new DomainException("validation.periodReversed");
        }
        YearMonth end = last.isAfter(lastCompletedMonth()) ? lastCompletedMonth() : last;
        List<CohortMembers> cohortMembers = cohorts.organisationCohortMembers().stream()
                .filter(m -> cohort == null || m.cohort().id().equals(cohort)).toList();
        if (cohortMembers.isEmpty()) {
            return List.of();
        }
        var counts = end.isBefore(first) ? new java.util.HashMap<Long, TreeMap<YearMonth, JournalStatistics.Count>>()
                : statistics.perCohortAndMonth(cohortMembers.stream().map(m -> m.cohort().id().value()).toList(),
                first.atDay(1).atStartOfDay(), end.plusMonths(1).atDay(1).atStartOfDay());
        List<CohortActivity> result = new ArrayList<>();
        for (CohortMembers members : cohortMembers) {
            if (!SmallGroups.shown(members.participants().size())) {
                result.add(new CohortActivity(members.cohort().id(), members.cohort().name(), false, new TreeMap<>()));
                continue;
            }
            var counted = counts.getOrDefault(members.cohort().id().value(), new TreeMap<>());
            TreeMap<YearMonth, CohortActivity.Month> months = new TreeMap<>();
            for (YearMonth month = first; !month.isAfter(end); month = month.plusMonths(1)) {
                JournalStatistics.Count count = counted.get(month);
                boolean suppressed = count != null && !SmallGroups.shown(count.writers());
                months.put(month, count == null || suppressed ? new CohortActivity.Month(0, 0, suppressed)
                        : new CohortActivity.Month(count.entries(), count.writers(), false));
            }
            result.add(new CohortActivity(members.cohort().id(), members.cohort().name(), true, months));
        }
        return result;
    }

    /** The month before this one: the newest month whose figure no longer changes. */
    private YearMonth lastCompletedMonth() {
        return YearMonth.from(LocalDate.now(clock)).minusMonths(1);
    }
}
