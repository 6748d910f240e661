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

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.time.Clock clock;

    OrganisationCohortService(CohortRepository cohorts, CurrentUser currentUser, OrganisationDirectory directory,
                              CohortSummaries summaries, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                              java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.directory = directory;
        this.summaries = summaries;
    }

    /** The cohorts of the signed-in manager's (or admin's) own organisation, newest first. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> organisationCohorts() {
        return nl.kopgroep.base.RequestMemo.get("organisationCohorts:" + currentUser.organisationId().value(),
                this::readOrganisationCohorts);
    }

    private List<CohortSummary> readOrganisationCohorts() {
        return List.copyOf(summaries.summaries(cohorts.findByOrganisationIdOrderByStartDateDesc(
                currentUser.organisationId().value())).values()).stream()
                .sorted(Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    /** The cohorts of the signed-in manager's (or admin's) organisation with their participants' ids. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortMembers> organisationCohortMembers() {
        return nl.kopgroep.base.RequestMemo.get("organisationCohortMembers:" + currentUser.organisationId().value(),
                this::readOrganisationCohortMembers);
    }

    /**
     * One statement (issue 16: four before, and the dashboard asked three times): each cohort with its organisation's
     * name, its members per role, and the ids of the participants who count (participant role, active account).
     */
    private List<CohortMembers> readOrganisationCohortMembers() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT c.id, c.organisation_id, o.name, c.name, c.start_date,
                               (SELECT COUNT(*) FROM cohort_member m WHERE m.cohort_id = c.id AND m.member_role = 'PARTICIPANT'),
                               (SELECT COUNT(*) FROM cohort_member m WHERE m.cohort_id = c.id AND m.member_role <> 'PARTICIPANT'),
                               (SELECT GROUP_CONCAT(m.user_id ORDER BY m.user_id) FROM cohort_member m
                                JOIN app_user u ON u.id = m.user_id AND u.active = true
                                WHERE m.cohort_id = c.id AND m.member_role = 'PARTICIPANT')
                        FROM cohort c JOIN organisation o ON o.id = c.organisation_id
                        WHERE c.organisation_id = ? ORDER BY c.start_date DESC, c.id""")
                .param(currentUser.organisationId().value())
                .query((rs, row) -> {
                    java.time.LocalDate start = rs.getObject(5, java.time.LocalDate.class);
                    CohortSummary summary = new CohortSummary(new CohortId(rs.getLong(1)),
                            new nl.kopgroep.base.OrganisationId(rs.getLong(2)), rs.getString(3), rs.getString(4), start,
                            start.plusMonths(Cohort.PROGRAMME_MONTHS).minusDays(1), rs.getInt(6), rs.getInt(7),
                            CohortSummaries.programmeMonth(start, today));
                    String ids = rs.getString(8);
                    List<UserId> participants = ids == null ? List.of() : java.util.Arrays.stream(ids.split(","))
                            .map(id -> new UserId(Long.parseLong(id))).toList();
                    return new CohortMembers(summary, participants);
                })
                .list();
    }
}
