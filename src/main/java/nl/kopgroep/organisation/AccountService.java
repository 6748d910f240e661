package nl.kopgroep.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AccountSessions;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.ProviderLinks;
import nl.kopgroep.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of an organisation, for its administrators: create (with an invitation link by mail), change
 * details and roles, deactivate and reactivate, invite again, reset a password. Every method checks that
 * the admin may administer the account's organisation.
 * <p>
 * No back door (issues 11 and 12): an administrator never sees an invitation or reset link — both go to
 * the person's own address through {@link AccountLinkDelivery} (a mail), and these methods return only that
 * address — never changes their own roles, and a reset ends every session of the account.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class AccountService {

    static final String INVITATION_PATH = "/uitnodiging/";
    static final String RESET_PATH = "/wachtwoord-herstellen/";

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final OrganisationRepository organisations;
    private final OrganisationAccess access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration invitationValidity;
    private final Duration resetValidity;
    private final AccountSessions sessions;
    private final AccountLinkDelivery linkDelivery;
    private final ProviderLinks providerLinks;

    AccountService(UserAccountRepository accounts, AccountTokenRepository tokens, OrganisationRepository organisations,
                   OrganisationAccess access, AuditLog auditLog, Clock clock,
                   @Value("${kopgroep.invitation.validity:7d}") Duration invitationValidity,
                   @Value("${kopgroep.security.password-reset.validity:24h}") Duration resetValidity,
                   AccountSessions sessions, AccountLinkDelivery linkDelivery, ProviderLinks providerLinks) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.organisations = organisations;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.invitationValidity = invitationValidity;
        this.resetValidity = resetValidity;
        this.sessions = sessions;
        this.linkDelivery = linkDelivery;
        this.providerLinks = providerLinks;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        Set<UserId> linked = providerLinks.linkedAccounts(organisation);
        return accounts.findByOrganisationIdOrderByDisplayNameAsc(organisation.value()).stream()
                .map(account -> summary(account, linked.contains(account.id()))).toList();
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
        String mailedTo = sendInvitation(account);
        auditLog.recordAbout(account.id(), account.organisationId(), "ACCOUNT_CREATED", "user " + account.id() + " roles " + roles);
        return new CreatedAccount(summary(account), mailedTo);
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
        boolean rolesChanged = !account.roles().equals(roles);
        if (admin.id().equals(id) && !roles.contains(Role.ADMIN)) {
            throw new DomainException("account.cannotDropOwnAdmin");
        }
        // Separation of duties: another administrator grants or removes an administrator's roles.
        if (admin.id().equals(id) && rolesChanged) {
            throw new DomainException("account.cannotChangeOwnRoles");
        }
        account.changeDetails(email, name, roles);
        auditLog.recordAbout(id, account.organisationId(), rolesChanged ? "ACCOUNT_ROLES_CHANGED" : "ACCOUNT_CHANGED", "user " + id + " roles " + roles);
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
            auditLog.recordAbout(id, account.organisationId(), "ACCOUNT_DEACTIVATED", "user " + id);
        }
        return summary(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary reactivate(UserId id) {
        UserAccount account = administrable(id);
        if (!account.active()) {
            account.reactivate();
            auditLog.recordAbout(id, account.organisationId(), "ACCOUNT_REACTIVATED", "user " + id);
        }
        return summary(account);
    }

    /**
     * A new invitation link for an account that never chose a password (earlier links stop working), mailed
     * to the person; returns the address it went to. The administrator never sees the link. An account that
     * ever had a password is refused: its password is reset with {@link #resetPassword}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String reinvite(UserId id) {
        UserAccount account = administrable(id);
        if (!account.active()) {
            throw new DomainException("account.inactive");
        }
        if (account.passwordEverSet()) {
            throw new DomainException("account.reinvite.hasPassword", account.displayName());
        }
        String mailedTo = sendInvitation(account);
        sessions.endAllSessions(id);
        auditLog.recordAbout(id, account.organisationId(), "ACCOUNT_INVITED", "user " + id);
        return mailedTo;
    }

    /**
     * Resets the password of an account that has (or had) one: the password is cleared, every session of
     * the account ends, and a single-use link valid for a short time goes to the person through
     * {@link AccountLinkDelivery} — never to the administrator. The person sees the reset on their home.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary resetPassword(UserId id) {
        UserAccount account = administrable(id);
        if (access.requireAdminOf(account.organisationId()).id().equals(id)) {
            throw new DomainException("account.reset.self");
        }
        if (!account.active()) {
            throw new DomainException("account.inactive");
        }
        if (!account.passwordEverSet()) {
            throw new DomainException("account.reset.neverSet", account.displayName());
        }
        account.clearPasswordForReset(clock.instant());
        String token = issueToken(account, AccountToken.Purpose.PASSWORD_RESET, resetValidity);
        linkDelivery.deliver(new AccountLink(AccountLink.Kind.PASSWORD_RESET, id, RESET_PATH + token,
                clock.instant().plus(resetValidity)));
        auditLog.recordAbout(id, account.organisationId(), "PASSWORD_RESET", "user " + id);
        return summary(account);
    }

    /** The account's link to a person at its municipality's provider, if it was ever signed in through it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ProviderLinks.Link> providerLink(UserId id) {
        return providerLinks.linkOf(administrable(id).id());
    }

    /**
     * Removes the account's link to the provider, so that the next sign-in through the provider links the account
     * again by its e-mail address (after the address passed to a new colleague, or a wrong first link). Returns false
     * when there was no link.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean unlinkProvider(UserId id) {
        return providerLinks.unlink(administrable(id).id());
    }

    /** i18n key of the sentence that tells the administrator how a reset link reaches the person. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String resetLinkChannelKey() {
        return linkDelivery.channelKey();
    }

    private String sendInvitation(UserAccount account) {
        String token = issueToken(account, AccountToken.Purpose.INVITATION, invitationValidity);
        return linkDelivery.deliver(new AccountLink(AccountLink.Kind.INVITATION, account.id(), INVITATION_PATH + token,
                clock.instant().plus(invitationValidity)));
    }

    /** A new token for the account; every earlier link of the account stops working. */
    static String issueToken(AccountTokenRepository tokens, Clock clock, UserAccount account,
                             AccountToken.Purpose purpose, Duration validity) {
        tokens.deleteAll(tokens.findByUserId(account.id().value()));
        String token = Tokens.newToken();
        tokens.save(new AccountToken(purpose, Tokens.hash(token), account.id(), clock.instant(),
                clock.instant().plus(validity)));
        return token;
    }

    private String issueToken(UserAccount account, AccountToken.Purpose purpose, Duration validity) {
        return issueToken(tokens, clock, account, purpose, validity);
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
        return summary(account, false);
    }

    /** {@code providerLinked}: the account signs in through its municipality's provider (issue 13). */
    static AccountSummary summary(UserAccount account, boolean providerLinked) {
        return new AccountSummary(account.id(), account.organisationId(), account.email(), account.displayName(),
                account.roles(), account.active(), account.passwordHash() != null, account.passwordEverSet(), providerLinked);
    }
}
