package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.FormError;
import nl.kopgroep.base.ui.SaveButton;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.CohortId;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.organisation.CohortDetails;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.organisation.MemberRole;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.base.ui.PhoneColumns;

/** Members of one cohort and who coaches whom. */
class CohortMembersPanel extends VerticalLayout {

    private final CohortAdministrationService cohorts;
    private final CohortId cohort;
    private final Runnable changed;
    private final FormError error = new FormError();

    CohortMembersPanel(CohortAdministrationService cohorts, AccountService accounts, OrganisationId organisation, CohortId cohort,
                       Runnable changed) {
        this.cohorts = cohorts;
        this.cohort = cohort;
        this.changed = changed;
        setPadding(false);
        CohortDetails details = cohorts.details(cohort);
        add(new H3(getTranslation("cohort.members.title", details.cohort().name())), error);

        // Add a member
        Set<UserId> present = java.util.stream.Stream.concat(details.participants().stream(), details.coaches().stream())
                .map(Person::id).collect(Collectors.toSet());
        ComboBox<AccountSummary> candidate = new ComboBox<>(getTranslation("cohort.members.add.person"));
        candidate.setItems(accounts.accounts(organisation).stream()
                .filter(a -> a.active() && !present.contains(a.id())).toList());
        candidate.setItemLabelGenerator(a -> a.displayName() + " (" + a.email() + ")");
        candidate.setMinWidth("18rem");
        RadioButtonGroup<MemberRole> as = new RadioButtonGroup<>(getTranslation("cohort.members.add.as"));
        as.setItems(MemberRole.values());
        as.setItemLabelGenerator(role -> getTranslation("memberRole." + role.name()));
        as.setValue(MemberRole.PARTICIPANT);
        Button add = SaveButton.saveEach(new Button(getTranslation("cohort.members.add")), () -> {
            if (candidate.getValue() != null
                    && error.attempt(() -> cohorts.addMember(cohort, candidate.getValue().id(), as.getValue()))) {
                changed.run();
            }
        });
        HorizontalLayout addRow = new HorizontalLayout(candidate, as, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        add(addRow);

        // Participants with their coaches
        Grid<Person> participants = new Grid<>();
        participants.setAriaLabel(getTranslation("cohort.participants"));
        var participantName = participants.addColumn(Person::displayName).setHeader(getTranslation("cohort.participants")).setAutoWidth(true);
        participants.addColumn(p -> details.coachesOf(p.id()).stream().map(Person::displayName)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("cohort.members.coachedBy")).setAutoWidth(true);
        participants.setItems(details.participants());
        participants.setAllRowsVisible(true);
        PhoneColumns.essentialOnPhone(participants, participantName);

        ComboBox<Person> coach = new ComboBox<>(getTranslation("cohort.members.coach"));
        coach.setItems(details.coaches());
        coach.setItemLabelGenerator(Person::displayName);
        Button assign = new Button(getTranslation("cohort.members.assign"), click -> withParticipant(participants,
                p -> coach.getValue() != null && error.attempt(() -> cohorts.assignCoach(cohort, coach.getValue().id(), p.id()))));
        Button unassign = new Button(getTranslation("cohort.members.unassign"), click -> withParticipant(participants,
                p -> coach.getValue() != null && error.attempt(() -> cohorts.unassignCoach(cohort, coach.getValue().id(), p.id()))));
        Button removeParticipant = new Button(getTranslation("cohort.members.remove"), click -> withParticipant(participants,
                p -> error.attempt(() -> cohorts.removeMember(cohort, p.id()))));
        HorizontalLayout participantActions = new HorizontalLayout(coach, assign, unassign, removeParticipant);
        participantActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        participantActions.setWrap(true);
        add(participants, participantActions);

        // Coaches
        Grid<Person> coaches = new Grid<>();
        coaches.setAriaLabel(getTranslation("cohort.coaches"));
        var coachName = coaches.addColumn(Person::displayName).setHeader(getTranslation("cohort.coaches")).setAutoWidth(true);
        coaches.addColumn(Person::email).setHeader(getTranslation("account.email")).setAutoWidth(true);
        coaches.setItems(details.coaches());
        coaches.setAllRowsVisible(true);
        PhoneColumns.essentialOnPhone(coaches, coachName);
        Button removeCoach = new Button(getTranslation("cohort.members.removeCoach"), click -> withParticipant(coaches,
                p -> error.attempt(() -> cohorts.removeMember(cohort, p.id()))));
        add(coaches, removeCoach);
    }

    private void withParticipant(Grid<Person> grid, java.util.function.Predicate<Person> action) {
        Person selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            error.show(new nl.kopgroep.base.DomainException("cohort.members.selectFirst"));
            return;
        }
        if (action.test(selected)) {
            changed.run();
        }
    }
}
