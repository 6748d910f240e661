package nl.kopgroep.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohorts of the signed-in manager's (or admin's) own organisation, as management sees them:
 * names, dates, sizes and who counts as a participant — for aggregate figures, never a person's work.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Transactional(readOnly = true)
public class OrganisationCohortService {

    private final CohortRepository cohorts;
    private final CurrentUser currentUser;
    private final OrganisationDirectory directory;
    private final CohortSummaries summaries;

    OrganisationCohortService(CohortRepository cohorts, CurrentUser currentUser, OrganisationDirectory directory,
                              CohortSummaries summaries) {
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.directory = directory;
        this.summaries = summaries;
    }

    /** The cohorts of the signed-in manager's (or admin's) own organisation, newest first. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> organisationCohorts() {
        return List.copyOf(summaries.summaries(cohorts.findByOrganisationIdOrderByStartDateDesc(
                currentUser.organisationId().value())).values()).stream()
                .sorted(Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    /** The cohorts of the signed-in manager's (or admin's) organisation with their participants' ids. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortMembers> organisationCohortMembers() {
        List<CohortSummary> mine = organisationCohorts();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<CohortId, List<UserId>> participants = directory.activeParticipants(
                mine.stream().map(CohortSummary::id).toList());
        return mine.stream().map(c -> new CohortMembers(c, List.copyOf(participants.get(c.id())))).toList();
    }
}
