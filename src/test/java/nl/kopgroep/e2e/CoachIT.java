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
        // The first card is the oldest entry; its facts say how long it has waited.
        Locator oldest = waitFor(".coach-queue .card");
        assertThat(oldest.locator(".card-facts").innerText()).contains("dag(en)");
        assertThat(pageText()).contains("Wachten op je reactie");
        assertAccessible("coach");
        int before = queueSize();

        oldest.locator(".card-title").click();
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

    @Test
    void onAPhoneTheQueueShowsWholeTitlesAndOpensAnEntry() {
        phoneWidth();
        signIn("coach@voorbeeldstad.nl", DEMO_PASSWORD);
        open("coach");
        waitFor(".coach-queue .card-title");
        // Every title is shown whole: none is cut off, none is narrower than its text.
        assertThat(page.evaluate("() => [...document.querySelectorAll('.coach-queue .card-title')]"
                + ".filter(t => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth).length"))
                .isEqualTo(0);
        assertAccessible("coach (phone)");
        assertNoHorizontalScroll("coach (phone)");
        // Touch targets at least 44 px high: the cards' links and every button on the page.
        assertThat(page.evaluate("() => [...document.querySelectorAll('main vaadin-button, main .card-title')]"
                + ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)"
                + ".map(e => e.textContent.trim()).join(', ')")).isEqualTo("");

        String title = page.locator(".coach-queue .card-title").first().innerText();
        page.locator(".coach-queue .card-title").first().click();
        waitForUrl(".*/coach/notitie/.*");
        waitFor(".lesson-body");
        assertThat(pageText()).contains(title);
        assertAccessible("coach/notitie (phone)");
        assertNoHorizontalScroll("coach/notitie (phone)");
    }

    private int queueSize() {
        return page.locator(".coach-queue .card").count();
    }
}
