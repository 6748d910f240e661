package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The verbindingskaart in a real browser: a participant puts an actor and a tie on an empty map and reads the analysis. */
class ConnectionMapIT extends BrowserTest {

    @Test
    void participantBuildsAMapAndReadsItsAnalysis() {
        signIn("yara.dekker@lindendal.nl", DEMO_PASSWORD);
        open("verbindingskaart");
        waitForText("Je kaart is nog leeg");

        button("Actor toevoegen").click();
        waitFor("vaadin-dialog vaadin-text-field:has(label:has-text('Naam')) input").fill("Wethouder Wonen");
        waitFor("vaadin-dialog vaadin-select").click();
        withText("vaadin-select-item", "Politiek-bestuurlijk").click();
        withText("vaadin-dialog vaadin-button", "Opslaan").click();
        waitFor(".map-drawing svg");

        button("Band toevoegen").click();
        var to = waitFor("vaadin-dialog vaadin-combo-box:has(label:has-text('Naar')) input");
        to.click();
        withText("vaadin-combo-box-item", "Wethouder Wonen").click();
        withText("vaadin-dialog vaadin-radio-button", "Regie:").click();
        withText("vaadin-dialog vaadin-button", "Opslaan").click();
        waitForText("Burts constraint");

        assertThat(pageText()).contains("Regie: 1, verbinden: 0", "Wethouder Wonen");
        assertThat(page.locator(".map-drawing svg line").count()).isEqualTo(1);
        assertAccessible("verbindingskaart (built in the browser)");
    }
}
