package nl.kopgroep.organisation.ui;

import nl.kopgroep.base.ui.DateTimeFormats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.CohortAdministrationService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** Administration: cohorts, their members and coach assignments. */
@Route("beheer/kopgroepen")
@RolesAllowed(Role.Names.ADMIN)
class CohortsView extends AdminPage {

    private final transient CohortAdministrationService cohortService;
    private final transient AccountService accountService;
    private final DateTimeFormats formats;

    CohortsView(OrganisationService organisationService, CohortAdministrationService cohortService, AccountService accountService,
                AdminSelection selection, CurrentUser currentUser, DateTimeFormats formats) {
        super("admin.nav.cohorts", organisationService, selection, currentUser);
        this.cohortService = cohortService;
        this.accountService = accountService;
        this.formats = formats;
        reload(null);
    }

    @Override
    Component panelFor(OrganisationSummary organisation) {
        return new CohortsPanel(cohortService, accountService, formats, organisation.id());
    }
}
