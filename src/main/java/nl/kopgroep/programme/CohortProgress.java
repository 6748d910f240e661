package nl.kopgroep.programme;

import nl.kopgroep.organisation.CohortSummary;

/** A cohort's programme progress as a whole: no individual figures. */
public record CohortProgress(CohortSummary cohort, int participants, int averagePercentDone, int modulesOpened,
                             int moduleCount) {
}
