package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of an organisation, for its administrators: create (with an invitation link), change
 * details and roles, deactivate and reactivate. Every method checks that the admin may administer
 * the account's organisation.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final OrganisationRepository organisations;
    private final OrganisationAccess access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration invitationValidity;

    AccountService(UserAccountRepository accounts, AccountTokenRepository tokens, OrganisationRepository organisations,
                   OrganisationAccess access, AuditLog auditLog, Clock clock,
                   @Value("${kopgroep.invitation.validity:7d}") Duration invitationValidity) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.organisations = organisations;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        return accounts.findByOrganisationIdOrderByDisplayNameAsc(organisation.value()).stream()
                .map(AccountService::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CreatedAccount create(OrganisationId organisation, AccountForm form) {
        access.requireAdminOf(organisation);
        if (!organisations.existsById(organisation.value())) {
            throw new NotFoundException();
        }
        String email = InputRules.email(form.email());
        String name = InputRules.name(form.displayName(), "account.displayName");
        Set<Role> roles = requireRoles(form.roles());
        if (accounts.existsByEmail(email)) {
            throw new DomainException("account.emailTaken", email);
        }
        UserAccount account = accounts.save(new UserAccount(organisation, email, name, roles, clock.instant()));
        String token = issueInvitation(account);
        auditLog.record("ACCOUNT_CREATED", "user " + account.id() + " roles " + roles);
        return new CreatedAccount(summary(account), token);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary update(UserId id, AccountForm form) {
        UserAccount account = administrable(id);
        String email = InputRules.email(form.email());
        String name = InputRules.name(form.displayName(), "account.displayName");
        Set<Role> roles = requireRoles(form.roles());
        if (!account.email().equals(email) && accounts.existsByEmail(email)) {
            throw new DomainException("account.emailTaken", email);
        }
        KopgroepUser admin = access.requireAdminOf(account.organisationId());
        if (admin.id().equals(id) && !roles.contains(Role.ADMIN)) {
            throw new DomainException("account.cannotDropOwnAdmin");
        }
        boolean rolesChanged = !account.roles().equals(roles);
        account.changeDetails(email, name, roles);
        auditLog.record(rolesChanged ? "ACCOUNT_ROLES_CHANGED" : "ACCOUNT_CHANGED", "user " + id + " roles " + roles);
        return summary(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary deactivate(UserId id) {
        UserAccount account = administrable(id);
        if (access.requireAdminOf(account.organisationId()).id().equals(id)) {
            throw new DomainException("account.cannotDeactivateSelf");
        }
        if (account.active()) {
            account.deactivate(clock.instant());
            auditLog.record("ACCOUNT_DEACTIVATED", "user " + id);
        }
        return summary(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary reactivate(UserId id) {
        UserAccount account = administrable(id);
        if (!account.active()) {
            account.reactivate();
            auditLog.record("ACCOUNT_REACTIVATED", "user " + id);
        }
        return summary(account);
    }

    /** A new invitation link for an account (earlier links stop working). Returns the token. */
    @PreAuthorize("hasRole('ADMIN')")
    public String reinvite(UserId id) {
        UserAccount account = administrable(id);
        if (!account.active()) {
            throw new DomainException("account.inactive");
        }
        String token = issueInvitation(account);
        auditLog.record("ACCOUNT_INVITED", "user " + id);
        return token;
    }

    private String issueInvitation(UserAccount account) {
        tokens.deleteAll(tokens.findByUserId(account.id().value()));
        String token = Tokens.newToken();
        tokens.save(new AccountToken(AccountToken.Purpose.INVITATION, Tokens.hash(token), account.id(),
                clock.instant(), clock.instant().plus(invitationValidity)));
        return token;
    }

    private UserAccount administrable(UserId id) {
        UserAccount account = accounts.findById(id.value()).orElseThrow(NotFoundException::new);
        access.requireAdminOf(account.organisationId());
        return account;
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("account.rolesRequired");
        }
        return Set.copyOf(roles);
    }

    static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.id(), account.organisationId(), account.email(), account.displayName(),
                account.roles(), account.active(), account.passwordHash() != null);
    }
}
