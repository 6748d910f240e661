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
        // Issue 16: the participant's home asked four times in one page (its own section, the programme, the scan,
        // the sessions): eight statements each.
        return nl.kopgroep.base.RequestMemo.get("myCohort:" + me.value(), () -> readMyCohort(me));
    }

    /**
     * The participant's most recent cohort with its people, in three statements (issue 16: eight through the
     * entities, on nearly every page of a participant). Only active accounts are listed; the counts are of all members.
     */
    private Optional<MyCohort> readMyCohort(UserId me) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Optional<CohortSummary> cohort = jdbc.sql("""
                        SELECT c.id, c.organisation_id, o.name, c.name, c.start_date,
                               (SELECT COUNT(*) FROM cohort_member x WHERE x.cohort_id = c.id AND x.member_role = 'PARTICIPANT'),
                               (SELECT COUNT(*) FROM cohort_member x WHERE x.cohort_id = c.id AND x.member_role <> 'PARTICIPANT')
                        FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
                        LEFT JOIN organisation o ON o.id = c.organisation_id
                        WHERE m.user_id = ? AND m.member_role = 'PARTICIPANT'
                        ORDER BY c.start_date DESC, c.id DESC LIMIT 1""")
                .param(me.value())
                .query((rs, row) -> {
                    java.time.LocalDate start = rs.getObject(5, java.time.LocalDate.class);
                    return new CohortSummary(new CohortId(rs.getLong(1)), new nl.kopgroep.base.OrganisationId(rs.getLong(2)),
                            java.util.Objects.requireNonNullElse(rs.getString(3), ""), rs.getString(4), start,
                            start.plusMonths(Cohort.PROGRAMME_MONTHS).minusDays(1), rs.getInt(6), rs.getInt(7),
                            CohortSummaries.programmeMonth(start, today));
                })
                .optional();
        return cohort.map(summary -> {
            List<Person> coaches = new java.util.ArrayList<>();
            List<Person> fellows = new java.util.ArrayList<>();
            jdbc.sql("""
                            SELECT u.id, u.display_name, u.email, m.member_role
                            FROM cohort_member m JOIN app_user u ON u.id = m.user_id AND u.active = true
                            WHERE m.cohort_id = ?""")
                    .param(summary.id().value())
                    .query((java.sql.ResultSet rs) -> {
                        Person person = new Person(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3));
                        MemberRole role = MemberRole.valueOf(rs.getString(4));
                        if (role == MemberRole.COACH) {
                            coaches.add(person);
                        } else if (role == MemberRole.PARTICIPANT && !person.id().equals(me)) {
                            fellows.add(person);
                        }
                    });
            List<Person> myCoaches = jdbc.sql("""
                            SELECT DISTINCT u.id, u.display_name, u.email
                            FROM coach_assignment a JOIN app_user u ON u.id = a.coach_id AND u.active = true
                            WHERE a.cohort_id = ? AND a.participant_id = ?""")
                    .params(summary.id().value(), me.value())
                    .query((rs, row) -> new Person(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                    .list();
            return new MyCohort(summary, myCoaches.stream().sorted(CohortSummaries.byName()).toList(),
                    coaches.stream().sorted(CohortSummaries.byName()).toList(),
                    fellows.stream().sorted(CohortSummaries.byName()).toList());
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
        long me = currentUser.id().value();
        return nl.kopgroep.base.RequestMemo.get("myCohortIds:" + me, () -> members.cohortsWithFittingRole(me).stream()
                .map(CohortId::new).collect(Collectors.toUnmodifiableSet()));
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
        Map<UserId, String> names = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT u.id, u.display_name FROM cohort_member m
                        JOIN app_user u ON u.id = m.user_id AND u.active = true WHERE m.cohort_id IN (:cohorts)""")
                .param("cohorts", cohortIds)
                .query((java.sql.ResultSet rs) -> {
                    names.put(new UserId(rs.getLong(1)), rs.getString(2));
                });
        return names;
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
