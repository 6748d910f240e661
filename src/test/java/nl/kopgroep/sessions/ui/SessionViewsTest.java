package nl.kopgroep.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The sessions' pages without a browser, on the demo data. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class SessionViewsTest extends SpringBrowserlessTest {

    /** A Voorbeeldstad participant the demo signed up for nothing. */
    private static final String BRAM = "bram.hendriks@voorbeeldstad.nl";

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM session_signup WHERE user_id = (SELECT id FROM app_user WHERE email = ?)").param(BRAM).update();
        jdbc.sql("DELETE FROM calendar_feed WHERE user_id = (SELECT id FROM app_user WHERE email = ?)").param(BRAM).update();
        DemoUsers.signOut();
    }

    private long session(String title) {
        return jdbc.sql("SELECT id FROM planned_session WHERE title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aParticipantSeesWhatIsOpenToThemAndJoinsTheWaitingListOfAFullSession() {
        DemoUsers.signIn(users, BRAM);
        navigate(SessionsView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Komende bijeenkomsten");
        @SuppressWarnings("unchecked")
        Grid<nl.kopgroep.sessions.SessionSummary> upcoming = $(Grid.class).first();
        assertThat(upcoming.getGenericDataView().getItems().map(nl.kopgroep.sessions.SessionSummary::title).toList())
                .contains("Regie voeren op de wijkaanpak", "Gezamenlijke terugkomdag Lindendal–Voorbeeldstad")
                .doesNotContain("Werken in het netwerk van Lindendal");

        UI.getCurrent().navigate("bijeenkomsten/" + session("Intervisie: lastige gesprekken met partners"));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Vol (3 plaatsen), 2 op de wachtlijst");
        test($(Button.class).withText("Op de wachtlijst zetten").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Wachtlijst, plaats 3");
        assertThat($(Button.class).withText("Afmelden").exists()).isTrue();

        navigate(SessionsView.class);
        test($(Button.class).withText("Maak een nieuwe agendalink").single()).click();
        assertThat($(TextField.class).withLabel("Je agendalink").single().getValue()).contains("/kalender/").endsWith(".ics");
    }

    @Test
    void anotherMunicipalitysSessionIsNotFound() {
        DemoUsers.signIn(users, BRAM);
        UI.getCurrent().navigate("bijeenkomsten/" + session("Werken in het netwerk van Lindendal"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void theFacilitatorRegistersAttendanceAndTheAdminsFormKeepsWhatWasTyped() {
        DemoUsers.signIn(users, DemoUsers.COACH);
        UI.getCurrent().navigate("beheer/bijeenkomsten/" + session("Workshop: het coalitieakkoord als kompas"));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Aanmeldingen", "Aanwezig", "Opbrengst")
                .doesNotContain("Bijeenkomst wijzigen");
        assertThat($(CheckboxGroup.class).withLabel("Wie was er aanwezig?").exists()).isTrue();

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(SessionPlanningView.class);
        assertThat($(Grid.class).exists()).isTrue();
        TextField place = $(TextField.class).withLabel("Plaats").single();
        test(place).setValue("Stadskantoor");
        test($(Button.class).withText("Bijeenkomst plannen").single()).click();
        assertThat($(Paragraph.class).withClassName("form-error").first().getText()).isEqualTo("Geef de bijeenkomst een titel.");
        assertThat(place.getValue()).isEqualTo("Stadskantoor");
    }

    @Test
    void managementSeesAttendancePerCohort() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(SessionStatisticsView.class);
        var grid = test($(Grid.class).first());
        assertThat(grid.getCellText(0, 0)).isEqualTo("Kopgroep Voorbeeldstad 1");
        assertThat(Integer.parseInt(grid.getCellText(0, 2))).isPositive();
    }
}
