package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Goals in a real browser: a participant adds a work goal; a manager sees the commitments and the gaps. */
class GoalsIT extends BrowserTest {

    @Test
    void participantAddsAWorkGoal() {
        signIn("bram.hendriks@voorbeeldstad.nl", DEMO_PASSWORD);
        open("doelen");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., 'Nieuw doel')]"))));
        waitFor("vaadin-dialog-overlay, vaadin-dialog");
        driver.findElement(By.xpath("//vaadin-text-field[.//label[contains(., 'Titel van het doel')]]//input"))
                .sendKeys("Samen met de buurt een mobiliteitsplan");
        driver.findElement(By.xpath("//vaadin-multi-select-combo-box//input")).sendKeys("W1.1");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'W1.1')]"))));
        driver.findElement(By.xpath("//vaadin-multi-select-combo-box//input")).sendKeys(org.openqa.selenium.Keys.TAB);
        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Opslaan')]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Samen met de buurt een mobiliteitsplan"));
        assertThat(pageText()).contains("Op koers", "Werkdoel");
        assertAccessible("doelen");
    }

    @Test
    void managerSeesGoalsPerCommitment() {
        signIn("manager@voorbeeldstad.nl", DEMO_PASSWORD);
        open("doelen/per-afspraak");
        waitFor(".commitment-goals");
        assertThat(pageText()).contains("afspraken hebben ten minste één werkdoel");
        assertAccessible("doelen/per-afspraak");
    }
}
