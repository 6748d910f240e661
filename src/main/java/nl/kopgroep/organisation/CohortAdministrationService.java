package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administering cohorts (kopgroepen): creating and changing them, their members, and who coaches
 * whom. Administrators of the host organisation administer every municipality's cohorts, others
 * only their own ({@link OrganisationAccess}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class CohortAdministrationService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CoachAssignmentRepository assignments;
    private final UserAccountRepository accounts;
    private final OrganisationAccess access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CohortSummaries summaries;

    CohortAdministrationService(CohortRepository cohorts, CohortMemberRepository members,
                                CoachAssignmentRepository assignments, UserAccountRepository accounts,
                                OrganisationAccess access, AuditLog auditLog, Clock clock, CohortSummaries summaries) {
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.accounts = accounts;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.summaries = summaries;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        return summaries.summaries(cohorts.findByOrganisationIdOrderByStartDateDesc(organisation.value())).values().stream()
                .sorted(Comparator.comparing(CohortSummary::startDate).reversed()).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public CohortDetails details(CohortId id) {
        Cohort cohort = administrable(id);
        List<CohortMember> cohortMembers = members.findByCohortId(id.value());
        Map<Long, UserAccount> people = summaries.people(cohortMembers.stream().map(m -> m.userId().value()).toList());
        List<CohortDetails.Assignment> pairs = assignments.findByCohortId(id.value()).stream()
                .filter(a -> people.containsKey(a.coachId().value()) && people.containsKey(a.participantId().value()))
                .map(a -> new CohortDetails.Assignment(CohortSummaries.person(people.get(a.coachId().value())),
                        CohortSummaries.person(people.get(a.participantId().value()))))
                .toList();
        return new CohortDetails(summaries.summary(cohort, cohortMembers),
                CohortSummaries.membersWithRole(cohortMembers, people, MemberRole.PARTICIPANT),
                CohortSummaries.membersWithRole(cohortMembers, people, MemberRole.COACH), pairs);
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
        return summaries.summary(cohort, List.of());
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
        return summaries.summary(cohort, members.findByCohortId(id.value()));
    }

    /** Adds a person to a cohort as participant or coach; the person's roles must allow it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void addMember(CohortId id, UserId userId, MemberRole role) {
        Cohort cohort = administrable(id);
        // Separation of duties: membership opens GROUP entries, so an administrator never adds themselves.
        if (access.requireAdminOf(cohort.organisationId()).id().equals(userId)) {
            throw new DomainException("cohort.member.self");
        }
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
        auditLog.recordAbout(userId, cohort.organisationId(), "COHORT_MEMBER_ADDED", "cohort " + id + " user " + userId + " as " + role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeMember(CohortId id, UserId userId) {
        Cohort cohort = administrable(id);
        CohortMember member = members.findByCohortIdAndUserId(id.value(), userId.value())
                .orElseThrow(NotFoundException::new);
        if (member.memberRole() == MemberRole.COACH) {
            assignments.deleteByCohortIdAndCoachId(id.value(), userId.value());
        } else {
            assignments.deleteByCohortIdAndParticipantId(id.value(), userId.value());
        }
        members.delete(member);
        auditLog.recordAbout(userId, cohort.organisationId(), "COHORT_MEMBER_REMOVED", "cohort " + id + " user " + userId);
    }

    /** Makes a coach of the cohort the coach of one of its participants. */
    @PreAuthorize("hasRole('ADMIN')")
    public void assignCoach(CohortId id, UserId coach, UserId participant) {
        Cohort cohort = administrable(id);
        // Separation of duties: an administrator never makes themselves someone's coach.
        if (access.requireAdminOf(cohort.organisationId()).id().equals(coach)) {
            throw new DomainException("cohort.assignment.self");
        }
        requireMember(id, coach, MemberRole.COACH, "cohort.assignment.notCoach");
        requireMember(id, participant, MemberRole.PARTICIPANT, "cohort.assignment.notParticipant");
        if (assignments.findByCohortIdAndCoachIdAndParticipantId(id.value(), coach.value(), participant.value())
                .isPresent()) {
            throw new DomainException("cohort.assignment.exists");
        }
        assignments.save(new CoachAssignment(id, coach, participant, clock.instant()));
        auditLog.recordAbout(participant, cohort.organisationId(), "COACH_ASSIGNED", "cohort " + id + " coach " + coach + " participant " + participant);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void unassignCoach(CohortId id, UserId coach, UserId participant) {
        Cohort cohort = administrable(id);
        CoachAssignment assignment = assignments
                .findByCohortIdAndCoachIdAndParticipantId(id.value(), coach.value(), participant.value())
                .orElseThrow(NotFoundException::new);
        assignments.delete(assignment);
        auditLog.recordAbout(participant, cohort.organisationId(), "COACH_UNASSIGNED", "cohort " + id + " coach " + coach + " participant " + participant);
    }

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
}
