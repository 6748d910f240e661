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
    void aReversedPeriodIsRefusedAndTheFieldsKeepTheirValues() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(ManagementView.class);
        DatePicker from = $(DatePicker.class).withLabel("Periode van").single();
        LocalDate late = LocalDate.now().plusDays(5);
        test(from).setValue(late);
        test($(Button.class).withText("Toon").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("De periode eindigt voordat zij begint.");
        assertThat(from.getValue()).isEqualTo(late);
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
}
