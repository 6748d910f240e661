package nl.kopgroep.organisation;

import java.util.List;
import nl.kopgroep.base.UserId;

/** A cohort and the ids of its active participants, for aggregate figures. */
public record CohortMembers(CohortSummary cohort, List<UserId> participants) {
}
