package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The half-yearly competency scan in a real browser: a participant scores every competency with evidence and
 * submits; the coach, who saw none of it, scores independently and submits; then both read the two sides next to
 * each other with the differences named, and the participant's growth shows the round.
 */
class ScanIT extends BrowserTest {

    private static final String PARTICIPANT = "anouk.meijer@voorbeeldstad.nl";
    private static final String COACH = "a.elamrani@voorbeeldstad.nl";

    @Test
    void participantAndCoachScoreIndependentlyAndThenSeeBothSides() {
        signIn(PARTICIPANT, DEMO_PASSWORD);
        open("");
        assertThat(waitFor("a:has-text('Competentiescan ronde')").innerText()).contains("vóór");
        open("competentiescan/ronde/1");
        fillEveryCompetency(2, 3, true);
        assertAccessible("competentiescan/ronde/1 (participant filling in)");
        button("Indienen").click();
        waitForText("Je hebt deze ronde ingediend");

        context.clearCookies();
        signIn(COACH, DEMO_PASSWORD);
        open("");
        follow("a:has-text('Competentiescan van Anouk Meijer')");
        waitForUrl(".*/coach/competentiescan/[^/]+$");
        follow("a[href$='/ronde/1']");
        assertThat(pageText()).as("the participant's scores stay hidden until the coach submitted too")
                .doesNotContain("Naast elkaar");
        fillEveryCompetency(2, 4, false);
        button("Indienen").click();
        Locator comparison = waitFor(".scan-comparison");
        assertThat(comparison.innerText()).contains("Bij 4 competenties verschillen ze");
        assertAccessible("coach/competentiescan round (closed)");

        context.clearCookies();
        signIn(PARTICIPANT, DEMO_PASSWORD);
        open("competentiescan/ronde/1");
        assertThat(waitFor(".scan-comparison").innerText()).contains("Bij 4 competenties verschillen ze", "gelijk");
        assertThat(pageText()).contains("Bewijs:");
        open("competentiescan");
        waitFor(".scan-growth-chart svg");
        assertThat(pageText()).contains("Ronde 1");
        assertAccessible("competentiescan (growth)");
    }

    /**
     * The first, third, … competency at {@code even}, the others at {@code odd}; the participant adds evidence and a
     * note to the first. Each choice is saved as it is made ("Opgeslagen om …").
     */
    private void fillEveryCompetency(int even, int odd, boolean withEvidence) {
        Locator competencies = page.locator("section.scan-competency");
        waitFor("section.scan-competency vaadin-radio-button");
        assertThat(competencies.count()).isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            Locator competency = competencies.nth(i);
            int chosen = i % 2 == 0 ? even : odd;
            competency.locator("vaadin-radio-button").nth(chosen - 1).click();
            competency.locator(".saved-at:has-text('Opgeslagen')").waitFor();
        }
        if (withEvidence) {
            Locator first = competencies.first();
            first.locator("vaadin-combo-box").click();
            page.locator("vaadin-combo-box-item").first().click();
            first.locator("vaadin-text-area textarea").fill("Ik heb in het overleg met de corporatie de afspraken vastgelegd.");
            first.locator("vaadin-text-area textarea").press("Tab");
            waitForVaadin();
        }
    }

    private void follow(String css) {
        waitFor(css).first().click();
        waitForVaadin();
    }
}
