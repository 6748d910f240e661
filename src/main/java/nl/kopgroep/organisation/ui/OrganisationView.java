package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** Administration: the municipality's own details. */
@Route("beheer/gemeente")
@RolesAllowed(Role.Names.ADMIN)
class OrganisationView extends AdminPage {

    private final transient OrganisationService organisationService;

    OrganisationView(OrganisationService organisationService, AdminSelection selection, CurrentUser currentUser) {
        super("admin.nav.organisation", organisationService, selection, currentUser);
        this.organisationService = organisationService;
        reload(null);
    }

    @Override
    Component panelFor(OrganisationSummary organisation) {
        return new OrganisationPanel(organisation,
                name -> reload(organisationService.rename(organisation.id(), name)));
    }
}
