package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.MailedLinks;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.OutboxWorker;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.InvitationService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 12, end to end in Chromium: "wachtwoord vergeten" and an administrator's reset, each with the link read
 * from the mail the embedded SMTP server received; the new password works and the link works only once.
 */
class AccountRecoveryIT extends BrowserTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String NEW_PASSWORD = "mijn nieuwe wachtwoordzin";

    @Autowired EmbeddedMailServer smtp;
    @Autowired OutboxWorker worker;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService users;

    @BeforeEach
    void emptyMailbox() {
        MailedLinks.drain(worker);
        smtp.clear();
    }

    @Test
    void aForgottenPasswordIsRecoveredWithTheLinkFromTheMail() throws Exception {
        String email = accountWithPassword("vergeten");

        open("login");
        // The link sits with the password, which follows the address (issue 13).
        page.locator("#login-email input").fill(email);
        page.locator("#login-email input").press("Enter");
        var forgot = page.locator("a.login-forgot");
        forgot.focus();
        forgot.press("Enter");
        waitForUrl(".*/wachtwoord-vergeten$");
        waitForVaadin();
        waitFor("vaadin-email-field");
        assertAccessible("wachtwoord-vergeten");
        page.locator("vaadin-email-field input").fill(email);
        button("Link aanvragen").click();
        waitForText("Als dit adres bij ons bekend is");
        assertAccessible("wachtwoord-vergeten, answered");

        String path = linkPathInMail(email, "/wachtwoord-herstellen/");
        open(path.substring(1));
        waitForText("Kies hier een nieuw wachtwoord");
        choosePassword(NEW_PASSWORD);

        signIn(email, NEW_PASSWORD);
        assertThat(page.url()).doesNotContain("/login");

        context.clearCookies();
        open(path.substring(1));
        waitForText("Deze link is niet (meer) geldig");
    }

    @Test
    void anAdministratorsResetReachesThePersonOnlyByMail() throws Exception {
        String email = accountWithPassword("beheerreset");

        signIn(DemoUsers.ADMIN, DEMO_PASSWORD);
        open("beheer");
        page.locator("vaadin-text-field input").first().fill(email);
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        waitForVaadin();
        withText("vaadin-grid-cell-content", email).click();
        waitFor("vaadin-button:not([disabled]):has-text('Wachtwoord opnieuw instellen')").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                .first().click();
        waitForText("krijgt een nieuwe link via een mail aan " + email);
        assertThat(page.content()).as("the administrator never sees the link").doesNotContain("wachtwoord-herstellen");

        String path = linkPathInMail(email, "/wachtwoord-herstellen/");
        assertThat(page.content()).doesNotContain(path.substring(path.lastIndexOf('/') + 1));
        context.clearCookies();
        open(path.substring(1));
        waitForText("is door beheer opnieuw ingesteld");
        choosePassword(NEW_PASSWORD);

        signIn(email, NEW_PASSWORD);
        assertThat(page.url()).doesNotContain("/login");
    }

    /** Sends what is due and returns the path of the link in the newest mail to the address (read as received). */
    private String linkPathInMail(String address, String pathPrefix) throws Exception {
        MimeMessage mail = MailedLinks.newestTo(worker, smtp, address);
        String text = EmbeddedMailServer.part(mail, "text/plain");
        return pathPrefix + MailedLinks.tokenIn(text, pathPrefix);
    }

    private void choosePassword(String password) {
        var fields = page.locator("vaadin-password-field input");
        fields.nth(0).fill(password);
        fields.nth(1).fill(password);
        button("Wachtwoord opslaan").click();
        waitForText("Uw wachtwoord is opgeslagen");
    }

    private String accountWithPassword(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        try {
            OrganisationId organisation = organisations.administrableOrganisations().stream()
                    .filter(o -> o.code().equals("voorbeeldstad")).findFirst().orElseThrow().id();
            accounts.create(organisation, new AccountForm("Eva Einde", email, Set.of(Role.PARTICIPANT)));
        } finally {
            DemoUsers.signOut();
        }
        invitations.accept(MailedLinks.invitation(jdbc, email), PASSWORD, PASSWORD);
        MailedLinks.drain(worker);
        smtp.clear();
        return email;
    }
}
