package nl.kopgroep.organisation;

import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AccountSessions;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.SecondFactors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator resets someone's second factor (a lost phone and no recovery codes left). Nothing usable
 * is shown to the administrator: the person sets up a new factor at their next sign-in, after their own
 * password. Recorded in the audit log; every session of the account ends, and the person gets a mail saying
 * so and what to do if they did not expect it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class AccountSecondFactorService {

    private final UserAccountRepository accounts;
    private final OrganisationAccess access;
    private final SecondFactors secondFactors;
    private final AuditLog auditLog;
    private final AccountSessions sessions;
    private final AccountMails mails;

    AccountSecondFactorService(UserAccountRepository accounts, OrganisationAccess access, SecondFactors secondFactors,
                               AuditLog auditLog, AccountSessions sessions, AccountMails mails) {
        this.sessions = sessions;
        this.mails = mails;
        this.accounts = accounts;
        this.access = access;
        this.secondFactors = secondFactors;
        this.auditLog = auditLog;
    }

    /** Whether the account has a second factor, for an administrator of its organisation. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(UserId id) {
        return secondFactors.enrolled(administrable(id).id());
    }

    /**
     * Removes the account's second factor and recovery codes. Refused for one's own account (another
     * administrator does it, so a stolen administrator session cannot quietly drop its own factor).
     * Returns false when there was none.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean reset(UserId id) {
        UserAccount account = administrable(id);
        if (access.requireAdminOf(account.organisationId()).id().equals(id)) {
            throw new DomainException("account.mfa.reset.self");
        }
        boolean removed = secondFactors.remove(id);
        if (removed) {
            // As with a password reset: whoever holds a session of the account now signs in again.
            sessions.endAllSessions(id);
            auditLog.recordAbout(id, account.organisationId(), "SECOND_FACTOR_RESET", "user " + id);
            // The person learns it at once, by mail: if they did not expect it, someone may be after their account.
            mails.secondFactorReset(id);
        }
        return removed;
    }

    private UserAccount administrable(UserId id) {
        UserAccount account = accounts.findById(id.value()).orElseThrow(NotFoundException::new);
        access.requireAdminOf(account.organisationId());
        return account;
    }
}
