package nl.kopgroep.organisation;

import java.time.Instant;
import java.time.Clock;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AccountSessions;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.PasswordPolicy;
import nl.kopgroep.security.SignInRoute;
import nl.kopgroep.security.SignInRouting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation or a password reset: someone who is not signed in yet proves with the one-time
 * token from their link that they may set the password of that one account. Open to anonymous callers on
 * purpose; the token is the authorisation. An invitation never sets the password of an account that ever
 * had one; only a reset link (an administrator's reset or "wachtwoord vergeten", both mailed to the person)
 * does. Either ends every session of the account. An invitation for an address whose municipality's provider does not
 * allow passwords sets no password: that person signs in through the provider (issue 13).
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class InvitationService {

    private final AccountTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountSessions sessions;
    private final SignInRouting routing;

    InvitationService(AccountTokenRepository tokens, UserAccountRepository accounts, OrganisationRepository organisations,
                      PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog auditLog, Clock clock,
                      AccountSessions sessions, SignInRouting routing) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.sessions = sessions;
        this.routing = routing;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> invitation(String token) {
        return details(token, AccountToken.Purpose.INVITATION);
    }

    /** The person a usable password-reset link is for. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> passwordReset(String token) {
        return details(token, AccountToken.Purpose.PASSWORD_RESET);
    }

    @PreAuthorize("permitAll()")
    public void accept(String token, String password, String repeatedPassword) {
        setPassword(token, AccountToken.Purpose.INVITATION, password, repeatedPassword, "INVITATION_ACCEPTED");
    }

    /** The person a usable "wachtwoord vergeten" link is for. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> passwordRecovery(String token) {
        return details(token, AccountToken.Purpose.PASSWORD_RECOVERY);
    }

    /** Sets the new password with the link of an administrator's reset or of "wachtwoord vergeten". */
    @PreAuthorize("permitAll()")
    public void completePasswordReset(String token, String password, String repeatedPassword) {
        if (usable(token, AccountToken.Purpose.PASSWORD_RECOVERY).isPresent()) {
            setPassword(token, AccountToken.Purpose.PASSWORD_RECOVERY, password, repeatedPassword, "PASSWORD_RECOVERED");
        } else {
            setPassword(token, AccountToken.Purpose.PASSWORD_RESET, password, repeatedPassword, "PASSWORD_RESET_COMPLETED");
        }
    }

    private void setPassword(String token, AccountToken.Purpose purpose, String password, String repeatedPassword,
                             String auditAction) {
        AccountToken link = usable(token, purpose).orElseThrow(() -> new DomainException("invitation.invalid"));
        UserId userId = link.userId();
        UserAccount account = accounts.findById(userId.value()).filter(UserAccount::active)
                .orElseThrow(() -> new DomainException("invitation.invalid"));
        if (purpose == AccountToken.Purpose.INVITATION && account.passwordEverSet()) {
            throw new DomainException("invitation.passwordAlreadySet");
        }
        String organisationName = organisations.findById(account.organisationId().value()).map(Organisation::name).orElse("");
        if (purpose == AccountToken.Purpose.INVITATION && throughProviderOnly(account.email())) {
            throw new DomainException("invitation.throughProvider.noPassword", organisationName);
        }
        passwordPolicy.check(password, repeatedPassword, account.email(), account.displayName(), organisationName);
        account.setPasswordHash(passwordEncoder.encode(password));
        link.markUsed(clock.instant());
        sessions.endAllSessions(userId);
        auditLog.record(account.organisationId(), account.id(), account.email(), auditAction, "user " + userId);
    }

    private Optional<InvitationDetails> details(String token, AccountToken.Purpose purpose) {
        return usable(token, purpose).flatMap(t -> accounts.findById(t.userId().value()))
                .filter(UserAccount::active)
                .filter(account -> purpose != AccountToken.Purpose.INVITATION || !account.passwordEverSet())
                .map(account -> new InvitationDetails(account.displayName(), account.email(),
                        organisations.findById(account.organisationId().value()).map(Organisation::name).orElse(""),
                        throughProviderOnly(account.email())));
    }

    private boolean throughProviderOnly(String email) {
        SignInRoute route = routing.routeFor(email);
        return route.throughProvider() && !route.passwordsAllowed();
    }

    private Optional<AccountToken> usable(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Tokens.hash(token))
                .filter(t -> t.purpose() == purpose && t.userId() != null && t.usableAt(now));
    }
}
