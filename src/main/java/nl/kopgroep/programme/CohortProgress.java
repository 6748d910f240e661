package nl.kopgroep.programme;

import nl.kopgroep.base.SmallGroups;
import nl.kopgroep.organisation.CohortSummary;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's programme progress as a whole: no individual figures. For a cohort of fewer than
 * {@value SmallGroups#MIN_PEOPLE} participants {@code participants} and {@code averagePercentDone}
 * are null: no figure about its people at all. The modules opened follow from the schedule alone.
 */
public record CohortProgress(CohortSummary cohort, @Nullable Integer participants, @Nullable Integer averagePercentDone,
                             int modulesOpened, int moduleCount) {

    /** Whether figures about the cohort's people are shown. */
    public boolean shown() {
        return participants != null;
    }
}
