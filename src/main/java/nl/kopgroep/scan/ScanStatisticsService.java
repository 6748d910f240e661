package nl.kopgroep.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.organisation.OrganisationCohortService;
import nl.kopgroep.programme.Competency;
import nl.kopgroep.programme.ProgrammeService;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What management reads of the scan: per cohort of their own municipality and round, the distribution and median of
 * the self and coach levels per competency over the closed scans — only when at least five participants completed
 * the round (DD009), never a person. A fixed number of statements, whatever the number of scans.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class ScanStatisticsService {

    private final ScanStore store;
    private final OrganisationCohortService cohorts;
    private final ProgrammeService programme;
    private final CurrentUser currentUser;

    ScanStatisticsService(ScanStore store, OrganisationCohortService cohorts, ProgrammeService programme,
                          CurrentUser currentUser) {
        this.store = store;
        this.cohorts = cohorts;
        this.programme = programme;
        this.currentUser = currentUser;
    }

    /** Every cohort and round with at least one scan, newest cohort first, rounds in order. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ScanAggregate> cohortAggregates() {
        List<ScanStore.RoundCount> rounds = store.roundCounts(currentUser.organisationId());
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<String, int[]> levels = new HashMap<>();
        store.closedLevelCounts(currentUser.organisationId()).forEach(count ->
                levels.computeIfAbsent(key(count.cohort(), count.round(), count.competency(), count.scorer()),
                        k -> new int[4])[count.level() - 1] += count.count());
        List<Competency> competencies = programme.competencies();
        List<ScanAggregate> result = new ArrayList<>();
        for (CohortSummary cohort : cohorts.organisationCohorts()) {
            for (ScanStore.RoundCount round : rounds) {
                if (!round.cohort().equals(cohort.id())) {
                    continue;
                }
                boolean shown = SmallGroups.shown(round.closed());
                List<ScanAggregate.Figures> figures = !shown ? List.of() : competencies.stream().map(c -> {
                    int[] self = levels.getOrDefault(key(cohort.id(), round.round(), c.code(), Scorer.SELF), new int[4]);
                    int[] coach = levels.getOrDefault(key(cohort.id(), round.round(), c.code(), Scorer.COACH), new int[4]);
                    return new ScanAggregate.Figures(c.code(), c.name(), self, median(self), coach, median(coach));
                }).toList();
                result.add(new ScanAggregate(cohort.name(), round.round(), ScanSchedule.month(round.round()), shown,
                        figures));
            }
        }
        return result;
    }

    private static String key(CohortId cohort, int round, String competency, Scorer scorer) {
        return cohort.value() + "#" + round + "#" + competency + "#" + scorer;
    }

    /** The median level of a distribution over levels 1–4 (the mean of the two middle ones for an even count). */
    static @Nullable Double median(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        if (total == 0) {
            return null;
        }
        return (levelAt(counts, (total - 1) / 2) + levelAt(counts, total / 2)) / 2.0;
    }

    private static int levelAt(int[] counts, int index) {
        int seen = 0;
        for (int level = 0; level < counts.length; level++) {
            seen += counts[level];
            if (index < seen) {
                return level + 1;
            }
        }
        return counts.length;
    }
}
