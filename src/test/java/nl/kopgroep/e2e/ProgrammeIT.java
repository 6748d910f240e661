package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A participant's way through the programme, and the admin's re-sync, in a real browser. */
class ProgrammeIT extends BrowserTest {

    @Test
    void participantFindsWhereToContinueReadsTheLessonAndMarksItDone() {
        signIn("eva.smit@voorbeeldstad.nl", DEMO_PASSWORD);
        open("programma");
        waitFor(".timeline");
        assertThat(pageText()).contains("Maand 9 van 24", "Achter op schema", "Tijdlijn van de twee jaar");
        assertAccessible("programma");

        click(driver.findElement(By.cssSelector(".continue-with a")));
        wait.until(d -> d.getCurrentUrl().contains("/programma/les/"));
        waitForVaadin();
        WebElement body = waitFor(".lesson-body");
        assertThat(body.findElements(By.tagName("script"))).isEmpty();
        assertThat(pageText()).contains("Leerdoelen", "Vragen voor je reflectie", "Praktijkopdracht");
        assertAccessible("lesson");

        click(driver.findElement(By.xpath("//vaadin-button[contains(., 'Markeer als afgerond')]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Je hebt deze les afgerond."));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[contains(., 'Toch niet afgerond')]"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Deze les heb je nog niet afgerond."));
    }

    @Test
    void adminResyncsTheContentAndSeesThatNothingChanged() {
        signIn("beheer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("beheer/programma");
        WebElement resync = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Inhoud opnieuw inlezen')]")));
        click(resync);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "er was niets veranderd"));
        assertAccessible("beheer/programma");
    }
}
