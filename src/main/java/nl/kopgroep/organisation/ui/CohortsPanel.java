package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.organisation.CohortSummary;
import nl.kopgroep.base.ui.PhoneColumns;

/** The cohorts of one municipality; the chosen cohort's members and coaches below. */
class CohortsPanel extends VerticalLayout {

    private final CohortAdministrationService cohorts;
    private final AccountService accounts;
    private final OrganisationId organisation;
    private final Grid<CohortSummary> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final Button edit = new Button();

    CohortsPanel(CohortAdministrationService cohorts, AccountService accounts, DateTimeFormats formats, OrganisationId organisation) {
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.organisation = organisation;
        setPadding(false);
        details.setPadding(false);

        Button create = new Button(getTranslation("cohort.new"), click -> new CohortDialog(
                getTranslation("cohort.new"), null, (name, start) -> {
                    cohorts.create(organisation, name, start);
                    refresh();
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setText(getTranslation("action.edit"));
        edit.setEnabled(false);
        edit.addClickListener(click -> {
            CohortSummary cohort = grid.asSingleSelect().getValue();
            if (cohort != null) {
                new CohortDialog(getTranslation("cohort.edit"), cohort, (name, start) -> {
                    cohorts.change(cohort.id(), name, start);
                    refresh();
                }).open();
            }
        });

        grid.setAriaLabel(getTranslation("admin.nav.cohorts"));
        var name = grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohort.name")).setAutoWidth(true);
        grid.addColumn(c -> formats.date(c.startDate())).setHeader(getTranslation("cohort.startDate")).setAutoWidth(true);
        grid.addColumn(c -> formats.date(c.endDate())).setHeader(getTranslation("cohort.endDate")).setAutoWidth(true);
        var participants = grid.addColumn(CohortSummary::participantCount).setHeader(getTranslation("cohort.participants"));
        grid.addColumn(CohortSummary::coachCount).setHeader(getTranslation("cohort.coaches"));
        grid.setAllRowsVisible(true);
        PhoneColumns.essentialOnPhone(grid, name, participants);
        grid.addSelectionListener(event -> showDetails());

        add(new HorizontalLayout(create, edit), grid, details);
        refresh();
    }

    private void refresh() {
        CohortSummary selected = grid.asSingleSelect().getValue();
        var list = cohorts.cohorts(organisation);
        grid.setItems(list);
        if (selected != null) {
            list.stream().filter(c -> c.id().equals(selected.id())).findFirst().ifPresent(grid::select);
        } else if (list.size() == 1) {
            grid.select(list.getFirst());
        }
        showDetails();
    }

    private void showDetails() {
        details.removeAll();
        CohortSummary cohort = grid.asSingleSelect().getValue();
        edit.setEnabled(cohort != null);
        if (cohort != null) {
            details.add(new CohortMembersPanel(cohorts, accounts, organisation, cohort.id(), this::refresh));
        }
    }
}
