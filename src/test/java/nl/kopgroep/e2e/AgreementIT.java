package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The coalition agreement in a real browser: readable, opened per theme, accessible. */
class AgreementIT extends BrowserTest {

    @Test
    void managerReadsTheAgreementAndSeesTheImport() {
        signIn("manager@voorbeeldstad.nl", DEMO_PASSWORD);
        open("akkoord");
        waitFor("vaadin-details.agreement-theme vaadin-details-summary").click();
        waitFor(".commitment-title");
        assertThat(pageText()).contains("Een (nieuwe versie van het) akkoord inlezen", "Geschiedenis");
        assertAccessible("akkoord");
    }
}
