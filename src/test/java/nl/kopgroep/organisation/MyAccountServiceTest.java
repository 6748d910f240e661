package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Changing one's own password from a session: the session alone is not enough to learn the password behind
 * it. Not transactional on purpose: the refusals must stay in the audit log although each call fails.
 */
@KopgroepTest
class MyAccountServiceTest {

    private static final String PASSWORD = "zeilboot lantaarn 88 pepermunt";
    private static final String NEW_PASSWORD = "heron tulp kanaal 1974 veerpont";

    @Autowired MyAccountService myAccount;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired OrganisationDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void wrongCurrentPasswordsAreAuditedAndAfterFiveEvenTheRightOneWaits() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        OrganisationId voorbeeldstad = directory.organisationByCode("voorbeeldstad").orElseThrow();
        String email = "raden-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        CreatedAccount created = accounts.create(voorbeeldstad,
                new AccountForm("Rianne Raden", email, EnumSet.of(Role.PARTICIPANT)));
        DemoUsers.signOut();
        invitations.accept(nl.kopgroep.MailedLinks.invitation(jdbc, created.account().email()), PASSWORD, PASSWORD);
        DemoUsers.signIn(users, email);

        for (int i = 1; i <= MyAccountService.MAX_REFUSALS; i++) {
            String guess = "geraden wachtwoord " + i;
            assertThatThrownBy(() -> myAccount.changePassword(guess, NEW_PASSWORD, NEW_PASSWORD))
                    .isInstanceOf(DomainException.class).hasMessage("passwordChange.oldWrong");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_CHANGE_REFUSED' AND subject_id = ?")
                .param(created.account().id().value()).query(Long.class).single())
                .as("every refusal stays in the audit log").isEqualTo(MyAccountService.MAX_REFUSALS);

        assertThatThrownBy(() -> myAccount.changePassword(PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(DomainException.class).hasMessage("passwordChange.tooMany");
    }
}
