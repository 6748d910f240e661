package nl.kopgroep.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kopgroep.base.ui.DateTimeFormats;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.organisation.OrganisationSummary;
import nl.kopgroep.security.AuditTrailService;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.Role;

/** Administration: who did what, when — the audit log of the municipality. */
@Route("beheer/logboek")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends AdminPage {

    private final transient AuditTrailService auditTrail;
    private final transient AccountService accounts;
    private final DateTimeFormats formats;

    AuditLogView(OrganisationService organisationService, AuditTrailService auditTrail, AccountService accounts,
                 AdminSelection selection, CurrentUser currentUser, DateTimeFormats formats) {
        super("admin.nav.audit", organisationService, selection, currentUser);
        this.auditTrail = auditTrail;
        this.accounts = accounts;
        this.formats = formats;
        reload(null);
    }

    @Override
    Component panelFor(OrganisationSummary organisation) {
        return new AuditLogPanel(auditTrail, accounts.accounts(organisation.id()), organisation, formats);
    }
}
