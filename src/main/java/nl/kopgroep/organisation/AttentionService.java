package nl.kopgroep.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What needs an administrator's attention in an organisation: loose ends in accounts and cohorts. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AttentionService {

    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CoachAssignmentRepository assignments;
    private final OrganisationAccess access;
    private final nl.kopgroep.mail.MailOutbox outbox;

    AttentionService(UserAccountRepository accounts, CohortRepository cohorts, CohortMemberRepository members,
                     CoachAssignmentRepository assignments, OrganisationAccess access, nl.kopgroep.mail.MailOutbox outbox) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.access = access;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AttentionItem> attentionItems(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        List<UserAccount> people = accounts.findByOrganisationIdOrderByDisplayNameAsc(organisation.value()).stream()
                .filter(UserAccount::active).toList();
        List<Cohort> organisationCohorts = cohorts.findByOrganisationIdOrderByStartDateDesc(organisation.value());
        List<Long> cohortIds = organisationCohorts.stream().map(c -> c.id().value()).toList();
        List<CohortMember> cohortMembers = cohortIds.isEmpty() ? List.of() : members.findByCohortIdIn(cohortIds);
        List<CoachAssignment> pairs = cohortIds.isEmpty() ? List.of() : assignments.findByCohortIdIn(cohortIds);

        Set<Long> inACohort = cohortMembers.stream().filter(m -> m.memberRole() == MemberRole.PARTICIPANT)
                .map(m -> m.userId().value()).collect(Collectors.toSet());
        Set<Long> coached = pairs.stream().map(a -> a.participantId().value()).collect(Collectors.toSet());
        Map<Long, Long> coachesPerCohort = cohortMembers.stream().filter(m -> m.memberRole() == MemberRole.COACH)
                .collect(Collectors.groupingBy(m -> m.cohortId().value(), Collectors.counting()));

        List<AttentionItem> items = new ArrayList<>();
        for (UserAccount person : people) {
            if (person.hasRole(Role.PARTICIPANT) && !inACohort.contains(person.id().value())) {
                items.add(new AttentionItem(AttentionItem.Kind.PARTICIPANT_WITHOUT_COHORT, person.displayName()));
            } else if (person.hasRole(Role.PARTICIPANT) && !coached.contains(person.id().value())) {
                items.add(new AttentionItem(AttentionItem.Kind.PARTICIPANT_WITHOUT_COACH, person.displayName()));
            }
        }
        for (Cohort cohort : organisationCohorts) {
            if (coachesPerCohort.getOrDefault(cohort.id().value(), 0L) == 0) {
                items.add(new AttentionItem(AttentionItem.Kind.COHORT_WITHOUT_COACH, cohort.name()));
            }
        }
        for (UserAccount person : people) {
            if (person.passwordHash() == null) {
                items.add(new AttentionItem(AttentionItem.Kind.INVITATION_PENDING, person.displayName()));
            }
        }
        Map<Long, String> names = people.stream()
                .collect(Collectors.toMap(person -> person.id().value(), UserAccount::displayName));
        outbox.failures(Set.of(organisation), MailFailureService.LIMIT).stream()
                .filter(mail -> mail.retryable() && mail.recipient() != null && names.containsKey(mail.recipient().value()))
                .map(mail -> names.get(mail.recipient().value())).distinct()
                .forEach(name -> items.add(new AttentionItem(AttentionItem.Kind.UNDELIVERED_MAIL, name)));
        return items;
    }
}
