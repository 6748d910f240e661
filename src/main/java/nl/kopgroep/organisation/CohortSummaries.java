package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Cohorts and people as records for the screens, shared by the cohort services. */
@Component
class CohortSummaries {

    private final CohortMemberRepository members;
    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final Clock clock;

    CohortSummaries(CohortMemberRepository members, UserAccountRepository accounts, OrganisationRepository organisations,
                    Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    Map<Long, UserAccount> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(Set.copyOf(ids)).stream()
                .filter(UserAccount::active)
                .collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    }

    static List<Person> membersWithRole(List<CohortMember> cohortMembers, Map<Long, UserAccount> people,
                                                MemberRole role) {
        return cohortMembers.stream()
                .filter(m -> m.memberRole() == role && people.containsKey(m.userId().value()))
                .map(m -> person(people.get(m.userId().value())))
                .sorted(byName())
                .toList();
    }

    Map<Long, CohortSummary> summaries(List<Cohort> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CohortMember>> byCohort = members.findByCohortIdIn(
                        list.stream().map(c -> c.id().value()).toList()).stream()
                .collect(Collectors.groupingBy(m -> m.cohortId().value()));
        return list.stream().collect(Collectors.toMap(c -> c.id().value(),
                c -> summary(c, byCohort.getOrDefault(c.id().value(), List.of()))));
    }

    CohortSummary summary(Cohort cohort, List<CohortMember> cohortMembers) {
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

    static Comparator<Person> byName() {
        return Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER);
    }
}
