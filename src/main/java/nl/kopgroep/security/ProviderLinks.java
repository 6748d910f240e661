package nl.kopgroep.security;

import java.time.Instant;
import java.util.Optional;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's link to a person at its municipality's provider (issue 13), for the administrators of the account's
 * municipality (or of the installation): see it, and remove it so that the next sign-in through the provider links
 * the account again by e-mail address (the way out of {@link ProviderRefusal#LINKED_TO_OTHER}). Checks the scope
 * itself too, so that it is safe whoever calls it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ProviderLinks {

    /** The link as an administrator sees it: the provider, the person's stable id there, and when it was used. */
    public record Link(String issuer, String subject, Instant linkedAt, Instant lastSignInAt) {
    }

    private final ProviderLinkStore store;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ProviderLinks(ProviderLinkStore store, AccountDirectory accounts, CurrentUser currentUser, AuditLog auditLog) {
        this.store = store;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Link> linkOf(UserId account) {
        requireAdministrable(account);
        return store.linkOf(account).map(link -> new Link(link.issuer(), link.subject(), link.linkedAt(), link.lastSignInAt()));
    }

    /** The accounts of this municipality that are linked to its provider (for the accounts list). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Set<UserId> linkedAccounts(OrganisationId organisation) {
        KopgroepUser admin = currentUser.require();
        if (!admin.hasRole(Role.ADMIN) || !admin.installationAdmin() && !admin.organisationId().equals(organisation)) {
            throw new AccessDeniedException("accounts of another organisation");
        }
        return java.util.Set.copyOf(store.linkedAccounts(organisation));
    }

    /** Removes the account's link; false when it had none. Audited as {@code PROVIDER_UNLINKED}. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean unlink(UserId account) {
        OrganisationId organisation = requireAdministrable(account);
        Optional<ProviderLinkStore.Link> link = store.linkOf(account);
        if (link.isEmpty() || !store.unlink(account)) {
            return false;
        }
        auditLog.recordAbout(account, organisation, "PROVIDER_UNLINKED", "user " + account.value() + " " + link.get().issuer());
        return true;
    }

    private OrganisationId requireAdministrable(UserId account) {
        KopgroepUser admin = currentUser.require();
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("not an admin");
        }
        OrganisationId organisation = accounts.findForLogin(account).map(LoginAccount::organisationId)
                .orElseThrow(() -> new AccessDeniedException("no such account"));
        if (!admin.installationAdmin() && !admin.organisationId().equals(organisation)) {
            throw new AccessDeniedException("account of another organisation");
        }
        return organisation;
    }
}
