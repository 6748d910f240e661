package nl.kopgroep.organisation;

import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which organisations the current user may administer: an admin their own, an admin of the host
 * organisation every organisation of the installation.
 */
@Component
class OrganisationAccess {

    private final CurrentUser currentUser;

    OrganisationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    KopgroepUser requireAdminOf(OrganisationId organisation) {
        KopgroepUser user = currentUser.require();
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("not an admin");
        }
        if (!user.installationAdmin() && !user.organisationId().equals(organisation)) {
            throw new AccessDeniedException("admin of another organisation");
        }
        return user;
    }

    OrganisationId currentUserOrganisation() {
        return currentUser.organisationId();
    }

    KopgroepUser requireInstallationAdmin() {
        KopgroepUser user = currentUser.require();
        if (!user.installationAdmin()) {
            throw new AccessDeniedException("not an installation admin");
        }
        return user;
    }
}
