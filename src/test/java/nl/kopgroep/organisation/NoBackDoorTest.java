package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.within;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 11, holes 1 and 2: no administrator gets a way into someone's account, and no administrator
 * makes themselves someone's coach.
 */
@KopgroepTest
@Transactional
class NoBackDoorTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired CohortAdministrationService cohorts;
    @Autowired UserDetailsService users;
    @Autowired OrganisationRepository organisationRepository;
    @Autowired UserAccountRepository accountRepository;
    @Autowired CohortMemberRepository memberRepository;
    @Autowired CohortService cohortService;
    @Autowired MyAccountService myAccount;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static final String PERSON = "daan.jansen@voorbeeldstad.nl";

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void anAccountWithAPasswordIsNeverInvitedAgain() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary participant = account(DemoUsers.PARTICIPANT);

        assertThatThrownBy(() -> accounts.reinvite(participant.id()))
                .isInstanceOf(DomainException.class).hasMessage("account.reinvite.hasPassword");
    }

    @Test
    void aReinvitationTellsTheAdministratorOnlyWhereTheLinkWent() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = AccountServiceTest.unique("opnieuw");
        CreatedAccount created = accounts.create(voorbeeldstad(), new AccountForm("Olga Opnieuw", email, EnumSet.of(Role.PARTICIPANT)));
        String first = nl.kopgroep.MailedLinks.invitation(jdbc, email);

        assertThat(accounts.reinvite(created.account().id())).isEqualTo(email);
        String second = nl.kopgroep.MailedLinks.invitation(jdbc, email);
        DemoUsers.signOut();
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.invitation(first)).as("the earlier link stops working").isEmpty();
        assertThat(invitations.invitation(second)).isPresent();
    }

    @Test
    void anInvitationCannotOverwriteAPassword() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CreatedAccount created = accounts.create(voorbeeldstad(),
                new AccountForm("Al Wachtwoord", AccountServiceTest.unique("al"), EnumSet.of(Role.PARTICIPANT)));
        // The person set a password some other way while the invitation was still open.
        UserAccount account = accountRepository.findById(created.account().id().value()).orElseThrow();
        account.setPasswordHash("{noop}" + PASSWORD);
        accountRepository.flush();
        DemoUsers.signOut();

        assertThat(invitations.invitation(nl.kopgroep.MailedLinks.invitation(jdbc, created.account().email()))).isEmpty();
        assertThatThrownBy(() -> invitations.accept(nl.kopgroep.MailedLinks.invitation(jdbc, created.account().email()), "een ander lang wachtwoord", "een ander lang wachtwoord"))
                .isInstanceOf(DomainException.class).hasMessage("invitation.passwordAlreadySet");
        assertThat(accountRepository.findById(created.account().id().value()).orElseThrow().passwordHash())
                .isEqualTo("{noop}" + PASSWORD);
    }

    @Test
    void anAdministratorCannotGiveThemselvesARole() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary self = account(DemoUsers.ADMIN);

        assertThatThrownBy(() -> accounts.update(self.id(),
                new AccountForm(self.displayName(), self.email(), EnumSet.of(Role.ADMIN, Role.COACH))))
                .isInstanceOf(DomainException.class).hasMessage("account.cannotChangeOwnRoles");
        assertThat(account(DemoUsers.ADMIN).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anAdministratorWhoIsAlsoACoachCannotAssignThemselves() {
        // A second administrator makes the first one a coach of the cohort: allowed, and recorded.
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String secondAdmin = AccountServiceTest.unique("tweede-beheer");
        CreatedAccount created = accounts.create(voorbeeldstad(),
                new AccountForm("Tweede Beheerder", secondAdmin, EnumSet.of(Role.ADMIN)));
        AccountSummary firstAdmin = account(DemoUsers.ADMIN);
        DemoUsers.signOut();
        invitations.accept(nl.kopgroep.MailedLinks.invitation(jdbc, created.account().email()), PASSWORD, PASSWORD);
        DemoUsers.signIn(users, secondAdmin);
        accounts.update(firstAdmin.id(), new AccountForm(firstAdmin.displayName(), firstAdmin.email(),
                EnumSet.of(Role.ADMIN, Role.COACH)));
        CohortId cohort = voorbeeldstadCohort();
        cohorts.addMember(cohort, firstAdmin.id(), MemberRole.COACH);

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary participant = account(DemoUsers.PARTICIPANT);
        assertThatThrownBy(() -> cohorts.assignCoach(cohort, firstAdmin.id(), participant.id()))
                .isInstanceOf(DomainException.class).hasMessage("cohort.assignment.self");
        assertThatThrownBy(() -> cohorts.addMember(cohort, firstAdmin.id(), MemberRole.PARTICIPANT))
                .isInstanceOf(DomainException.class).hasMessage("cohort.member.self");
    }

    @Test
    void aResetGivesTheAdministratorNothingUsableAndTheLinkReachesOnlyThePerson() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary person = account(PERSON);
        AccountSummary afterReset = accounts.resetPassword(person.id());

        assertThat(afterReset.passwordSet()).isFalse();
        assertThat(accounts.resetLinkChannelKey()).isEqualTo("account.link.channel.mail");
        assertThatThrownBy(() -> accounts.reinvite(person.id()))
                .as("a reset account is not invited again either").hasMessage("account.reinvite.hasPassword");
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(PERSON, DemoUsers.PASSWORD)))
                .as("the old password no longer works").isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_RESET' AND target = ?")
                .param("user " + person.id()).query(Long.class).single()).isEqualTo(1);

        // The link is in a mail to the person's own address (in the outbox, in this same transaction).
        String token = nl.kopgroep.MailedLinks.passwordReset(jdbc, PERSON);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE text_body LIKE ? AND address <> ?")
                .params("%" + token + "%", PERSON).query(Long.class).single()).as("to nobody else").isZero();

        DemoUsers.signOut();
        assertThat(invitations.invitation(token)).as("not an invitation link").isEmpty();
        assertThat(invitations.passwordReset(token)).hasValueSatisfying(d -> assertThat(d.email()).isEqualTo(PERSON));
        invitations.completePasswordReset(token, PASSWORD, PASSWORD);
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(PERSON, PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> invitations.completePasswordReset(token, "nog een lange zin hier", "nog een lange zin hier"))
                .as("single use").hasMessage("invitation.invalid");

        DemoUsers.signIn(users, PERSON);
        assertThat(myAccount.passwordResetNotice()).as("the person is told at next sign-in").isPresent();
        myAccount.dismissPasswordResetNotice();
        assertThat(myAccount.passwordResetNotice()).isEmpty();
    }

    @Test
    void anAdministratorDoesNotResetTheirOwnPassword() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThatThrownBy(() -> accounts.resetPassword(account(DemoUsers.ADMIN).id()))
                .isInstanceOf(DomainException.class).hasMessage("account.reset.self");
    }

    @Test
    void theParticipantSeesWhoBecameTheirCoachAndWhen() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        CohortId cohort = voorbeeldstadCohort();
        AccountSummary participant = account(PERSON);
        AccountSummary coach = account("a.elamrani@voorbeeldstad.nl");
        cohorts.details(cohort).assignments().stream()
                .filter(a -> a.participant().id().equals(participant.id()) && a.coach().id().equals(coach.id()))
                .forEach(a -> cohorts.unassignCoach(cohort, coach.id(), participant.id()));
        cohorts.assignCoach(cohort, coach.id(), participant.id());

        DemoUsers.signIn(users, PERSON);
        assertThat(cohortService.myCoachAssignments()).anySatisfy(mine -> {
            assertThat(mine.coach().displayName()).isEqualTo("Ahmed El Amrani");
            assertThat(mine.since()).isCloseTo(java.time.Instant.now(), within(1, ChronoUnit.MINUTES));
        });
    }

    private AccountSummary account(String email) {
        return accounts.accounts(voorbeeldstad()).stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
    }

    private OrganisationId voorbeeldstad() {
        return organisationRepository.findByCode("voorbeeldstad").orElseThrow().id();
    }

    /** The cohort in which PERSON takes part. */
    private CohortId voorbeeldstadCohort() {
        return memberRepository.findByUserId(account(PERSON).id().value()).stream()
                .filter(m -> m.memberRole() == MemberRole.PARTICIPANT).findFirst().orElseThrow().cohortId();
    }

    static Set<Role> roles(Role... roles) {
        return Set.of(roles);
    }
}
