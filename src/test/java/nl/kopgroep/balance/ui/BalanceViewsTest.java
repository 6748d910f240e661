package nl.kopgroep.balance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.grid.Grid;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The balance pages: chart with title and description, the same numbers in a table, the reading guide with its lesson. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class BalanceViewsTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aParticipantReadsTheirBalanceAsChartAndTableWithTheReadingGuide() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        navigate(MyBalanceView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Mijn rolbalans");
        String svg = $(Html.class).all().stream().map(html -> html.getInnerHtml()).filter(h -> h.contains("<svg"))
                .findFirst().orElseThrow();
        assertThat(svg).contains("role=\"img\"", "<title id=\"balance-chart-title\">", "<desc id=\"balance-chart-desc\">",
                "Netwerkend", "Zonder rol");
        Grid<BalanceChart.Line> table = table();
        assertThat(table.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("Kwartaal", "Soort",
                "Rechtmatig", "Presterend", "Netwerkend", "Participerend", "Zonder rol", "Totaal");
        assertThat(table.getListDataView().getItems().map(BalanceChart.Line::kind))
                .contains("Doelen", "Voortgangsupdates", "Dagboeknotities", "Samen");
        assertThat(table.getListDataView().getItems().filter(BalanceChart.Line::together).map(line -> line.cells().get(0)))
                .as("together: count with its share").allMatch(cell -> cell.matches("\\d+ \\(\\d+%\\)|0"));
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("programma/les/vier-rollen-casusworkshop");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Geen rol is beter dan een andere")
                .doesNotContainIgnoringCase("score:");
    }

    @Test
    void theCoachReadsTheirCoacheesBalanceAndAnotherCoachFindsNothing() {
        String sanne = String.valueOf(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT)
                .query(Long.class).single());
        DemoUsers.signIn(users, DemoUsers.COACH);
        UI.getCurrent().navigate("coach/rollenbalans/" + sanne);
        assertThat(getCurrentView()).isInstanceOf(CoacheeBalanceView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Rolbalans van Sanne de Vries");
        assertThat($(Grid.class).exists()).isTrue();

        DemoUsers.signIn(users, "a.elamrani@voorbeeldstad.nl");
        UI.getCurrent().navigate("coach/rollenbalans/" + sanne);
        assertThat(getCurrentView()).isNotInstanceOf(CoacheeBalanceView.class);
        assertThat(getCurrentView().getClass().getSimpleName()).as("not her coach: not found").isEqualTo("NotFoundView");
    }

    @Test
    void managementSeesTheCohortWithoutJournalEntries() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(CohortBalanceView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Rolbalans per kopgroep", "Kopgroep Voorbeeldstad 1", "Leerdoelen en dagboeknotities tellen nooit mee");
        assertThat(table().getListDataView().getItems().map(BalanceChart.Line::kind))
                .contains("Doelen", "Voortgangsupdates").doesNotContain("Dagboeknotities");
    }

    @SuppressWarnings("unchecked")
    private Grid<BalanceChart.Line> table() {
        return $(Grid.class).withClassName("balance-table").first();
    }
}
