package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * What a newcomer sees after {@code ./mvnw spring-boot:run} (issue 13): the demo municipality Lindendal signs in
 * through its own OpenID Connect provider running in the application. Typing a Lindendal address leads to the
 * provider's page, which lists Lindendal's demo people; picking one signs that person in to Kopgroep; the person
 * Kopgroep does not know is refused with the Dutch message; signing out goes through the provider.
 */
@TestPropertySource(properties = {SecondContext.MFA_FOR_ADMIN_AND_MANAGER, SecondContext.DEMO_PROVIDER_ON_ANY_PORT})
@org.junit.jupiter.api.extension.ExtendWith(nl.kopgroep.SecondApplicationStart.class)
class DemoProviderIT extends BrowserTest {

    @Test
    void lindendalSignsInThroughItsDemoProvider() {
        open("login");
        page.locator("#login-email input").fill("deelnemer@lindendal.nl");
        page.locator("#login-email input").press("Enter");
        waitForUrl(".*/lindendal/authorize\\?.*");
        assertThat(page.title()).isEqualTo("Inloggen – Gemeente Lindendal (demo)");
        assertThat(pageText()).contains("Hanneke Willems", "coach@lindendal.nl", "Iemand die Kopgroep niet kent");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");

        page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("deelnemer@lindendal.nl")).click();
        page.waitForURL(address -> address.startsWith(baseUrl()) && !address.contains("/login"));
        waitForVaadin();
        waitForText("Welkom, Iris Kok");
        assertAccessible("home after the demo provider");

        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        withText("vaadin-menu-bar-item", "Uitloggen").click();
        waitForUrl(".*/login(\\?.*)?$");
        waitFor("#login-email");
    }

    @Test
    void thePersonKopgroepDoesNotKnowIsRefused() {
        open("login");
        page.locator("#login-email input").fill("onbekend@lindendal.nl");
        page.locator("#login-email input").press("Enter");
        waitForUrl(".*/lindendal/authorize\\?.*");
        page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Iemand die Kopgroep niet kent")).click();
        waitForUrl(".*/login\\?fout=onbekend&gemeente=lindendal$");
        waitForText("Kopgroep kent u (nog) niet");
    }
}
