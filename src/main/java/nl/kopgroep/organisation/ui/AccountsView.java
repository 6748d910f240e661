package nl.kopgroep.organisation.ui;

import nl.kopgroep.organisation.OrganisationNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.organisation.AccountSecondFactorService;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.privacy.ErasureService;
import nl.kopgroep.base.UserId;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** Administration, first page: the accounts of the municipality. */
@Route("beheer")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 90, icon = "vaadin:cog", title = "nav.admin")
class AccountsView extends AdminPage implements OrganisationNavigation.AdministrationRoute {

    private final transient AccountService accountService;
    private final transient AccountSecondFactorService secondFactors;
    private final transient ErasureService erasureService;
    private final UserId me;
    private final DateTimeFormats formats;

    AccountsView(OrganisationService organisationService, AccountService accountService,
                 AccountSecondFactorService secondFactors, AdminSelection selection, CurrentUser currentUser,
                 ErasureService erasureService, DateTimeFormats formats) {
        super("admin.nav.accounts", organisationService, selection, currentUser);
        this.accountService = accountService;
        this.secondFactors = secondFactors;
        this.erasureService = erasureService;
        this.me = currentUser.id();
        this.formats = formats;
        reload(null);
    }

    @Override
    Component panelFor(OrganisationSummary organisation) {
        return new AccountsPanel(accountService, secondFactors, organisation.id(), erasureService, me, formats);
    }
}
