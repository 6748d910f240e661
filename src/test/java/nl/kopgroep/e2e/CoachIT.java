package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A coach works through the queue: open the oldest shared entry, answer, place it on the rubric, mark it reviewed. */
class CoachIT extends BrowserTest {

    @Test
    void coachAnswersTheOldestEntryAndItLeavesTheQueue() {
        signIn("a.elamrani@voorbeeldstad.nl", DEMO_PASSWORD);
        open("coach");
        // The waiting-time cell of the first (oldest) row.
        WebElement firstRow = wait.until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'dag(en)')]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(pageText()).contains("Wachten op je reactie");
        assertAccessible("coach");
        int before = queueSize();

        click(firstRow);
        wait.until(d -> d.getCurrentUrl().contains("/coach/notitie/"));
        waitForVaadin();
        waitFor(".lesson-body");
        assertAccessible("coach/notitie");

        WebElement feedback = waitFor(".feedback-thread vaadin-text-area textarea");
        feedback.sendKeys("Dank voor het delen. Wat zou je de volgende keer anders doen?");
        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Feedback versturen')]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feedback-thread"),
                "Wat zou je de volgende keer anders doen?"));
        click(driver.findElement(By.xpath("//vaadin-radio-button[contains(., 'Analyserend')]")));
        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Markeer als besproken')]")));
        wait.until(d -> d.getCurrentUrl().endsWith("/coach"));
        waitForVaadin();
        assertThat(queueSize()).isEqualTo(before - 1);
    }

    private int queueSize() {
        Object size = driver.executeScript("const g = document.querySelector('vaadin-grid'); return g ? g.size || 0 : 0;");
        return ((Number) size).intValue();
    }
}
