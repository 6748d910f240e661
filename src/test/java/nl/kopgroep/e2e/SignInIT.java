package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in as each demo role, in a real browser, with an accessibility check on every page. */
class SignInIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginPageIsDutchAndAccessible() {
        open("login");
        waitFor("#login-email");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(page.title()).isEqualTo("Inloggen – Kopgroep");
        page.waitForFunction("() => window.Vaadin?.connectionIndicator?.reconnectingText === 'Verbinding met de server "
                + "verbroken. Opnieuw verbinden…'");
        assertThat(page.evaluate("() => [window.Vaadin.connectionIndicator.offlineText, "
                + "window.Vaadin.connectionIndicator.onlineText]")).isEqualTo(java.util.List.of(
                "Geen verbinding met de server. Laad de pagina opnieuw zodra je weer verbinding hebt.", "Weer verbonden"));
        assertThat(pageText()).contains("E-mailadres", "Verder").doesNotContain("Wachtwoord");
        assertAccessible("login, e-mail address first");
        page.locator("#login-email input").fill("iemand@voorbeeldstad.nl");
        page.locator("#login-email input").press("Enter");
        waitFor("vaadin-login-form");
        page.waitForFunction("() => document.querySelector('input[name=username]')?.value === 'iemand@voorbeeldstad.nl'");
        assertThat(pageText()).contains("Inloggen", "Wachtwoord", "Wachtwoord vergeten?", "Ander e-mailadres");
        assertAccessible("login, password");
    }

    @ParameterizedTest(name = "{0} lands on the {1} home")
    @CsvSource({
            "deelnemer@voorbeeldstad.nl, participant-home, Mijn kopgroep",
            "coach@voorbeeldstad.nl, coach-home, Mijn coachees",
            "manager@voorbeeldstad.nl, manager-home, Kopgroepen van mijn organisatie",
            "beheer@voorbeeldstad.nl, admin-home, Aandacht nodig",
            "deelnemer@lindendal.nl, participant-home, Mijn kopgroep"})
    void eachDemoAccountLandsOnItsHome(String email, String sectionClass, String heading) {
        signIn(email, DEMO_PASSWORD);
        assertThat(waitFor("." + sectionClass).innerText()).contains(heading);
        assertThat(page.url()).isEqualTo(url(""));
        assertAccessible("home of " + email);
    }

    @Test
    void participantSeesCohortAndCoach() {
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        String text = waitFor(".participant-home").innerText();
        assertThat(text).contains("Kopgroep Voorbeeldstad 1", "Marieke Jansen", "Maand 9 van 24");
        assertThat(page.locator(".coach-home, .manager-home, .admin-home").count()).isZero();
    }

    @Test
    void participantCannotOpenAdministration() {
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("beheer");
        assertThat(page.locator(".admin-page").count()).isZero();
        assertThat(pageText()).doesNotContain("Gebruikers", "Available routes")
                .contains("Deze pagina bestaat niet of u heeft er geen toegang toe");
    }

    @Test
    void adminOpensAdministrationAndItIsAccessible() {
        signIn("beheer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("beheer");
        waitFor(".admin-page vaadin-grid");
        assertThat(pageText()).contains("Gebruikers", "Kopgroepen", "Sanne de Vries");
        assertAccessible("beheer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kopgroepen").setExact(true)).first().click();
        waitForUrl(".*/beheer/kopgroepen$");
        waitForVaadin();
        assertThat(pageText()).contains("Kopgroep Voorbeeldstad 1", "Marieke Jansen");
        assertAccessible("beheer/kopgroepen");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open("beheer");
        waitForUrl(".*/login$");
        waitFor("#login-email");
    }

    @Test
    void sessionIdChangesAtSignIn() {
        open("login");
        waitFor("#login-email");
        String before = sessionCookie().value;
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".participant-home");
        Cookie after = sessionCookie();
        assertThat(after.value).isNotEqualTo(before);
        assertThat(after.httpOnly).isTrue();
    }

    @Test
    void wrongPasswordShowsDutchMessageAndRepeatedFailuresAreThrottled() {
        String email = "sem.vermeulen@lindendal.nl";
        for (int attempt = 1; attempt <= 5; attempt++) {
            open("login");
            typeCredentials(email, "verkeerd-wachtwoord");
            waitForUrl(".*error.*");
            waitForVaadin();
            // The login form shows its error inside its shadow root, which Playwright's text search reaches.
            page.getByText("Inloggen mislukt").first().waitFor();
            page.waitForFunction("e => document.querySelector('input[name=username]')?.value === e", email);
        }
        open("login");
        typeCredentials(email, DEMO_PASSWORD);
        waitForUrl(".*error.*");
        waitForVaadin();
        page.getByText("Te veel mislukte pogingen").first().waitFor();
        jdbc.sql("DELETE FROM login_throttle").update();
    }

    @Test
    void deactivatedUsersSessionEnds() {
        String email = "yara.dekker@lindendal.nl";
        signIn(email, DEMO_PASSWORD);
        waitFor(".participant-home");
        jdbc.sql("UPDATE app_user SET active = false WHERE email = ?").param(email).update();
        try {
            page.reload();
            waitForUrl(".*/login$");
            waitFor("#login-email");
        } finally {
            jdbc.sql("UPDATE app_user SET active = true WHERE email = ?").param(email).update();
        }
    }

    @Test
    void signOutFromUserMenu() {
        signIn("coach@voorbeeldstad.nl", DEMO_PASSWORD);
        waitFor(".coach-home");
        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        withText("vaadin-menu-bar-item", "Uitloggen").click();
        waitForUrl(".*/login$");
        open("");
        waitForUrl(".*/login$");
    }

    @Test
    void languageCanBeSwitchedToEnglish() {
        open("login");
        waitFor("vaadin-select.language-switch").click();
        withText("vaadin-select-item", "English").click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        waitForVaadin();
        waitFor("#login-email");
        assertThat(pageText()).contains("Continue", "E-mail address");
        assertAccessible("login (English)");
    }

    private Cookie sessionCookie() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst().orElseThrow();
    }
}
