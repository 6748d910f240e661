package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KopgroepTest
@Transactional
class CohortServiceTest {

    @Autowired nl.kopgroep.organisation.OrganisationCohortService organisationCohorts;
    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohortAdmin;
    @Autowired CohortService cohorts;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired OrganisationRepository organisationRepository;
    @Autowired UserAccountRepository accountRepository;
    @Autowired AttentionService attention;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void participantSeesOwnCohortCoachAndFellows() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        MyCohort mine = cohorts.myCohort().orElseThrow();
        assertThat(mine.cohort().name()).isEqualTo("Kopgroep Voorbeeldstad 1");
        assertThat(mine.cohort().participantCount()).isEqualTo(12);
        assertThat(mine.myCoaches()).extracting(Person::displayName).containsExactly("Marieke Jansen");
        assertThat(mine.cohortCoaches()).extracting(Person::displayName).containsExactly("Ahmed El Amrani", "Marieke Jansen");
        assertThat(mine.fellowParticipants()).hasSize(11).extracting(Person::email).doesNotContain(DemoUsers.PARTICIPANT);
        assertThat(mine.cohort().programmeMonth()).isBetween(1, 24);
    }

    @Test
    void coachSeesOnlyOwnCoachees() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThat(cohorts.myCoachees()).hasSize(6)
                .allSatisfy(c -> assertThat(c.cohort().name()).isEqualTo("Kopgroep Voorbeeldstad 1"))
                .extracting(c -> c.person().email()).contains(DemoUsers.PARTICIPANT)
                .doesNotContain(DemoUsers.LINDENDAL_PARTICIPANT);

        DemoUsers.signIn(users, DemoUsers.LINDENDAL_COACH);
        assertThat(cohorts.myCoachees()).hasSize(4).extracting(c -> c.person().email())
                .contains(DemoUsers.LINDENDAL_PARTICIPANT);
    }

    @Test
    void managerSeesTheCohortsOfOwnOrganisationOnly() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        assertThat(organisationCohorts.organisationCohorts()).singleElement().satisfies(cohort -> {
            assertThat(cohort.name()).isEqualTo("Kopgroep Voorbeeldstad 1");
            assertThat(cohort.participantCount()).isEqualTo(12);
            assertThat(cohort.coachCount()).isEqualTo(2);
        });
    }

    @Test
    void eachRoleIsRefusedWhatIsNotForIt() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThatThrownBy(() -> cohorts.myCohort()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisationCohorts.organisationCohorts()).isInstanceOf(AccessDeniedException.class);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> cohorts.myCoachees()).isInstanceOf(AccessDeniedException.class);
        OrganisationId voorbeeldstad = voorbeeldstad();
        assertThatThrownBy(() -> cohortAdmin.cohorts(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        assertThatThrownBy(() -> cohortAdmin.create(voorbeeldstad, "Stiekem", LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminBuildsACohortWithMembersAndCoachAssignments() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        OrganisationId voorbeeldstad = voorbeeldstad();
        CohortSummary created = cohortAdmin.create(voorbeeldstad, "Kopgroep Voorbeeldstad 2", LocalDate.of(2027, 3, 1));
        assertThat(created.endDate()).isEqualTo(LocalDate.of(2029, 2, 28));
        CohortId id = created.id();
        UserId coach = user(DemoUsers.COACH);
        UserId participant = user("daan.jansen@voorbeeldstad.nl");
        UserId manager = user(DemoUsers.MANAGER);

        cohortAdmin.addMember(id, coach, MemberRole.COACH);
        cohortAdmin.addMember(id, participant, MemberRole.PARTICIPANT);
        assertThatThrownBy(() -> cohortAdmin.addMember(id, manager, MemberRole.PARTICIPANT))
                .isInstanceOf(DomainException.class).hasMessage("cohort.member.missingRole");
        assertThatThrownBy(() -> cohortAdmin.addMember(id, participant, MemberRole.PARTICIPANT))
                .isInstanceOf(DomainException.class).hasMessage("cohort.member.exists");
        assertThatThrownBy(() -> cohortAdmin.assignCoach(id, participant, coach))
                .isInstanceOf(DomainException.class).hasMessage("cohort.assignment.notCoach");

        cohortAdmin.assignCoach(id, coach, participant);
        CohortDetails details = cohortAdmin.details(id);
        assertThat(details.coachesOf(participant)).extracting(Person::id).containsExactly(coach);
        assertThatThrownBy(() -> cohortAdmin.assignCoach(id, coach, participant))
                .isInstanceOf(DomainException.class).hasMessage("cohort.assignment.exists");

        cohortAdmin.removeMember(id, coach);
        assertThat(cohortAdmin.details(id).assignments()).isEmpty();
        assertThatThrownBy(() -> cohortAdmin.create(voorbeeldstad, "kopgroep voorbeeldstad 2", LocalDate.now()))
                .isInstanceOf(DomainException.class).hasMessage("cohort.exists");
    }

    @Test
    void membersNeverCrossMunicipalities() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CohortSummary cohort = cohortAdmin.create(voorbeeldstad(), "Kopgroep Grensgeval", LocalDate.of(2027, 1, 1));
        UserId lindendalCoach = user(DemoUsers.LINDENDAL_COACH);
        assertThatThrownBy(() -> cohortAdmin.addMember(cohort.id(), lindendalCoach, MemberRole.COACH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void programmeMonthCountsFromTheStart() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        assertThat(CohortSummaries.programmeMonth(start, LocalDate.of(2026, 2, 28))).isZero();
        assertThat(CohortSummaries.programmeMonth(start, start)).isEqualTo(1);
        assertThat(CohortSummaries.programmeMonth(start, LocalDate.of(2026, 3, 31))).isEqualTo(1);
        assertThat(CohortSummaries.programmeMonth(start, LocalDate.of(2026, 11, 24))).isEqualTo(9);
        assertThat(CohortSummaries.programmeMonth(start, LocalDate.of(2028, 2, 29))).isEqualTo(24);
        assertThat(CohortSummaries.programmeMonth(start, LocalDate.of(2028, 3, 1))).isEqualTo(25);
    }

    @Test
    void attentionListsLooseEnds() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        accounts.create(voorbeeldstad(), new AccountForm("Losse Deelnemer", AccountServiceTest.unique("los"),
                EnumSet.of(Role.PARTICIPANT)));
        cohortAdmin.create(voorbeeldstad(), "Kopgroep Zonder Coach", LocalDate.of(2027, 9, 1));
        assertThat(attention.attentionItems(voorbeeldstad()))
                .contains(new AttentionItem(AttentionItem.Kind.PARTICIPANT_WITHOUT_COHORT, "Losse Deelnemer"),
                        new AttentionItem(AttentionItem.Kind.INVITATION_PENDING, "Losse Deelnemer"),
                        new AttentionItem(AttentionItem.Kind.COHORT_WITHOUT_COACH, "Kopgroep Zonder Coach"));
    }

    private UserId user(String email) {
        return accountRepository.findByEmail(email).orElseThrow().id();
    }

    private OrganisationId voorbeeldstad() {
        return organisationRepository.findByCode("voorbeeldstad").orElseThrow().id();
    }
}
