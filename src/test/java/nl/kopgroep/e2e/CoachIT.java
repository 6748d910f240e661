package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** A coach works through the queue: open the oldest shared entry, answer, place it on the rubric, mark it reviewed. */
class CoachIT extends BrowserTest {

    @Test
    void coachAnswersTheOldestEntryAndItLeavesTheQueue() {
        signIn("a.elamrani@voorbeeldstad.nl", DEMO_PASSWORD);
        open("coach");
        // The waiting-time cell of the first (oldest) row.
        Locator firstRow = waitFor("vaadin-grid-cell-content:has-text('dag(en)')");
        assertThat(pageText()).contains("Wachten op je reactie");
        assertAccessible("coach");
        int before = queueSize();

        firstRow.click();
        waitForUrl(".*/coach/notitie/.*");
        waitForVaadin();
        waitFor(".lesson-body");
        assertAccessible("coach/notitie");

        waitFor(".feedback-thread vaadin-text-area textarea").fill("Dank voor het delen. Wat zou je de volgende keer anders doen?");
        button("Feedback versturen").click();
        waitFor(".feedback-thread:has-text('Wat zou je de volgende keer anders doen?')");
        withText("vaadin-radio-button", "Analyserend").click();
        button("Markeer als besproken").click();
        waitForUrl(".*/coach$");
        waitForVaadin();
        assertThat(queueSize()).isEqualTo(before - 1);
    }

    private int queueSize() {
        Object size = page.evaluate("() => { const g = document.querySelector('vaadin-grid'); return g ? g.size || 0 : 0; }");
        return ((Number) size).intValue();
    }
}
