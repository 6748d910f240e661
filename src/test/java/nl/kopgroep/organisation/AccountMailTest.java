package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.MailedLinks;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.OutboxWorker;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 12: invitation and reset links reach the person by mail, through a real SMTP server in the test JVM, in
 * their language, and work once. Not in a test transaction: the outbox row must commit to be sent.
 */
@KopgroepTest
class AccountMailTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired OrganisationRepository organisations;
    @Autowired UserDetailsService users;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired JdbcClient jdbc;
    @Autowired AccountSecondFactorService secondFactors;

    @BeforeEach
    void emptyMailbox() {
        worker.sendDue();
        smtp.clear();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void anInvitationArrivesInDutchAtTheNewAddressAndItsLinkWorksOnce() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = AccountServiceTest.unique("post");
        CreatedAccount created = accounts.create(voorbeeldstad(), new AccountForm("Pim Post", email, EnumSet.of(Role.PARTICIPANT)));
        assertThat(created.mailedTo()).isEqualTo(email);
        DemoUsers.signOut();

        MimeMessage mail = MailedLinks.newestTo(worker, smtp, email);
        assertThat(mail.getSubject()).isEqualTo("Je uitnodiging voor Kopgroep");
        String text = EmbeddedMailServer.part(mail, "text/plain");
        assertThat(text).contains("Beste Pim Post,", "Gemeente Voorbeeldstad", "http://localhost:8080/uitnodiging/",
                "De link werkt één keer en is geldig tot");
        assertThat(EmbeddedMailServer.part(mail, "text/html")).contains("<html lang=\"nl\">");
        assertThat(mail.getHeader("List-Unsubscribe")).as("account mail cannot be switched off").isNull();
        String token = MailedLinks.tokenIn(text, "/uitnodiging/");

        invitations.accept(token, PASSWORD, PASSWORD);
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> invitations.accept(token, "nog een lange zin hier", "nog een lange zin hier"))
                .hasMessage("invitation.invalid");
    }

    @Test
    void anAdministratorsResetReachesThePersonInTheirLanguageAndOnlyThem() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = AccountServiceTest.unique("reset-en");
        CreatedAccount created = accounts.create(voorbeeldstad(), new AccountForm("Emma English", email, EnumSet.of(Role.COACH)));
        invitations.accept(MailedLinks.invitation(jdbc, email), PASSWORD, PASSWORD);
        jdbc.sql("UPDATE app_user SET preferred_locale = 'en' WHERE email = ?").param(email).update();
        worker.sendDue();
        smtp.clear();

        accounts.resetPassword(created.account().id());
        DemoUsers.signOut();

        MimeMessage mail = MailedLinks.newestTo(worker, smtp, email);
        assertThat(smtp.received()).as("one mail, to the person only").hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("Choose a new password for Kopgroep");
        String text = EmbeddedMailServer.part(mail, "text/plain");
        assertThat(text).contains("Dear Emma English", "http://localhost:8080/wachtwoord-herstellen/");
        assertThat(EmbeddedMailServer.part(mail, "text/html")).contains("<html lang=\"en\">");
        String token = MailedLinks.tokenIn(text, "/wachtwoord-herstellen/");

        invitations.completePasswordReset(token, "een nieuwe lange zin", "een nieuwe lange zin");
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "een nieuwe lange zin")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> invitations.completePasswordReset(token, "nog een lange zin hier", "nog een lange zin hier"))
                .as("single use").hasMessage("invitation.invalid");
    }

    @Test
    void aSecondFactorResetByAnAdministratorIsMailedToThePerson() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = AccountServiceTest.unique("tweestaps");
        CreatedAccount created = accounts.create(voorbeeldstad(), new AccountForm("Tim Tweestaps", email, EnumSet.of(Role.MANAGER)));
        invitations.accept(MailedLinks.invitation(jdbc, email), PASSWORD, PASSWORD);
        worker.sendDue();
        smtp.clear();
        assertThat(secondFactors.reset(created.account().id())).as("no factor yet").isFalse();
        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).as("nothing was switched off").isEmpty();
        jdbc.sql("INSERT INTO second_factor (user_id, secret, enrolled_at) VALUES (?, 'geheim', UTC_TIMESTAMP(6))")
                .param(created.account().id().value()).update();

        assertThat(secondFactors.reset(created.account().id())).isTrue();
        DemoUsers.signOut();

        MimeMessage mail = MailedLinks.newestTo(worker, smtp, email);
        assertThat(mail.getSubject()).isEqualTo("Je tweestapsverificatie is uitgezet");
        assertThat(EmbeddedMailServer.part(mail, "text/plain")).contains("Beste Tim Tweestaps,",
                "heeft de tweestapsverificatie van je Kopgroep-account uitgezet",
                "Had je dit niet verwacht? Wijzig dan meteen je wachtwoord", "http://localhost:8080/login");
        assertThat(mail.getHeader("List-Unsubscribe")).as("account mail cannot be switched off").isNull();
    }

    @Test
    void aLinkThatCannotBeMailedUndoesTheReset() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        OrganisationId lindendal = organisations.findByCode("lindendal").orElseThrow().id();
        String email = AccountServiceTest.unique("stil");
        CreatedAccount created = accounts.create(lindendal, new AccountForm("Stijn Stil", email, EnumSet.of(Role.PARTICIPANT)));
        invitations.accept(MailedLinks.invitation(jdbc, email), PASSWORD, PASSWORD);
        jdbc.sql("UPDATE organisation SET active = FALSE WHERE id = ?").param(lindendal.value()).update();
        try {
            assertThatThrownBy(() -> accounts.resetPassword(created.account().id()))
                    .as("an inactive municipality gets no mail, so no link").hasMessage("account.link.deliveryFailed");
        } finally {
            jdbc.sql("UPDATE organisation SET active = TRUE WHERE id = ?").param(lindendal.value()).update();
        }
        DemoUsers.signOut();
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated())
                .as("nothing changed").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_token WHERE user_id = ? AND purpose = 'PASSWORD_RESET'")
                .param(created.account().id().value()).query(Long.class).single()).isZero();
    }

    private OrganisationId voorbeeldstad() {
        return organisations.findByCode("voorbeeldstad").orElseThrow().id();
    }
}
