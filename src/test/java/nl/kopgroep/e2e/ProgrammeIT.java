package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A participant's way through the programme, and the admin's re-sync, in a real browser. */
class ProgrammeIT extends BrowserTest {

    @Test
    void participantFindsWhereToContinueReadsTheLessonAndMarksItDone() {
        signIn("eva.smit@voorbeeldstad.nl", DEMO_PASSWORD);
        open("programma");
        waitFor(".timeline");
        assertThat(pageText()).contains("Maand 9 van 24", "Achter op schema", "Tijdlijn van de twee jaar");
        assertAccessible("programma");

        waitFor(".continue-with a").click();
        waitForUrl(".*/programma/les/.*");
        waitForVaadin();
        assertThat(waitFor(".lesson-body").locator("script").count()).isZero();
        assertThat(pageText()).contains("Leerdoelen", "Vragen voor je reflectie", "Praktijkopdracht");
        assertAccessible("lesson");

        button("Markeer als afgerond").click();
        waitForText("Je hebt deze les afgerond.");
        button("Toch niet afgerond").click();
        waitForText("Deze les heb je nog niet afgerond.");
    }

    @Test
    void adminResyncsTheContentAndSeesThatNothingChanged() {
        signIn("beheer@voorbeeldstad.nl", DEMO_PASSWORD);
        open("beheer/programma");
        button("Inhoud opnieuw inlezen").click();
        waitForText("er was niets veranderd");
        assertAccessible("beheer/programma");
    }
}
