package nl.kopgroep.organisation;

import java.time.LocalDate;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;

/**
 * @param programmeMonth 0 before the start, 1–24 during the programme, 25 once it has ended
 */
public record CohortSummary(CohortId id, OrganisationId organisationId, String organisationName, String name,
                            LocalDate startDate, LocalDate endDate, int participantCount, int coachCount,
                            int programmeMonth) {

    public boolean started() {
        return programmeMonth > 0;
    }

    public boolean finished() {
        return programmeMonth > Cohort.PROGRAMME_MONTHS;
    }
}
