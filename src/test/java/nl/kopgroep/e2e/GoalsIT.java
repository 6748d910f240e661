package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** Goals in a real browser: a participant adds a work goal; a manager sees the commitments and the gaps. */
class GoalsIT extends BrowserTest {

    @Test
    void participantAddsAWorkGoal() {
        signIn("bram.hendriks@voorbeeldstad.nl", DEMO_PASSWORD);
        open("doelen");
        button("Nieuw doel").click();
        // The dialog element itself has no box of its own: wait for its first field.
        waitFor("vaadin-dialog vaadin-text-field:has(label:has-text('Titel van het doel')) input").fill("Samen met de buurt een mobiliteitsplan");
        Locator commitments = page.locator("vaadin-multi-select-combo-box input").first();
        commitments.pressSequentially("W1.1");
        withText("vaadin-multi-select-combo-box-item", "W1.1").click();
        commitments.press("Tab");
        button("Opslaan").click();
        waitForText("Samen met de buurt een mobiliteitsplan");
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
