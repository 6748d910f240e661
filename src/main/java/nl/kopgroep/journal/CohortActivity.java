package nl.kopgroep.journal;

import java.time.YearMonth;
import java.util.SortedMap;

/**
 * Journal activity of one cohort as a whole: entries written per month. Never per person, and
 * {@code shown} is false (with no figures) for a cohort of fewer than {@value JournalService#MIN_GROUP}
 * participants, so nobody can be singled out.
 */
public record CohortActivity(String cohortName, int participants, boolean shown, SortedMap<YearMonth, Long> entriesPerMonth) {
}
