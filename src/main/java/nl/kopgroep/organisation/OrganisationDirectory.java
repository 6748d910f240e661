package nl.kopgroep.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's facts other features need, with one owner: who the participants of a cohort
 * are, what a person is called, who coaches whom. Other features never read the organisation's
 * tables themselves (the table-ownership test keeps it so).
 *
 * <p>This is not a security boundary: it answers for any id it is given. Only application services
 * that have already decided the caller may see the answer (and the demo loaders, which run without
 * a user) call it; views never do (architecture test).
 */
@Component
@Transactional(readOnly = true)
public class OrganisationDirectory {

    /** Who coaches whom in which cohort. */
    public record Assignment(CohortId cohort, UserId coach, UserId participant) {
    }

    private final UserAccountRepository accounts;
    private final CohortMemberRepository members;
    private final CoachAssignmentRepository assignments;
    private final CohortRepository cohorts;
    private final OrganisationRepository organisations;

    OrganisationDirectory(UserAccountRepository accounts, CohortMemberRepository members,
                          CoachAssignmentRepository assignments, CohortRepository cohorts,
                          OrganisationRepository organisations) {
        this.accounts = accounts;
        this.members = members;
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.organisations = organisations;
    }

    /** The names of these people (active or not: a read log or a thread keeps the name of someone who left). */
    public Map<UserId, String> displayNames(Collection<UserId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<UserId, String> names = new HashMap<>();
        accounts.displayNames(people.stream().map(UserId::value).collect(Collectors.toSet()))
                .forEach(row -> names.put(new UserId((Long) row[0]), (String) row[1]));
        return names;
    }

    public String displayName(UserId person) {
        return displayNames(Set.of(person)).getOrDefault(person, "");
    }

    /**
     * The participants of these cohorts who count: members with the participant role whose account
     * is active. Every cohort asked for is in the answer, an empty one with an empty list.
     */
    public Map<CohortId, List<UserId>> activeParticipants(Collection<CohortId> cohortIds) {
        Map<CohortId, List<UserId>> result = new LinkedHashMap<>();
        cohortIds.forEach(cohort -> result.put(cohort, new java.util.ArrayList<>()));
        if (cohortIds.isEmpty()) {
            return result;
        }
        members.activeParticipants(cohortIds.stream().map(CohortId::value).collect(Collectors.toSet()))
                .forEach(row -> result.get(new CohortId((Long) row[0])).add(new UserId((Long) row[1])));
        return result;
    }

    /** The active participants of all cohorts of an organisation. */
    public Map<CohortId, List<UserId>> activeParticipants(OrganisationId organisation) {
        return activeParticipants(cohorts.findByOrganisationIdOrderByStartDateDesc(organisation.value()).stream()
                .map(Cohort::id).toList());
    }

    /** Every coach assignment in the organisation's cohorts. */
    public List<Assignment> assignments(OrganisationId organisation) {
        List<Long> cohortIds = cohorts.findByOrganisationIdOrderByStartDateDesc(organisation.value()).stream()
                .map(c -> c.id().value()).toList();
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return assignments.findByCohortIdIn(cohortIds).stream()
                .map(a -> new Assignment(a.cohortId(), a.coachId(), a.participantId()))
                .sorted(java.util.Comparator.comparingLong((Assignment a) -> a.participant().value())
                        .thenComparingLong(a -> a.coach().value()))
                .toList();
    }

    /** A municipality's name (e.g. a row of a joint programme's attendance). */
    public Optional<String> organisationName(OrganisationId organisation) {
        return organisations.findById(organisation.value()).map(Organisation::name);
    }

    public Optional<OrganisationId> organisationByCode(String code) {
        return organisations.findByCode(code).map(Organisation::id);
    }

    /** The names of these municipalities (issue 15: the members of a joint programme). */
    public Map<OrganisationId, String> organisationNames(Collection<OrganisationId> ids) {
        Map<OrganisationId, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organisations.findAllById(ids.stream().map(OrganisationId::value).collect(Collectors.toSet()))
                    .forEach(o -> names.put(o.id(), o.name()));
        }
        return names;
    }

    /** The names of these cohorts (issue 15: the cohorts attached to a joint programme). */
    public Map<CohortId, String> cohortNames(Collection<CohortId> ids) {
        Map<CohortId, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            cohorts.findAllById(ids.stream().map(CohortId::value).collect(Collectors.toSet()))
                    .forEach(c -> names.put(c.id(), c.name()));
        }
        return names;
    }

    /** The municipality a cohort belongs to, if the cohort exists. */
    public Optional<OrganisationId> cohortOrganisation(CohortId cohort) {
        return cohorts.findById(cohort.value()).map(Cohort::organisationId);
    }

    /** The e-mail addresses of these accounts (issue 15: the account a role model answers with). */
    public Map<UserId, String> emails(Collection<UserId> people) {
        Map<UserId, String> emails = new HashMap<>();
        if (!people.isEmpty()) {
            accounts.findAllById(people.stream().map(UserId::value).collect(Collectors.toSet()))
                    .forEach(a -> emails.put(a.id(), a.email()));
        }
        return emails;
    }

    /** The municipality of an account that exists and is active; empty for a deactivated or unknown account. */
    public Optional<OrganisationId> activeAccountOrganisation(UserId person) {
        return accounts.findById(person.value()).filter(UserAccount::active).map(UserAccount::organisationId);
    }

    public Optional<UserId> accountByEmail(String email) {
        return accounts.findByEmail(email).map(UserAccount::id);
    }

    /** A cohort, its municipality and its start (for the programme's schedule in scheduled reminders). */
    public record CohortStart(CohortId id, OrganisationId organisation, java.time.LocalDate startDate) {
    }

    /** Every cohort of an active municipality. */
    public List<CohortStart> cohortStarts() {
        Set<Long> active = organisations.findAll().stream().filter(Organisation::active).map(o -> o.id().value())
                .collect(Collectors.toSet());
        return cohorts.findAll().stream().filter(c -> active.contains(c.organisationId().value()))
                .map(c -> new CohortStart(c.id(), c.organisationId(), c.startDate()))
                .sorted(java.util.Comparator.comparingLong(c -> c.id().value())).toList();
    }

    /** The coaches assigned to each of these participants (accounts active or not: the mail skips inactive ones). */
    public Map<UserId, List<UserId>> coachesOf(Collection<UserId> participants) {
        Map<UserId, List<UserId>> result = new LinkedHashMap<>();
        for (UserId participant : participants) {
            result.put(participant, assignments.findByParticipantId(participant.value()).stream()
                    .map(CoachAssignment::coachId).distinct().toList());
        }
        return result;
    }

    /** The active accounts with this role, per municipality (for the management's reminders). */
    public Map<OrganisationId, List<UserId>> activeWithRole(nl.kopgroep.security.Role role) {
        Map<OrganisationId, List<UserId>> result = new LinkedHashMap<>();
        accounts.findAll().stream().filter(a -> a.active() && a.roles().contains(role))
                .sorted(java.util.Comparator.comparingLong(a -> a.id().value()))
                .forEach(a -> result.computeIfAbsent(a.organisationId(), o -> new java.util.ArrayList<>()).add(a.id()));
        return result;
    }


    /** The municipality of each of these people. */
    public Map<UserId, OrganisationId> homeOrganisations(Collection<UserId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<UserId, OrganisationId> result = new HashMap<>();
        accounts.findAllById(people.stream().map(UserId::value).collect(Collectors.toSet()))
                .forEach(account -> result.put(account.id(), account.organisationId()));
        return result;
    }
}
