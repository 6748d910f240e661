package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The manager's journey of issue 6 in a real browser: open /management, see which commitments the
 * kopgroep moves and which it leaves untouched, drill down to a work goal, and find the report links.
 */
class ManagementIT extends BrowserTest {

    @Test
    void managerSeesTheAgreementsProgressAndTheGapsAndDrillsDown() {
        managementJourney(this);
    }

    /** Shared with the production-bundle run. */
    static void managementJourney(BrowserTest test) {
        test.signIn("manager@voorbeeldstad.nl", DEMO_PASSWORD);
        test.open("management");
        test.waitFor(".svg-chart svg");
        assertThat(test.pageText()).contains("afspraken hebben ten minste één werkdoel",
                "Afspraken waar de kopgroep (nog) niet aan werkt", "Rapportage voor de planning-en-controlcyclus");
        assertThat(test.withText("a", "Download PDF").getAttribute("href")).isNotBlank();
        test.assertAccessible("management");

        Locator goal = null;
        Locator themes = test.page.locator("vaadin-details.management-theme");
        for (int i = 0; i < themes.count(); i++) {
            Locator details = themes.nth(i);
            details.locator("vaadin-details-summary").click();
            details.locator(".commitment-progress").first().waitFor();
            Locator links = details.locator("a[href^='management/doel/']");
            if (links.count() > 0) {
                goal = links.first();
                break;
            }
        }
        assertThat(goal).as("some theme has a work goal to drill down to").isNotNull();
        String title = goal.innerText();
        goal.click();
        test.waitForUrl(".*management/doel/.*");
        test.waitForText("Kernresultaten");
        assertThat(test.page.locator("main.management-goal-page h2").textContent()).isEqualTo(title);
        assertThat(test.pageText()).contains("Eerdere updates", "Kernresultaten");
        test.assertAccessible("management/doel");
    }
}
