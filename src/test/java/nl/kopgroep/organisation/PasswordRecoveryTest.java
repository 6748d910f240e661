package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.MailedLinks;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.OutboxWorker;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 12, "wachtwoord vergeten": the same answer for every address, a mail only to an active account, a link
 * that is single-use, short-lived and replaced by the next one, all sessions ended after the reset, and
 * throttling per address and per client address that sends nothing and is audited. Through real SMTP.
 */
@KopgroepTest
class PasswordRecoveryTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String NEW_PASSWORD = "mijn nieuwe wachtwoordzin";

    @Autowired PasswordRecoveryService recovery;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired OrganisationRepository organisations;
    @Autowired UserDetailsService users;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired JdbcClient jdbc;
    @Autowired nl.kopgroep.privacy.ErasureService erasure;
    @Autowired IdentityProviderService identityProviders;

    @BeforeEach
    void fromAFreshClientWithAnEmptyMailbox() {
        // Each test from its own client address, so the per-client limit of one test does not touch another.
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        worker.sendDue();
        smtp.clear();
    }

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        DemoUsers.signOut();
    }

    @Test
    void aKnownAddressGetsASingleUseShortLivedLinkAndTheResetEndsEverySession() throws Exception {
        String email = accountWithPassword("herstel");
        long stampBefore = stamp(email);

        recovery.request("  " + email.toUpperCase() + " ");

        MimeMessage mail = MailedLinks.newestTo(worker, smtp, email);
        assertThat(mail.getSubject()).isEqualTo("Je wachtwoord voor Kopgroep herstellen");
        String text = EmbeddedMailServer.part(mail, "text/plain");
        assertThat(text).contains("http://localhost:8080/wachtwoord-herstellen/", "je wachtwoord blijft wat het was");
        String token = MailedLinks.tokenIn(text, "/wachtwoord-herstellen/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_token WHERE token_hash = ? AND purpose = 'PASSWORD_RECOVERY'")
                .param(nl.kopgroep.base.Hashes.sha256Hex(token)).query(Long.class).single())
                .as("only the hash is stored").isEqualTo(1);
        assertThat(validity(email)).as("valid for an hour")
                .isBetween(Duration.ofHours(1).minusSeconds(1), Duration.ofHours(1).plusSeconds(1));
        assertThat(signsIn(email, PASSWORD)).as("nothing changes until the link is used").isTrue();

        assertThat(invitations.passwordReset(token)).as("not an administrator's reset").isEmpty();
        assertThat(invitations.passwordRecovery(token)).hasValueSatisfying(d -> assertThat(d.email()).isEqualTo(email));
        assertThatThrownBy(() -> invitations.completePasswordReset(token, "kort", "kort"))
                .hasMessage("validation.password.tooShort");
        invitations.completePasswordReset(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(signsIn(email, NEW_PASSWORD)).isTrue();
        assertThatThrownBy(() -> signsIn(email, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(stamp(email)).as("every session ends").isNotEqualTo(stampBefore);
        assertThat(audits(email, "PASSWORD_RECOVERY_REQUESTED")).isEqualTo(1);
        assertThat(audits(email, "PASSWORD_RECOVERED")).isEqualTo(1);
        assertThatThrownBy(() -> invitations.completePasswordReset(token, "nog een lange zin hier", "nog een lange zin hier"))
                .as("single use").hasMessage("invitation.invalid");
        assertThat(invitations.passwordRecovery(token)).isEmpty();
    }

    @Test
    void anExpiredLinkIsRefused() {
        String email = accountWithPassword("verlopen");
        recovery.request(email);
        String token = MailedLinks.passwordReset(jdbc, email);
        jdbc.sql("UPDATE account_token SET expires_at = ? WHERE token_hash = ?")
                .params(LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1), nl.kopgroep.base.Hashes.sha256Hex(token))
                .update();

        assertThat(invitations.passwordRecovery(token)).isEmpty();
        assertThatThrownBy(() -> invitations.completePasswordReset(token, NEW_PASSWORD, NEW_PASSWORD))
                .hasMessage("invitation.invalid");
    }

    @Test
    void aSecondRequestMakesTheFirstLinkStopWorking() {
        String email = accountWithPassword("tweede");
        recovery.request(email);
        String first = MailedLinks.passwordReset(jdbc, email);
        recovery.request(email);
        String second = MailedLinks.passwordReset(jdbc, email);

        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.passwordRecovery(first)).isEmpty();
        assertThatThrownBy(() -> invitations.completePasswordReset(first, NEW_PASSWORD, NEW_PASSWORD))
                .hasMessage("invitation.invalid");
        invitations.completePasswordReset(second, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(signsIn(email, NEW_PASSWORD)).isTrue();
    }

    @Test
    void unknownAndInactiveAddressesGetTheSameAnswerAndNoMail() {
        String unknown = AccountServiceTest.unique("onbekend");
        String inactive = accountWithPassword("inactief");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        accounts.deactivate(account(inactive).id());
        DemoUsers.signOut();
        worker.sendDue();
        smtp.clear();

        assertThatCode(() -> recovery.request(unknown)).doesNotThrowAnyException();
        assertThatCode(() -> recovery.request(inactive)).doesNotThrowAnyException();

        assertThat(MailedLinks.sendAndReceive(worker, smtp, unknown)).isEmpty();
        assertThat(MailedLinks.sendAndReceive(worker, smtp, inactive)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = ?"
                        + " AND t.purpose = 'PASSWORD_RECOVERY'")
                .param(inactive).query(Long.class).single()).isZero();
    }

    @Test
    void anAddressThatSignsInThroughTheProviderOnlyGetsNoLinkAndTheSameAnswer() {
        String email = accountWithPassword("gemeente");
        String unknown = AccountServiceTest.unique("onbekend-gemeente");
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        identityProviders.save(voorbeeldstad(), AccountServiceTest.providerForm(false, null));
        DemoUsers.signOut();
        try {
            assertThatCode(() -> recovery.request(email)).doesNotThrowAnyException();
            assertThatCode(() -> recovery.request(unknown)).doesNotThrowAnyException();

            assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).isEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = ?"
                    + " AND t.purpose = 'PASSWORD_RECOVERY'").param(email).query(Long.class).single()).isZero();
            assertThat(audits(email, "PASSWORD_RECOVERY_PROVIDER_ONLY")).isEqualTo(1);
            assertThat(audits(email, "PASSWORD_RECOVERY_REQUESTED")).isZero();

            // With Kopgroep passwords allowed at the municipality, the same request sends the link.
            jdbc.sql("UPDATE identity_provider SET passwords_allowed = TRUE").update();
            recovery.request(email);
            assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).hasSize(1);
        } finally {
            jdbc.sql("DELETE FROM identity_provider").update();
        }
    }

    @Test
    void notAnAddressAtAllIsTheOnlyRefusal() {
        assertThatThrownBy(() -> recovery.request("   ")).isInstanceOf(DomainException.class)
                .hasMessage("validation.email.required");
        assertThatThrownBy(() -> recovery.request("geen-adres")).isInstanceOf(DomainException.class)
                .hasMessage("validation.email.invalid");
    }

    @Test
    void anAccountThatNeverHadAPasswordGetsAFreshInvitation() throws Exception {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = AccountServiceTest.unique("nooit");
        accounts.create(voorbeeldstad(), new AccountForm("Nooit Gekozen", email, EnumSet.of(Role.PARTICIPANT)));
        DemoUsers.signOut();
        String first = MailedLinks.invitation(jdbc, email);
        worker.sendDue();
        smtp.clear();

        recovery.request(email);

        MimeMessage mail = MailedLinks.newestTo(worker, smtp, email);
        assertThat(mail.getSubject()).isEqualTo("Je uitnodiging voor Kopgroep");
        String token = MailedLinks.tokenIn(EmbeddedMailServer.part(mail, "text/plain"), "/uitnodiging/");
        assertThat(token).isNotEqualTo(first);
        assertThat(invitations.invitation(first)).isEmpty();
        invitations.accept(token, PASSWORD, PASSWORD);
        assertThat(signsIn(email, PASSWORD)).isTrue();
    }

    @Test
    void tooManyRequestsForOneAddressGetTheSameAnswerSendNothingAndAreAudited() {
        String email = accountWithPassword("vaak");
        for (int i = 0; i < 3; i++) {
            recovery.request(email);
        }
        var received = MailedLinks.sendAndReceive(worker, smtp, email);
        assertThat(received).hasSize(3);
        String third = MailedLinks.tokenIn(EmbeddedMailServer.part(received.getLast(), "text/plain"), "/wachtwoord-herstellen/");

        // From another client too: the limit is per address, whoever asks.
        MockHttpServletRequest elsewhere = new MockHttpServletRequest();
        elsewhere.setRemoteAddr("198.51.100.7-" + UUID.randomUUID());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(elsewhere));
        assertThatCode(() -> recovery.request(email)).doesNotThrowAnyException();

        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).as("nothing more sent").hasSize(3);
        assertThat(invitations.passwordRecovery(third)).as("the last link still works").isPresent();
        assertThat(audits(email, "PASSWORD_RECOVERY_THROTTLED")).isEqualTo(1);
    }

    @Test
    void tooManyRequestsFromOneClientSendNothingEvenForAKnownAddress() {
        String email = accountWithPassword("client");
        for (int i = 0; i < 20; i++) {
            recovery.request(AccountServiceTest.unique("raden"));
        }
        recovery.request(email);

        assertThat(MailedLinks.sendAndReceive(worker, smtp, email)).isEmpty();
        assertThat(audits(email, "PASSWORD_RECOVERY_THROTTLED")).isEqualTo(1);
        assertThat(audits(email, "PASSWORD_RECOVERY_REQUESTED")).isZero();
    }

    @Test
    void erasureForgetsTheClientAddressesAndTheCounterOfRecoveryRequests() {
        String email = accountWithPassword("wissen");
        recovery.request(email);
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        var id = account(email).id();
        accounts.deactivate(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'PASSWORD_RECOVERY_REQUESTED'"
                + " AND target IS NOT NULL").param(id.value()).query(Long.class).single()).isEqualTo(1);

        erasure.erase(id, "Herstel wissen");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action LIKE 'PASSWORD_RECOVERY%'"
                + " AND target IS NOT NULL").param(id.value()).query(Long.class).single()).as("no client address").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_throttle WHERE subject = ?")
                .param(nl.kopgroep.base.Hashes.sha256Hex(email)).query(Long.class).single()).isZero();
    }

    private String accountWithPassword(String prefix) {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        String email = AccountServiceTest.unique(prefix);
        accounts.create(voorbeeldstad(), new AccountForm("Herstel " + prefix, email, EnumSet.of(Role.PARTICIPANT)));
        DemoUsers.signOut();
        invitations.accept(MailedLinks.invitation(jdbc, email), PASSWORD, PASSWORD);
        worker.sendDue();
        smtp.clear();
        return email;
    }

    private AccountSummary account(String email) {
        return accounts.accounts(voorbeeldstad()).stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
    }

    private boolean signsIn(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                .isAuthenticated();
    }

    private long stamp(String email) {
        return jdbc.sql("SELECT security_stamp FROM app_user WHERE email = ?").param(email).query(Long.class).single();
    }

    private Duration validity(String email) {
        return jdbc.sql("SELECT t.created_at, t.expires_at FROM account_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE u.email = ? AND t.purpose = 'PASSWORD_RECOVERY'").param(email)
                .query((rs, n) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .single();
    }

    private long audits(String email, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.subject_id WHERE u.email = ?"
                + " AND e.action = ?").params(email, action).query(Long.class).single();
    }

    private OrganisationId voorbeeldstad() {
        return organisations.findByCode("voorbeeldstad").orElseThrow().id();
    }
}
