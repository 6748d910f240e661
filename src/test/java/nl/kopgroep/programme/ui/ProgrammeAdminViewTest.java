package nl.kopgroep.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.programme.ContentService;
import nl.kopgroep.programme.ModuleWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class ProgrammeAdminViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired ContentService content;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void adminShiftsAWindowAndAnInvalidOneIsExplained() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(ProgrammeAdminView.class);
        @SuppressWarnings("unchecked")
        ComboBox<CohortSummary> cohort = $(ComboBox.class).single();
        CohortSummary lindendal = cohort.getListDataView().getItems()
                .filter(c -> c.name().equals("Kopgroep Lindendal 1")).findFirst().orElseThrow();
        test(cohort).selectItem(cohort.getItemLabelGenerator().apply(lindendal));

        Div row = $(Div.class).withClassName("window-row").all().stream()
                .filter(r -> r.getElement().getTextRecursively().startsWith("Oogsten en borgen")).findFirst().orElseThrow();
        IntegerField from = $(IntegerField.class, row).withLabel("Van maand").single();
        IntegerField to = $(IntegerField.class, row).withLabel("Tot en met maand").single();
        test(from).setValue(20);
        test(to).setValue(18);
        test($(Button.class, row).withText("Opslaan").single()).click();
        assertThat(row.getElement().getTextRecursively()).contains("Een venster loopt van maand 1 tot en met maand 24");

        test(to).setValue(23);
        test($(Button.class, row).withText("Opslaan").single()).click();
        ModuleWindow shifted = content.windows(lindendal.id()).stream()
                .filter(w -> w.moduleKey().equals("oogsten-en-borgen")).findFirst().orElseThrow();
        assertThat(shifted.from()).isEqualTo(20);
        assertThat(shifted.to()).isEqualTo(23);

        content.shiftWindow(lindendal.id(), "oogsten-en-borgen", shifted.defaultFrom(), shifted.defaultTo());
    }

    @Test
    void resyncShowsThatNothingChanged() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        navigate(ProgrammeAdminView.class);
        test($(Button.class).withText("Inhoud opnieuw inlezen").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("er was niets veranderd");
    }
}
