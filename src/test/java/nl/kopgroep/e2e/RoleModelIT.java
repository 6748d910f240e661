package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Role models in a real browser: a participant asks a role model for a conversation, the administrator accepts it
 * and logs the meeting, and the participant writes a journal entry from it.
 */
class RoleModelIT extends BrowserTest {

    private static final String PARTICIPANT = "eva.smit@voorbeeldstad.nl";
    private static final String QUESTION = "Hoe laat ik een bewonersgroep zelf de regie houden over hun speeltuin?";

    @Test
    void aRequestBecomesALoggedMeetingAndAJournalEntry() {
        signIn(PARTICIPANT, DEMO_PASSWORD);
        open("rolmodellen");
        var samira = waitFor("article.role-model-card:has-text('Samira El Amrani')");
        samira.locator("vaadin-text-area textarea").fill(QUESTION);
        samira.locator("vaadin-button:has-text('Verzoek versturen')").click();
        waitForText("Je verzoek is verstuurd.");
        assertAccessible("rolmodellen (after a request)");

        context.clearCookies();
        signIn("beheer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("rolmodellen/verzoeken");
        var request = waitFor("article.role-model-request:has-text('" + QUESTION + "')");
        assertThat(request.innerText()).contains("Eva Smit", "Samira El Amrani");
        request.locator("vaadin-text-area textarea").fill("Samira belt je deze week.");
        request.locator("vaadin-button:has-text('Accepteren')").click();
        var accepted = waitFor("article.role-model-request:has-text('" + QUESTION + "'):has(vaadin-date-picker)");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        accepted.locator("vaadin-date-picker:not([slot])").evaluate("(picker, value) => { picker.value = value; }", yesterday);
        waitForVaadin();
        accepted.locator("vaadin-button:has-text('Gesprek vastleggen')").click();
        waitFor("article.role-model-request:has-text('" + QUESTION + "'):has-text('Gesprek gevoerd op')");
        assertAccessible("rolmodellen/verzoeken (meeting logged)");

        context.clearCookies();
        signIn(PARTICIPANT, DEMO_PASSWORD);
        open("rolmodellen");
        waitFor("a:has-text('Schrijf er een reflectie over')").click();
        waitForUrl(".*/dagboek/schrijven\\?aanleiding=rolmodelgesprek&nr=\\d+$");
        waitForText("Wat neem je mee uit het gesprek");
        waitFor("vaadin-text-area textarea").pressSequentially("Zij liet zien dat loslaten ook regie is.");
        button("Opslaan").click();
        waitForUrl(".*/dagboek/\\d+$");
        waitForText("Gesprek met Samira El Amrani");
        assertThat(pageText()).contains("Zij liet zien dat loslaten ook regie is.");
    }
}
