package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.organisation.MailFailureService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** Administration: mail that could not be delivered to the municipality's people, and sending it again. */
@Route("beheer/e-mail")
@RolesAllowed(Role.Names.ADMIN)
class MailFailuresView extends AdminPage {

    private final transient MailFailureService failures;
    private final DateTimeFormats formats;

    MailFailuresView(OrganisationService organisationService, MailFailureService failures, AdminSelection selection,
                     CurrentUser currentUser, DateTimeFormats formats) {
        super("admin.nav.mail", organisationService, selection, currentUser);
        this.failures = failures;
        this.formats = formats;
        reload(null);
    }

    @Override
    Component panelFor(OrganisationSummary organisation) {
        return new MailFailuresPanel(failures, organisation, formats);
    }
}
