package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.organisation.CreatedAccount;
import nl.kopgroep.organisation.InvitationService;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 11 in a real browser: a role removed by an administrator counts from the next request of an open
 * session, and a person who changes their own password stays signed in here and is signed out elsewhere.
 */
class AccountSessionsIT extends BrowserTest {

    private static final String PASSWORD = "een lang wachtwoord 2026";
    private static final String NEW_PASSWORD = "heron tulp kanaal 1974 veerpont";

    @Autowired org.springframework.jdbc.core.simple.JdbcClient mailJdbc;
    @Autowired AccountService accounts;
    @Autowired InvitationService invitations;
    @Autowired UserDetailsService users;

    @Test
    void aRemovedRoleClosesItsPagesAtTheNextRequest() {
        AccountSummary person = newAccount(Set.of(Role.PARTICIPANT));
        signIn(person.email(), PASSWORD);
        open("dagboek");
        waitFor("h1");
        assertThat(page.url()).endsWith("/dagboek");

        asAdmin(() -> accounts.update(person.id(), new AccountForm(person.displayName(), person.email(), Set.of(Role.COACH))));

        open("dagboek");
        waitForText("geen toegang");
        open("coach");
        waitFor("h1");
        assertThat(page.url()).endsWith("/coach");
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOther() {
        AccountSummary person = newAccount(Set.of(Role.PARTICIPANT));
        Browser browser = Chromium.browser();
        BrowserContext elsewhere = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        try {
            Page other = elsewhere.newPage();
            other.navigate(url("login"));
            other.locator("#login-email input").waitFor();
            typeCredentials(other, person.email(), PASSWORD);
            other.waitForURL(address -> !address.contains("/login"));
            other.locator(".participant-home").first().waitFor();

            signIn(person.email(), PASSWORD);
            open("wachtwoord-wijzigen");
            var fields = page.locator(".password-change-page vaadin-password-field input");
            fields.nth(0).fill(PASSWORD);
            fields.nth(1).fill(NEW_PASSWORD);
            fields.nth(2).fill(NEW_PASSWORD);
            button("Wachtwoord wijzigen").click();
            waitForText("Je wachtwoord is gewijzigd.");
            assertAccessible("password change");

            open("");
            waitFor(".participant-home");

            other.navigate(url(""));
            other.waitForURL(address -> address.contains("/login"));
        } finally {
            elsewhere.close();
        }
    }

    private AccountSummary newAccount(Set<Role> roles) {
        String email = "sessie-" + UUID.randomUUID().toString().substring(0, 8) + "@voorbeeldstad.nl";
        CreatedAccount[] created = new CreatedAccount[1];
        asAdmin(() -> {
            OrganisationId organisation = ((KopgroepUser) SecurityContextHolder.getContext().getAuthentication()
                    .getPrincipal()).organisationId();
            created[0] = accounts.create(organisation, new AccountForm("Sessie Test", email, roles));
        });
        invitations.accept(nl.kopgroep.MailedLinks.invitation(mailJdbc, created[0].account().email()), PASSWORD, PASSWORD);
        return created[0].account();
    }

    private void asAdmin(Runnable action) {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        try {
            action.run();
        } finally {
            DemoUsers.signOut();
        }
    }
}
