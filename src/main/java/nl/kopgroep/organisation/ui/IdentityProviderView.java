package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.organisation.IdentityProviderService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** Administration: the municipality's own OpenID Connect provider (issue 13; the sign-in through it follows). */
@Route("beheer/inloggen")
@RolesAllowed(Role.Names.ADMIN)
class IdentityProviderView extends AdminPage {

    private final transient IdentityProviderService providers;
    private final DateTimeFormats formats;

    IdentityProviderView(OrganisationService organisationService, IdentityProviderService providers, AdminSelection selection,
                         CurrentUser currentUser, DateTimeFormats formats) {
        super("admin.nav.identityProvider", organisationService, selection, currentUser);
        this.providers = providers;
        this.formats = formats;
        reload(null);
    }

    @Override
    Component panelFor(OrganisationSummary organisation) {
        return new IdentityProviderPanel(providers, organisation, formats);
    }
}
