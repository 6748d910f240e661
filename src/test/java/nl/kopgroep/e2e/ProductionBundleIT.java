package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journeys that matter most, against what municipalities deploy: Vaadin in production mode with the
 * production bundle and without development tools. Maven's failsafe execution {@code production-bundle} runs
 * this class with the bundle from {@code vaadin:build-frontend} on the class path and Vaadin's development
 * tooling left off it, as in the {@code -Pproduction} jar; the other browser tests run in development mode.
 */
class ProductionBundleIT extends BrowserTest {

    @BeforeEach
    void servedInProductionMode() {
        open("login");
        waitFor("#login-email");
        assertThat(page.evaluate("() => !!(window.Vaadin && window.Vaadin.developmentMode)"))
                .as("Vaadin's development mode is off").isEqualTo(false);
        assertThat(page.locator("vaadin-dev-tools, copilot-main").count()).as("no development tools").isZero();
        assertThat(page.evaluate("() => [...document.scripts].some(s => /\\/VAADIN\\/build\\/indexhtml-[^/]+\\.js$/.test(s.src))"))
                .as("the pre-built production bundle is served").isEqualTo(true);
    }

    @Test
    void signInLandsOnTheHomeAndLoginIsAccessible() {
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        assertAccessible("login (production)");
        signIn("deelnemer@voorbeeldstad.nl", DEMO_PASSWORD);
        assertThat(waitFor(".participant-home").innerText()).contains("Mijn kopgroep", "Kopgroep Voorbeeldstad 1");
        assertThat(page.url()).isEqualTo(url(""));
        assertAccessible("participant home (production)");
    }

    @Test
    void journalTextSurvivesALostSession() {
        JournalIT.sessionLossJourney(this);
    }

    @Test
    void managerDrillsDownFromTheDashboard() {
        ManagementIT.managementJourney(this);
    }
}
