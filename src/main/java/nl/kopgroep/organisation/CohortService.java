package nl.kopgroep.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts (kopgroepen) as their members know them: a participant's own cohort and fellow members, a
 * coach's coachees, the cohorts someone belongs to and whom they may know by name. Managers see the
 * organisation's cohorts through {@link OrganisationCohortService}; administering cohorts is
 * {@link CohortAdministrationService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CohortService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CoachAssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final CohortSummaries summaries;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.time.Clock clock;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, CoachAssignmentRepository assignments,
                  UserAccountRepository accounts, CurrentUser currentUser, CohortSummaries summaries,
                  org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.summaries = summaries;
    }

    /** The cohort the signed-in participant takes part in (the most recent one if several). */
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Transactional(readOnly = true)
    public Optional<MyCohort> myCohort() {
        UserId me = currentUser.id();
        return members.findByUserId(me.value()).stream()
                .filter(m -> m.memberRole() == MemberRole.PARTICIPANT)
                .map(m -> cohorts.findById(m.cohortId().value()).orElseThrow())
                .max(Comparator.comparing(Cohort::startDate))
                .map(cohort -> {
                    List<CohortMember> cohortMembers = members.findByCohortId(cohort.id().value());
                    Map<Long, UserAccount> people = summaries.people(cohortMembers.stream().map(m -> m.userId().value()).toList());
                    List<Person> myCoaches = summaries.people(assignments.findByCohortId(cohort.id().value()).stream()
                            .filter(a -> a.participantId().equals(me))
                            .map(a -> a.coachId().value()).toList()).values().stream()
                            .map(CohortSummaries::person).sorted(CohortSummaries.byName()).toList();
                    List<Person> coaches = CohortSummaries.membersWithRole(cohortMembers, people, MemberRole.COACH);
                    List<Person> fellows = CohortSummaries.membersWithRole(cohortMembers, people, MemberRole.PARTICIPANT).stream()
                            .filter(p -> !p.id().equals(me)).toList();
                    return new MyCohort(summaries.summary(cohort, cohortMembers), myCoaches, coaches, fellows);
                });
    }

    /** The participants assigned to the signed-in coach, with their cohort. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Coachee> myCoachees() {
        return nl.kopgroep.base.RequestMemo.get("myCoachees:" + currentUser.id().value(), this::readMyCoachees);
    }

    /**
     * The coach's active coachees with their cohorts, in one statement (issue 16: six before, and the coach's home
     * asked six times).
     */
    private List<Coachee> readMyCoachees() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.email, c.id, c.organisation_id, o.name, c.name, c.start_date,
                               (SELECT COUNT(*) FROM cohort_member m WHERE m.cohort_id = c.id AND m.member_role = 'PARTICIPANT'),
                               (SELECT COUNT(*) FROM cohort_member m WHERE m.cohort_id = c.id AND m.member_role <> 'PARTICIPANT')
                        FROM coach_assignment a JOIN app_user u ON u.id = a.participant_id AND u.active = true
                        JOIN cohort c ON c.id = a.cohort_id JOIN organisation o ON o.id = c.organisation_id
                        WHERE a.coach_id = ?""")
                .param(currentUser.id().value())
                .query((rs, row) -> {
                    java.time.LocalDate start = rs.getObject(8, java.time.LocalDate.class);
                    return new Coachee(new Person(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3)),
                            new CohortSummary(new CohortId(rs.getLong(4)), new nl.kopgroep.base.OrganisationId(rs.getLong(5)),
                                    rs.getString(6), rs.getString(7), start,
                                    start.plusMonths(Cohort.PROGRAMME_MONTHS).minusDays(1), rs.getInt(9), rs.getInt(10),
                                    CohortSummaries.programmeMonth(start, today)));
                })
                .list().stream()
                .sorted(Comparator.comparing((Coachee c) -> c.person().displayName()))
                .toList();
    }

    /**
     * The cohorts the signed-in person is a member of (as participant or coach), counting a membership only
     * while the person holds the fitting role in the database: a coach whose COACH role is removed stops
     * reading the cohort's GROUP entries at once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<CohortId> myCohortIds() {
        return members.cohortsWithFittingRole(currentUser.id().value()).stream().map(CohortId::new)
                .collect(Collectors.toSet());
    }

    /**
     * The signed-in person's coaches and since when each coaches them (issue 11: nobody becomes someone's
     * coach unseen). Empty for someone who is nobody's coachee.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyCoach> myCoachAssignments() {
        List<CoachAssignment> mine = assignments.findByParticipantId(currentUser.id().value());
        Map<Long, UserAccount> people = summaries.people(mine.stream().map(a -> a.coachId().value()).toList());
        return mine.stream().filter(a -> people.containsKey(a.coachId().value()))
                .map(a -> new MyCoach(CohortSummaries.person(people.get(a.coachId().value())), a.assignedAt()))
                .sorted(Comparator.comparing((MyCoach c) -> c.coach().displayName()))
                .toList();
    }

    /** Names of everyone in the cohorts the signed-in person belongs to (participants and coaches). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UserId, String> namesInMyCohorts() {
        List<Long> cohortIds = myCohortIds().stream().map(CohortId::value).toList();
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        return summaries.people(members.findByCohortIdIn(cohortIds).stream().map(m -> m.userId().value()).toList()).values()
                .stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
    }

    /**
     * Whether the signed-in person is a coach assigned to this participant and holds the COACH role now,
     * in the database (not as the session remembers it).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean coachesParticipant(UserId participant) {
        return assignments.activeCoachOf(currentUser.id().value(), participant.value());
    }

}
