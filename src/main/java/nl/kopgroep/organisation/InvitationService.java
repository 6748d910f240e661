package nl.kopgroep.organisation;

import java.time.Instant;
import java.time.Clock;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.PasswordPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation: someone who is not signed in yet proves with the one-time token from
 * their link that they may set the password of that one account. Open to anonymous callers on
 * purpose; the token is the authorisation.
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

    InvitationService(AccountTokenRepository tokens, UserAccountRepository accounts, OrganisationRepository organisations,
                      PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> invitation(String token) {
        return usableInvitation(token).flatMap(t -> accounts.findById(t.userId().value()))
                .filter(UserAccount::active)
                .map(account -> new InvitationDetails(account.displayName(), account.email(),
                        organisations.findById(account.organisationId().value()).map(Organisation::name).orElse("")));
    }

    @PreAuthorize("permitAll()")
    public void accept(String token, String password, String repeatedPassword) {
        AccountToken invitation = usableInvitation(token)
                .orElseThrow(() -> new DomainException("invitation.invalid"));
        UserId userId = invitation.userId();
        UserAccount account = accounts.findById(userId.value()).filter(UserAccount::active)
                .orElseThrow(() -> new DomainException("invitation.invalid"));
        passwordPolicy.check(password, repeatedPassword, account.email(), account.displayName(),
                organisations.findById(account.organisationId().value()).map(Organisation::name).orElse(""));
        account.setPasswordHash(passwordEncoder.encode(password));
        invitation.markUsed(clock.instant());
        auditLog.record(account.organisationId(), account.id(), account.email(), "INVITATION_ACCEPTED", "user " + userId);
    }

    private Optional<AccountToken> usableInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Tokens.hash(token))
                .filter(t -> t.purpose() == AccountToken.Purpose.INVITATION && t.userId() != null && t.usableAt(now));
    }
}
