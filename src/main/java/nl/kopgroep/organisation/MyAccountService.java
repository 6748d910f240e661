package nl.kopgroep.organisation;

import java.time.Instant;
import java.util.Optional;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.security.AccountSessions;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.PasswordPolicy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account: changing their password (the old one required) and the notice that
 * an administrator reset it. Everything acts on the caller's own account only.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class MyAccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final AuditLog auditLog;
    private final PasswordPolicy passwordPolicy;
    private final java.time.Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Wrong current passwords allowed per window; the refusals stay in the audit log (no rollback). */
    static final int MAX_REFUSALS = 5;
    static final java.time.Duration REFUSALS_WINDOW = java.time.Duration.ofMinutes(15);

    MyAccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                     AccountSessions sessions, AuditLog auditLog, PasswordPolicy passwordPolicy,
                     java.time.Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.auditLog = auditLog;
    }

    /**
     * Changes the signed-in person's password. The old password must be right; the new one follows the
     * same rules as everywhere. Every other session of the person ends; this one goes on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = DomainException.class)
    public void changePassword(String oldPassword, String newPassword, String repeatedPassword) {
        UserAccount account = me();
        String hash = account.passwordHash();
        // Whoever holds a session may not guess the password behind it: a few tries, then a pause.
        if (auditLog.countAbout(account.id(), "PASSWORD_CHANGE_REFUSED", clock.instant().minus(REFUSALS_WINDOW))
                >= MAX_REFUSALS) {
            throw new DomainException("passwordChange.tooMany", REFUSALS_WINDOW.toMinutes());
        }
        if (oldPassword == null || oldPassword.isEmpty() || hash == null || !passwordEncoder.matches(oldPassword, hash)) {
            auditLog.recordAbout(account.id(), account.organisationId(), "PASSWORD_CHANGE_REFUSED", "user " + account.id());
            throw new DomainException("passwordChange.oldWrong");
        }
        if (oldPassword.equals(newPassword)) {
            throw new DomainException("passwordChange.same");
        }
        // The old password counts as a personal word: a new one that merely varies it is easy to guess.
        passwordPolicy.check(newPassword, repeatedPassword, account.email(), account.displayName(), oldPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        sessions.endOtherSessionsOfCurrentUser();
        auditLog.recordAbout(account.id(), account.organisationId(), "PASSWORD_CHANGED", "user " + account.id());
    }

    /**
     * When an administrator last reset the signed-in person's password, until they dismiss the notice. One column in
     * plain SQL and no transaction: asked on every home page, the repository's JPQL query was parsed again on every
     * call (a quarter of the coach home page's time in the profile, issue 16).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public Optional<Instant> passwordResetNotice() {
        return jdbc.sql("SELECT password_reset_at FROM app_user WHERE id = ?").param(currentUser.id().value())
                .query((rs, n) -> Optional.ofNullable(nl.kopgroep.base.DbTime.instantOrNull(rs, 1))).optional()
                .flatMap(at -> at);
    }

    @PreAuthorize("isAuthenticated()")
    public void dismissPasswordResetNotice() {
        me().dismissPasswordResetNotice();
        // written now, so the notice's plain-SQL read sees it within an enclosing transaction too
        accounts.flush();
    }

    /** The language the signed-in person's mails are written in (Dutch unless they chose English). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Locale mailLanguage() {
        return OrganisationMailRecipients.localeOf(me().preferredLocale());
    }

    /** Sets the language of the signed-in person's mails: Dutch or English, nothing else. */
    @PreAuthorize("isAuthenticated()")
    public void setMailLanguage(java.util.Locale language) {
        String tag = switch (language == null ? "" : language.getLanguage()) {
            case "nl" -> "nl-NL";
            case "en" -> "en";
            default -> throw new DomainException("mailSettings.languageInvalid");
        };
        me().setPreferredLocale(tag);
    }

    private UserAccount me() {
        return accounts.findById(currentUser.id().value()).orElseThrow();
    }
}
