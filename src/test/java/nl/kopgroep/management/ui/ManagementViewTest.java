package nl.kopgroep.management.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.management.PlanningMoment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class ManagementViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired nl.kopgroep.organisation.CohortAdministrationService cohortAdmin;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void managerSeesCommitmentsGapsChartsWithTablesAndDrillsDownToAWorkGoal() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(ManagementView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("afspraken hebben ten minste één werkdoel", "Afspraken waar de kopgroep (nog) niet aan werkt",
                "Voortgang in het programma", "Updates van werkdoelen per maand");
        assertThat($(Html.class).all()).as("every chart is an SVG with a title for screen readers")
                .allSatisfy(chart -> assertThat(chart.getInnerHtml()).contains("role=\"img\"", "<title"))
                .hasSizeGreaterThanOrEqualTo(2);

        $(com.vaadin.flow.component.details.Details.class).withClassName("management-theme").all()
                .forEach(details -> details.setOpened(true));
        Anchor goal = $(Anchor.class).withCondition(l -> l.getHref().startsWith("management/doel/")).first();
        String title = goal.getText();
        navigate(goal.getHref(), com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("WorkGoalView");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(title, "Eerdere updates", "vertrouwen");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeriodIsWholeMonthsFromABoundedListAndAReversedOneIsRefusedKeepingTheFields() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(ManagementView.class);
        assertThat($(DatePicker.class).exists()).as("no free dates for counts of people").isFalse();
        Select<YearMonth> from = $(Select.class).withLabel("Van maand").single();
        Select<YearMonth> to = $(Select.class).withLabel("Tot en met maand").single();
        assertThat(from.getListDataView().getItems().toList()).first().isEqualTo(YearMonth.now());
        assertThat(from.getListDataView().getItemCount()).isLessThanOrEqualTo(48);
        test(to).selectItem(from.getItemLabelGenerator().apply(YearMonth.now().minusMonths(1)));
        test(from).selectItem(from.getItemLabelGenerator().apply(YearMonth.now()));
        test($(Button.class).withText("Toon").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("De periode eindigt voordat zij begint.");
        assertThat(from.getValue()).isEqualTo(YearMonth.now());
        assertThat(to.getValue()).isEqualTo(YearMonth.now().minusMonths(1));
    }

    /** The one-person-cohort attack on screen: no figure for a cohort under five, and it cannot be the filter. */
    @Test
    @org.springframework.transaction.annotation.Transactional
    @SuppressWarnings("unchecked")
    void aCohortOfFourShowsNoFigureAndCannotBeChosenAlone() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        var small = cohortAdmin.create(new nl.kopgroep.base.OrganisationId(jdbc.sql(
                "SELECT id FROM organisation WHERE code = 'voorbeeldstad'").query(Long.class).single()),
                "Kopgroep van vier", LocalDate.now().minusMonths(2));
        for (String email : java.util.List.of("eva.smit@voorbeeldstad.nl", "bram.hendriks@voorbeeldstad.nl",
                "noor.mulder@voorbeeldstad.nl", "daan.jansen@voorbeeldstad.nl")) {
            cohortAdmin.addMember(small.id(), new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                    .param(email).query(Long.class).single()), nl.kopgroep.organisation.MemberRole.PARTICIPANT);
        }
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(ManagementView.class);
        var programme = $(com.vaadin.flow.component.grid.Grid.class).withCondition(
                g -> "Voortgang in het programma".equals(g.getAriaLabel().orElse(null))).single();
        var row = test(programme);
        int four = -1;
        for (int i = 0; i < row.size(); i++) {
            if (row.getCellText(i, 0).equals("Kopgroep van vier")) {
                four = i;
            }
        }
        assertThat(four).isNotNegative();
        assertThat(row.getCellText(four, 1)).isEqualTo("minder dan vijf");
        assertThat(row.getCellText(four, 3)).isEqualTo("niet getoond");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Kopgroep van vier: Niet getoond: deze kopgroep heeft minder dan vijf deelnemers");

        Select<java.util.Optional<nl.kopgroep.organisation.CohortSummary>> cohort = $(Select.class).withLabel("Kopgroep").single();
        test(cohort).selectItem("Kopgroep van vier");
        test($(Button.class).withText("Toon").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Kopgroep van vier heeft minder dan vijf deelnemers. Daarover tonen we geen cijfers");
        assertThat($(Anchor.class).withText("Download PDF").exists()).as("no report for four people").isFalse();
    }

    @Test
    void theReportOffersDownloadsOnlyForAMomentThatCanBeReported() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(ManagementView.class);
        assertThat($(Anchor.class).withText("Download PDF").single().isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<PlanningMoment> moment = $(Select.class).withLabel("Moment").single();
        moment.setValue(PlanningMoment.VOORJAARSNOTA);
        test($(IntegerField.class).withLabel("Jaar").single()).setValue(1990);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Kies een jaar van 2000");
        assertThat($(Anchor.class).withText("Download PDF").exists()).as("no link for an impossible report").isFalse();
        test($(IntegerField.class).withLabel("Jaar").single()).setValue(LocalDate.now().getYear() - 1);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Deze rapportage beslaat 1 april");
        assertThat($(Anchor.class).withText("Download CSV").exists()).isTrue();
    }

    @Test
    void lindendalsManagerSeesWhyAKopgroepOfFourShowsNoFigures() {
        DemoUsers.signIn(users, "manager@lindendal.nl");
        navigate(ManagementView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("minder dan vijf deelnemers").doesNotContain("Voorbeeldstad");
        com.vaadin.flow.component.UI.getCurrent().navigate("management/competenties");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Kopgroep Lindendal 1", "Minder dan vijf deelnemers hebben deze ronde afgerond")
                .doesNotContain("Aantal per niveau", "Voorbeeldstad");
        com.vaadin.flow.component.UI.getCurrent().navigate("management/rollenbalans");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Kopgroep Lindendal 1", "Niet getoond: deze kopgroep heeft minder dan vijf deelnemers")
                .doesNotContain("Voorbeeldstad");
    }
}
