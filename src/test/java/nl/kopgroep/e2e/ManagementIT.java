package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's journey of issue 6 in a real browser: open /management, see which commitments the
 * kopgroep moves and which it leaves untouched, drill down to a work goal, and find the report links.
 */
class ManagementIT extends BrowserTest {

    @Test
    void managerSeesTheAgreementsProgressAndTheGapsAndDrillsDown() {
        signIn("manager@voorbeeldstad.nl", DEMO_PASSWORD);
        open("management");
        waitFor(".svg-chart svg");
        assertThat(pageText()).contains("afspraken hebben ten minste één werkdoel",
                "Afspraken waar de kopgroep (nog) niet aan werkt", "Rapportage voor de planning-en-controlcyclus");
        WebElement pdf = driver.findElement(By.xpath("//a[contains(., 'Download PDF')]"));
        assertThat(pdf.getAttribute("href")).isNotBlank();
        assertAccessible("management");

        WebElement goal = null;
        for (WebElement details : driver.findElements(By.cssSelector("vaadin-details.management-theme"))) {
            click(details.findElement(By.cssSelector("vaadin-details-summary")));
            wait.until(d -> !details.findElements(By.cssSelector(".commitment-progress")).isEmpty());
            java.util.List<WebElement> links = details.findElements(By.cssSelector("a[href^='management/doel/']"));
            if (!links.isEmpty()) {
                goal = links.getFirst();
                break;
            }
        }
        assertThat(goal).as("some theme has a work goal to drill down to").isNotNull();
        String title = goal.getText();
        click(goal);
        wait.until(ExpectedConditions.urlContains("management/doel/"));
        wait.until(d -> pageText().contains("Kernresultaten"));
        assertThat(driver.findElement(By.cssSelector("main.management-goal-page h2")).getAttribute("textContent")).isEqualTo(title);
        assertThat(pageText()).contains("Eerdere updates", "Kernresultaten");
        assertAccessible("management/doel");
    }
}
