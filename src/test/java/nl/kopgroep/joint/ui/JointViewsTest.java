package nl.kopgroep.joint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.joint.JointOpgave;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The joint programme's pages without a browser: linking a goal, the dashboard's k≥5, the regie's admin page. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class JointViewsTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM joint_opgave WHERE title IN ('Zorg in de wijk', 'Zorg en welzijn in de wijk')").update();
        DemoUsers.signOut();
    }

    @Test
    void aParticipantLinksAWorkGoalToAnOpgaveAndFindsItLinkedOnTheNextVisit() {
        long sanne = jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single();
        Long before = jdbc.sql("SELECT opgave_id FROM joint_opgave_goal WHERE owner_id = ?").param(sanne)
                .query(Long.class).optional().orElse(null);
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(JointView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Gemeente Lindendal", "Samen werken aan de energietransitie", "Regiegemeente: Gemeente Lindendal");
        @SuppressWarnings("unchecked")
        Select<JointOpgave> select = $(Select.class).first();
        assertThat(select.getLabel()).startsWith("Gedeelde opgave voor");
        JointOpgave service = select.getListDataView().getItems().filter(o -> o.title().equals("Dienstverlening dichtbij"))
                .findFirst().orElseThrow();
        test(select).selectItem("Dienstverlening dichtbij");
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        navigate(JointView.class);
        @SuppressWarnings("unchecked")
        Select<JointOpgave> again = $(Select.class).first();
        assertThat(again.getValue().id()).isEqualTo(service.id());
        // back as it was
        test(again).selectItem(before == null ? "Geen gedeelde opgave"
                : jdbc.sql("SELECT title FROM joint_opgave WHERE id = ?").param(before).query(String.class).single());
    }

    @Test
    void theManagerSeesFiguresForTheirOwnPartAndFewerThanFiveForLindendal() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(JointDashboardView.class);
        var grid = test($(Grid.class).first());
        assertThat(grid.getCellText(0, 0)).isEqualTo("Alle gemeenten samen");
        assertThat(grid.getCellText(0, 1)).as("total minus Voorbeeldstad would give Lindendal away")
                .startsWith("niet getoond");
        String lindendalRow = grid.getCellText(1, 0) + grid.getCellText(1, 1);
        assertThat(lindendalRow).isEqualTo("Gemeente Lindendalminder dan vijf");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Sanne de Vries")
                .doesNotContain("Iris Kok", "Sem Vermeulen", "Yara Dekker", "Lucas Brouwer");
    }

    @Test
    void theRegieAddsAnOpgaveAndAMemberAdminMayNot() {
        DemoUsers.signIn(users, "beheer@lindendal.nl");
        navigate(JointAdminView.class);
        test($(TextField.class).withLabel("Titel van de opgave").single()).setValue("Zorg in de wijk");
        test($(Button.class).withText("Opgave toevoegen").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Zorg in de wijk", "Jouw gemeente is regiegemeente.");
        Button edit = $(Button.class).all().stream()
                .filter(b -> "Opgave Zorg in de wijk wijzigen".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(edit).click();
        TextField title = $(TextField.class).withValue("Zorg in de wijk").single();
        test(title).setValue("");
        test($(Button.class).withText("Opslaan").first()).click();
        assertThat(title.getValue()).as("a refused change keeps what was typed").isEmpty();
        test(title).setValue("Zorg en welzijn in de wijk");
        test($(Button.class).withText("Opslaan").first()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Zorg en welzijn in de wijk");

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        navigate(JointAdminView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Regiegemeente: Gemeente Lindendal.");
        assertThat($(Button.class).withText("Opgave toevoegen").all()).isEmpty();
        assertThat($(Button.class).withText("Ontkoppelen").all()).isNotEmpty();
    }
}
