package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * Administration of a municipality: its accounts, its cohorts (members, coach assignments) and its
 * details. An admin of the host organisation chooses the municipality and can add new ones.
 */
@Route("beheer")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, icon = "vaadin:cog", title = "nav.admin")
class AdminView extends Main implements HasDynamicTitle {

    private final OrganisationService organisationService;
    private final AccountService accountService;
    private final CohortService cohortService;
    private final String baseUrl;
    private final ComboBox<OrganisationSummary> organisationChoice = new ComboBox<>();
    private final TabSheet tabs = new TabSheet();

    AdminView(OrganisationService organisationService, AccountService accountService, CohortService cohortService,
              CurrentUser currentUser, @Value("${kopgroep.base-url:http://localhost:8080}") String baseUrl) {
        this.organisationService = organisationService;
        this.accountService = accountService;
        this.cohortService = cohortService;
        this.baseUrl = baseUrl;
        addClassName("page");
        add(new H1(getTranslation("admin.title")));

        organisationChoice.setLabel(getTranslation("admin.organisation"));
        organisationChoice.setItemLabelGenerator(OrganisationSummary::name);
        organisationChoice.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(event.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(organisationChoice);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.require().installationAdmin()) {
            Button newOrganisation = new Button(getTranslation("admin.organisation.new"),
                    click -> new OrganisationDialog(getTranslation("admin.organisation.new"), "", name -> {
                        OrganisationSummary created = organisationService.create(name);
                        reloadOrganisations(created);
                    }).open());
            bar.add(newOrganisation);
        }
        add(bar, tabs);
        tabs.setWidthFull();
        reloadOrganisations(null);
        OrganisationSummary own = organisationChoice.getListDataView().getItems()
                .filter(o -> o.id().equals(currentUser.organisationId())).findFirst().orElse(null);
        organisationChoice.setValue(own);
    }

    private void reloadOrganisations(OrganisationSummary select) {
        List<OrganisationSummary> organisations = organisationService.administrableOrganisations();
        organisationChoice.setItems(organisations);
        organisationChoice.setVisible(organisations.size() > 1);
        if (select != null) {
            organisations.stream().filter(o -> o.id().equals(select.id())).findFirst()
                    .ifPresent(organisationChoice::setValue);
        }
    }

    private void show(OrganisationSummary organisation) {
        int selected = Math.max(0, tabs.getSelectedIndex());
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("admin.tab.accounts"), new AccountsPanel(accountService, organisation.id(), baseUrl));
        tabs.add(getTranslation("admin.tab.cohorts"), new CohortsPanel(cohortService, accountService, organisation.id()));
        tabs.add(getTranslation("admin.tab.organisation"), new OrganisationPanel(organisation,
                name -> reloadOrganisations(organisationService.rename(organisation.id(), name))));
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
