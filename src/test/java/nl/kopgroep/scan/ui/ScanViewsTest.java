package nl.kopgroep.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.scan.ScanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The scan's pages without a browser: filling in saves at once, a closed round reads side by side, k≥5 for management. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class ScanViewsTest extends SpringBrowserlessTest {

    /** A Voorbeeldstad participant without demo scans. */
    private static final String BRAM = "bram.hendriks@voorbeeldstad.nl";

    @Autowired UserDetailsService users;
    @Autowired ScanService scans;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM competency_scan WHERE participant_id = (SELECT id FROM app_user WHERE email = ?)")
                .param(BRAM).update();
        DemoUsers.signOut();
    }

    @Test
    void theParticipantSeesTheRoundsAndASavedScoreSurvivesTheNextVisit() {
        DemoUsers.signIn(users, BRAM);
        navigate(ScanView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Competentiescan", "Nog geen afgeronde ronde");
        var rounds = test($(Grid.class).withClassName("scan-rounds").single());
        assertThat(rounds.size()).isEqualTo(5);
        assertThat(rounds.getCellText(1, 0)).isEqualTo("Ronde 1 (maand 6)");
        assertThat(rounds.getCellText(1, 3)).as("two months after it opened").isEqualTo("Open (te laat)");
        assertThat(rounds.getCellText(2, 3)).isEqualTo("Nog niet open");

        UI.getCurrent().navigate("competentiescan/ronde/1");
        Section regie = $(Section.class).withClassName("scan-competency").first();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> level = $(RadioButtonGroup.class, regie).single();
        assertThat(level.getLabel()).isEqualTo("Niveau voor Regie voeren");
        level.setValue(2);
        test($(TextArea.class, regie).withLabel("Toelichting").single()).setValue("Ik laat de regie nog vaak liggen.");
        assertThat(regie.getElement().getTextRecursively()).contains("Opgeslagen om");

        UI.getCurrent().navigate("competentiescan/ronde/1");
        Section again = $(Section.class).withClassName("scan-competency").first();
        assertThat($(RadioButtonGroup.class, again).single().getValue()).isEqualTo(2);
        assertThat($(TextArea.class, again).single().getValue()).isEqualTo("Ik laat de regie nog vaak liggen.");
        assertThat(getCurrentView().getElement().getTextRecursively()).as("level 2 is low: learning goals or a hint")
                .contains("Om aan te werken", "Regie voeren");

        test($(Button.class).withText("Indienen").single()).click();
        assertThat($(Paragraph.class).withClassName("form-error").first().getText()).startsWith("Kies eerst een niveau voor:");
    }

    @Test
    void aClosedRoundShowsBothSidesWithTheirDifferencesForParticipantAndCoach() {
        long sanne = jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single();
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        UI.getCurrent().navigate("competentiescan/ronde/1");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Naast elkaar", "Zelf", "Coach");
        assertThat($(RadioButtonGroup.class).all()).as("a closed round is read only").isEmpty();
        navigate(ScanView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Groei per competentie");
        assertThat(test($(Grid.class).withClassName("scan-rounds").single()).getCellText(1, 3)).isEqualTo("Afgerond");
        assertThat($(com.vaadin.flow.component.Html.class).all()).as("the growth chart")
                .anySatisfy(html -> assertThat(html.getInnerHtml()).contains("role=\"img\"", "<title"));
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Nog geen afgeronde ronde")
                .as("her learning goal on a competency she scored 2 in the latest round")
                .contains("Om aan te werken", "Eerder nee zeggen en uitleggen waarom");

        DemoUsers.signIn(users, DemoUsers.COACH);
        UI.getCurrent().navigate("coach/competentiescan/" + sanne + "/ronde/1");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Competentiescan van Sanne de Vries, ronde 1",
                "Naast elkaar");

        DemoUsers.signIn(users, "a.elamrani@voorbeeldstad.nl");
        UI.getCurrent().navigate("coach/competentiescan/" + sanne);
        assertThat(getCurrentView().getClass().getSimpleName()).as("not her coach").isEqualTo("NotFoundView");
    }

    @Test
    void managementReadsTheCohortsFiguresOnlyOverFiveOrMore() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(ScanStatisticsView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Kopgroep Voorbeeldstad 1, ronde 0 (maand 0)", "Kopgroep Voorbeeldstad 1, ronde 1 (maand 6)",
                "Aantal per niveau").doesNotContain("Sanne", "Minder dan vijf");
        var figures = test($(Grid.class).first());
        assertThat(figures.size()).as("one row per competency").isEqualTo(8);
        assertThat(figures.getCellText(0, 0)).isEqualTo("Regie voeren");
        assertThat(figures.getCellText(0, 1)).matches("\\d+ / \\d+ / \\d+ / \\d+");
    }
}
