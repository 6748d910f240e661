package nl.kopgroep.goals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class GoalsViewTest extends SpringBrowserlessTest {

    private static final String PARTICIPANT = "ruben.visser@voorbeeldstad.nl";

    @Autowired UserDetailsService users;
    @Autowired GoalService goals;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void participantCreatesAWorkGoalAndAWorseCheckInNeedsAnExplanation() {
        DemoUsers.signIn(users, PARTICIPANT);
        navigate(GoalsView.class);
        test($(Button.class).withText("Nieuw doel").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel van het doel").single()).setValue("Mobiliteitsplan met de buurt");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> commitments = $(MultiSelectComboBox.class, dialog).first();
        commitments.setValue(Set.of(commitments.getListDataView().getItems().findFirst().orElseThrow()));
        test($(Button.class, dialog).withText("Opslaan").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(goals.myGoals()).extracting(g -> g.title()).contains("Mobiliteitsplan met de buurt");

        com.vaadin.flow.component.html.Section card = $(com.vaadin.flow.component.html.Section.class)
                .withClassName("goal-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Mobiliteitsplan met de buurt")).findFirst().orElseThrow();
        test($(Button.class, card).withText("Voortgang bijwerken").single()).click();
        Dialog checkIn = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<GoalStatus> status = $(RadioButtonGroup.class, checkIn).single();
        status.setValue(GoalStatus.OFF_TRACK);
        test($(Button.class, checkIn).withText("Opslaan").single()).click();
        assertThat(checkIn.isOpened()).isTrue();
        assertThat(checkIn.getElement().getTextRecursively()).contains("Licht toe waarom");
    }

    @Test
    void aGoalCarriesMunicipalRolesShownAsBadgesOnItsCard() {
        DemoUsers.signIn(users, PARTICIPANT);
        navigate(GoalsView.class);
        test($(Button.class).withText("Nieuw doel").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel van het doel").single()).setValue("Wijktafel over het sportpark");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> commitments = $(MultiSelectComboBox.class, dialog).first();
        commitments.setValue(Set.of(commitments.getListDataView().getItems().findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<nl.kopgroep.base.MunicipalRole> roles =
                $(com.vaadin.flow.component.checkbox.CheckboxGroup.class, dialog).withLabel("Rollen van de gemeente").single();
        roles.setValue(Set.of(nl.kopgroep.base.MunicipalRole.NETWERKEND, nl.kopgroep.base.MunicipalRole.PARTICIPEREND));
        test($(Button.class, dialog).withText("Opslaan").single()).click();
        assertThat(dialog.isOpened()).isFalse();

        com.vaadin.flow.component.html.Section card = $(com.vaadin.flow.component.html.Section.class)
                .withClassName("goal-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Wijktafel over het sportpark")).findFirst().orElseThrow();
        assertThat($(com.vaadin.flow.component.html.Span.class, card).withClassName("role-badge").all())
                .extracting(com.vaadin.flow.component.html.Span::getText).containsExactly("Netwerkend", "Participerend");
        test($(Button.class, card).withText("Voortgang bijwerken").single()).click();
        assertThat($(com.vaadin.flow.component.checkbox.CheckboxGroup.class, $(Dialog.class).single())
                .withLabel("Rollen van de gemeente").exists()).as("a check-in can carry roles too").isTrue();
    }

    @Test
    void aLearningGoalOffersTheProgrammesCompetenciesAndEarlierUpdatesOpenOnRequest() {
        DemoUsers.signIn(users, PARTICIPANT);
        navigate(GoalsView.class);
        test($(Button.class).withText("Nieuw doel").single()).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<nl.kopgroep.goals.GoalKind> kind = $(RadioButtonGroup.class, dialog).single();
        kind.setValue(nl.kopgroep.goals.GoalKind.LEARNING);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<nl.kopgroep.programme.Competency> competencies = $(MultiSelectComboBox.class, dialog)
                .withLabel("Competenties").single();
        assertThat(competencies.getListDataView().getItems().map(competencies.getItemLabelGenerator()))
                .contains("Regie voeren", "Politieke sensitiviteit");

        dialog.close();
        com.vaadin.flow.component.details.Details history = $(com.vaadin.flow.component.details.Details.class)
                .withCondition(d -> d.getSummaryText().equals("Eerdere updates")).first();
        assertThat(history.getElement().getTextRecursively()).doesNotContain("vertrouwen");
        history.setOpened(true);
        assertThat(history.getElement().getTextRecursively()).contains("vertrouwen", "Betrokken partijen aan tafel");
    }

    @Test
    void emptyTitleIsRefusedAndTheDialogKeepsWhatWasChosen() {
        DemoUsers.signIn(users, PARTICIPANT);
        navigate(GoalsView.class);
        test($(Button.class).withText("Nieuw doel").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(Button.class, dialog).withText("Opslaan").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("Titel van het doel is verplicht.");
    }

    @Test
    void managerSeesCommitmentsWithGoalsAndTheGaps() {
        DemoUsers.signIn(users, DemoUsers.MANAGER);
        navigate(GoalsByCommitmentView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("afspraken hebben ten minste één werkdoel",
                "Nog geen werkdoel draagt bij aan deze afspraak.");
    }

    /**
     * A click on "Opslaan" that reaches the server after the check-in was saved and the dialog closed (a double click,
     * or a client that still shows the dialog: the closed dialog stays in the UI until the browser reports "closed")
     * must not store the check-in a second time. The load test's stale click did exactly that.
     */
    @Test
    void aClickOnTheClosedCheckInDialogDoesNotSaveItAgain() {
        DemoUsers.signIn(users, PARTICIPANT);
        navigate(GoalsView.class);
        test($(Button.class).withText("Nieuw doel").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel van het doel").single()).setValue("Buurtbudget voor de speeltuin");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> commitments = $(MultiSelectComboBox.class, dialog).first();
        commitments.setValue(Set.of(commitments.getListDataView().getItems().findFirst().orElseThrow()));
        test($(Button.class, dialog).withText("Opslaan").single()).click();

        com.vaadin.flow.component.html.Section card = $(com.vaadin.flow.component.html.Section.class)
                .withClassName("goal-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Buurtbudget voor de speeltuin")).findFirst().orElseThrow();
        test($(Button.class, card).withText("Voortgang bijwerken").single()).click();
        Dialog checkIn = $(Dialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        test($(com.vaadin.flow.component.textfield.TextArea.class, checkIn).withLabel("Toelichting").single())
                .setValue("dubbelklik-controle");
        Button save = $(Button.class, checkIn).withText("Opslaan").single();
        test(save).click();
        assertThat(checkIn.isOpened()).isFalse();
        save.click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE explanation = 'dubbelklik-controle'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    /** The same for a new goal: a second click on the closed dialog's "Opslaan" creates no second goal. */
    @Test
    void aClickOnTheClosedGoalDialogDoesNotCreateTheGoalTwice() {
        DemoUsers.signIn(users, PARTICIPANT);
        navigate(GoalsView.class);
        test($(Button.class).withText("Nieuw doel").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withLabel("Titel van het doel").single()).setValue("Dubbelklik op een nieuw doel");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> commitments = $(MultiSelectComboBox.class, dialog).first();
        commitments.setValue(Set.of(commitments.getListDataView().getItems().findFirst().orElseThrow()));
        Button save = $(Button.class, dialog).withText("Opslaan").single();
        test(save).click();
        assertThat(dialog.isOpened()).isFalse();
        save.click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM goal WHERE title = 'Dubbelklik op een nieuw doel'")
                .query(Long.class).single()).isEqualTo(1L);
    }
}
