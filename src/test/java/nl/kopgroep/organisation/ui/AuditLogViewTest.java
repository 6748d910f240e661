package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.security.AuditEntry;
import nl.kopgroep.security.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired AuditLog auditLog;
    @Autowired Clock clock;

    @BeforeEach
    void signIn() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void showsTodaysEventsWithDutchLabelsAndOffersTheExport() {
        String marker = "kopgroep " + UUID.randomUUID();
        auditLog.record("COHORT_CHANGED", marker);

        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        int row = findRow(grid, marker);
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Ingrid Smit");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Kopgroep gewijzigd");
        assertThat($(Anchor.class).withText("Exporteren als CSV").single().isVisible()).isTrue();
    }

    @Test
    void aReversedPeriodIsExplainedAndTheChosenDatesStay() {
        navigate(AuditLogView.class);
        LocalDate today = LocalDate.now(clock);
        DatePicker from = $(DatePicker.class).withLabel("Van").single();
        DatePicker to = $(DatePicker.class).withLabel("Tot en met").single();

        test(from).setValue(today);
        test(to).setValue(today.minusDays(3));

        assertThat($(FormError.class).single().getText()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(from.getValue()).isEqualTo(today);
        assertThat(to.getValue()).isEqualTo(today.minusDays(3));
        assertThat($(Grid.class).exists()).as("no list for a refused period").isFalse();

        test(to).setValue(today);
        assertThat($(FormError.class).exists()).isFalse();
        assertThat($(Grid.class).exists()).isTrue();
    }

    @Test
    void filteringByActionNarrowsTheList() {
        String marker = "kopgroep " + UUID.randomUUID();
        auditLog.record("COHORT_CHANGED", marker);
        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        ComboBox<String> action = $(ComboBox.class).withLabel("Handeling").single();
        test(action).selectItem("Kopgroep gewijzigd");

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("Kopgroep gewijzigd");
        }
        findRow(grid, marker);
        assertThat($(Paragraph.class).withCondition(p -> p.getText().endsWith("gebeurtenissen")
                || p.getText().endsWith("gebeurtenis")).exists()).isTrue();
    }

    private int findRow(Grid<AuditEntry> grid, String target) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (target.equals(test(grid).getCellText(row, 4))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + target);
    }
}
