package nl.kopgroep.journal;

import java.time.YearMonth;
import java.util.SortedMap;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.SmallGroups;

/**
 * Journal activity of one cohort as a whole: entries written per completed calendar month. Never per
 * person: {@code shown} is false (with no figures at all, not even the cohort's size) for a cohort of
 * fewer than {@value SmallGroups#MIN_PEOPLE} participants, and a month in which fewer than that many
 * participants wrote is {@code suppressed}.
 */
public record CohortActivity(CohortId cohortId, String cohortName, boolean shown,
                             SortedMap<YearMonth, Month> months) {

    /** One month: entries and writers, both 0 when suppressed. */
    public record Month(long entries, int writers, boolean suppressed) {
    }

    /** The entries per month (0 for a suppressed month). */
    public SortedMap<YearMonth, Long> entriesPerMonth() {
        SortedMap<YearMonth, Long> entries = new java.util.TreeMap<>();
        months.forEach((month, count) -> entries.put(month, count.entries()));
        return entries;
    }
}
