package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts (kopgroepen), their members and who coaches whom. Participants see their own cohort,
 * coaches their coachees, managers the cohorts of their organisation, admins administer them.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CohortService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CoachAssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final OrganisationAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, CoachAssignmentRepository assignments,
                  UserAccountRepository accounts, OrganisationRepository organisations, OrganisationAccess access,
                  CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.accounts = accounts;
        this.organisations = organisations;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- for participants, coaches and managers -------------------------------------------------

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
                    Map<Long, UserAccount> people = people(cohortMembers.stream().map(m -> m.userId().value()).toList());
                    List<Person> myCoaches = people(assignments.findByCohortId(cohort.id().value()).stream()
                            .filter(a -> a.participantId().equals(me))
                            .map(a -> a.coachId().value()).toList()).values().stream()
                            .map(CohortService::person).sorted(byName()).toList();
                    List<Person> coaches = membersWithRole(cohortMembers, people, MemberRole.COACH);
                    List<Person> fellows = membersWithRole(cohortMembers, people, MemberRole.PARTICIPANT).stream()
                            .filter(p -> !p.id().equals(me)).toList();
                    return new MyCohort(summary(cohort, cohortMembers), myCoaches, coaches, fellows);
                });
    }

    /** The participants assigned to the signed-in coach, with their cohort. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Coachee> myCoachees() {
        List<CoachAssignment> mine = assignments.findByCoachId(currentUser.id().value());
        Map<Long, UserAccount> people = people(mine.stream().map(a -> a.participantId().value()).toList());
        Map<Long, CohortSummary> summaries = summaries(cohorts.findAllById(
                mine.stream().map(a -> a.cohortId().value()).distinct().toList()));
        return mine.stream()
                .filter(a -> people.containsKey(a.participantId().value()))
                .map(a -> new Coachee(person(people.get(a.participantId().value())), summaries.get(a.cohortId().value())))
                .sorted(Comparator.comparing((Coachee c) -> c.person().displayName()))
                .toList();
    }

    /** The cohorts of the signed-in manager's (or admin's) own organisation, newest first. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> organisationCohorts() {
        return List.copyOf(summaries(cohorts.findByOrganisationIdOrderByStartDateDesc(
                currentUser.organisationId().value())).values()).stream()
                .sorted(Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    /** The cohorts the signed-in person is a member of (as participant or coach). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<CohortId> myCohortIds() {
        return members.findByUserId(currentUser.id().value()).stream().map(CohortMember::cohortId)
                .collect(Collectors.toSet());
    }

    /** Names of everyone in the cohorts the signed-in person belongs to (participants and coaches). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UserId, String> namesInMyCohorts() {
        List<Long> cohortIds = myCohortIds().stream().map(CohortId::value).toList();
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        return people(members.findByCohortIdIn(cohortIds).stream().map(m -> m.userId().value()).toList()).values()
                .stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName, (a, b) -> a));
    }

    /** Whether the signed-in person is a coach assigned to this participant. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean coachesParticipant(UserId participant) {
        return assignments.findByParticipantId(participant.value()).stream()
                .anyMatch(a -> a.coachId().equals(currentUser.id()));
    }

    /** The cohorts of the signed-in manager's (or admin's) organisation with their participants' ids. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortMembers> organisationCohortMembers() {
        List<CohortSummary> summaries = organisationCohorts();
        if (summaries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<UserId>> participants = members.findByCohortIdIn(
                        summaries.stream().map(c -> c.id().value()).toList()).stream()
                .filter(m -> m.memberRole() == MemberRole.PARTICIPANT)
                .collect(Collectors.groupingBy(m -> m.cohortId().value(),
                        Collectors.mapping(CohortMember::userId, Collectors.toList())));
        Set<Long> active = people(participants.values().stream().flatMap(List::stream).map(UserId::value).toList())
                .keySet();
        return summaries.stream().map(c -> new CohortMembers(c, participants.getOrDefault(c.id().value(), List.of())
                .stream().filter(u -> active.contains(u.value())).toList())).toList();
    }

    // --- administration -------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        return summaries(cohorts.findByOrganisationIdOrderByStartDateDesc(organisation.value())).values().stream()
                .sorted(Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CohortDetails details(CohortId id) {
        Cohort cohort = administrable(id);
        List<CohortMember> cohortMembers = members.findByCohortId(id.value());
        Map<Long, UserAccount> people = people(cohortMembers.stream().map(m -> m.userId().value()).toList());
        List<CohortDetails.Assignment> pairs = assignments.findByCohortId(id.value()).stream()
                .filter(a -> people.containsKey(a.coachId().value()) && people.containsKey(a.participantId().value()))
                .map(a -> new CohortDetails.Assignment(person(people.get(a.coachId().value())),
                        person(people.get(a.participantId().value()))))
                .toList();
        return new CohortDetails(summary(cohort, cohortMembers),
                membersWithRole(cohortMembers, people, MemberRole.PARTICIPANT),
                membersWithRole(cohortMembers, people, MemberRole.COACH), pairs);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CohortSummary create(OrganisationId organisation, String name, LocalDate startDate) {
        access.requireAdminOf(organisation);
        String validName = InputRules.name(name, "cohort.name");
        requireStartDate(startDate);
        if (cohorts.existsByOrganisationIdAndNameIgnoreCase(organisation.value(), validName)) {
            throw new DomainException("cohort.exists", validName);
        }
        Cohort cohort = cohorts.save(new Cohort(organisation, validName, startDate, clock.instant()));
        auditLog.record("COHORT_CREATED", "cohort " + cohort.id());
        return summary(cohort, List.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CohortSummary change(CohortId id, String name, LocalDate startDate) {
        Cohort cohort = administrable(id);
        String validName = InputRules.name(name, "cohort.name");
        requireStartDate(startDate);
        if (!cohort.name().equalsIgnoreCase(validName)
                && cohorts.existsByOrganisationIdAndNameIgnoreCase(cohort.organisationId().value(), validName)) {
            throw new DomainException("cohort.exists", validName);
        }
        cohort.change(validName, startDate);
        auditLog.record("COHORT_CHANGED", "cohort " + id);
        return summary(cohort, members.findByCohortId(id.value()));
    }

    /** Adds a person to a cohort as participant or coach; the person's roles must allow it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void addMember(CohortId id, UserId userId, MemberRole role) {
        Cohort cohort = administrable(id);
        UserAccount account = accounts.findByIdAndOrganisationId(userId.value(), cohort.organisationId().value())
                .orElseThrow(NotFoundException::new);
        Role required = role == MemberRole.COACH ? Role.COACH : Role.PARTICIPANT;
        if (!account.hasRole(required)) {
            throw new DomainException("cohort.member.missingRole", account.displayName());
        }
        if (!account.active()) {
            throw new DomainException("account.inactive");
        }
        if (members.findByCohortIdAndUserId(id.value(), userId.value()).isPresent()) {
            throw new DomainException("cohort.member.exists", account.displayName());
        }
        members.save(new CohortMember(id, userId, role));
        auditLog.record("COHORT_MEMBER_ADDED", "cohort " + id + " user " + userId + " as " + role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeMember(CohortId id, UserId userId) {
        administrable(id);
        CohortMember member = members.findByCohortIdAndUserId(id.value(), userId.value())
                .orElseThrow(NotFoundException::new);
        if (member.memberRole() == MemberRole.COACH) {
            assignments.deleteByCohortIdAndCoachId(id.value(), userId.value());
        } else {
            assignments.deleteByCohortIdAndParticipantId(id.value(), userId.value());
        }
        members.delete(member);
        auditLog.record("COHORT_MEMBER_REMOVED", "cohort " + id + " user " + userId);
    }

    /** Makes a coach of the cohort the coach of one of its participants. */
    @PreAuthorize("hasRole('ADMIN')")
    public void assignCoach(CohortId id, UserId coach, UserId participant) {
        administrable(id);
        requireMember(id, coach, MemberRole.COACH, "cohort.assignment.notCoach");
        requireMember(id, participant, MemberRole.PARTICIPANT, "cohort.assignment.notParticipant");
        if (assignments.findByCohortIdAndCoachIdAndParticipantId(id.value(), coach.value(), participant.value())
                .isPresent()) {
            throw new DomainException("cohort.assignment.exists");
        }
        assignments.save(new CoachAssignment(id, coach, participant));
        auditLog.record("COACH_ASSIGNED", "cohort " + id + " coach " + coach + " participant " + participant);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void unassignCoach(CohortId id, UserId coach, UserId participant) {
        administrable(id);
        CoachAssignment assignment = assignments
                .findByCohortIdAndCoachIdAndParticipantId(id.value(), coach.value(), participant.value())
                .orElseThrow(NotFoundException::new);
        assignments.delete(assignment);
        auditLog.record("COACH_UNASSIGNED", "cohort " + id + " coach " + coach + " participant " + participant);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Cohort administrable(CohortId id) {
        Cohort cohort = cohorts.findById(id.value()).orElseThrow(NotFoundException::new);
        access.requireAdminOf(cohort.organisationId());
        return cohort;
    }

    private void requireMember(CohortId cohort, UserId user, MemberRole role, String messageKey) {
        members.findByCohortIdAndUserId(cohort.value(), user.value())
                .filter(m -> m.memberRole() == role)
                .orElseThrow(() -> new DomainException(messageKey));
    }

    private static void requireStartDate(LocalDate startDate) {
        if (startDate == null) {
            throw new DomainException("validation.required", "cohort.startDate");
        }
    }

    private Map<Long, UserAccount> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(Set.copyOf(ids)).stream()
                .filter(UserAccount::active)
                .collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    }

    private static List<Person> membersWithRole(List<CohortMember> cohortMembers, Map<Long, UserAccount> people,
                                                MemberRole role) {
        return cohortMembers.stream()
                .filter(m -> m.memberRole() == role && people.containsKey(m.userId().value()))
                .map(m -> person(people.get(m.userId().value())))
                .sorted(byName())
                .toList();
    }

    private Map<Long, CohortSummary> summaries(List<Cohort> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CohortMember>> byCohort = members.findByCohortIdIn(
                        list.stream().map(c -> c.id().value()).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.cohortId().value()));
        return list.stream().collect(Collectors.toMap(c -> c.id().value(),
                c -> summary(c, byCohort.getOrDefault(c.id().value(), List.of()))));
    }

    private CohortSummary summary(Cohort cohort, List<CohortMember> cohortMembers) {
        long participants = cohortMembers.stream().filter(m -> m.memberRole() == MemberRole.PARTICIPANT).count();
        long coaches = cohortMembers.size() - participants;
        String organisationName = organisations.findById(cohort.organisationId().value())
                .map(Organisation::name).orElse("");
        return new CohortSummary(cohort.id(), cohort.organisationId(), organisationName, cohort.name(),
                cohort.startDate(), cohort.endDate(), (int) participants, (int) coaches,
                programmeMonth(cohort.startDate(), LocalDate.now(clock)));
    }

    /** 0 before the start, 1 in the first month, …, 24 in the last, 25 after the end. */
    static int programmeMonth(LocalDate start, LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        long month = ChronoUnit.MONTHS.between(start, today) + 1;
        return (int) Math.min(month, Cohort.PROGRAMME_MONTHS + 1);
    }

    static Person person(UserAccount account) {
        return new Person(account.id(), account.displayName(), account.email());
    }

    private static Comparator<Person> byName() {
        return Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER);
    }
}
