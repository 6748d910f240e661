package nl.kopgroep.privacy;

import java.util.Locale;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.CurrentUser;
import nl.kopgroep.security.KopgroepUser;
import nl.kopgroep.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure (AVG art. 17) of a person who left, by an administrator of their municipality or an
 * installation administrator. Only a deactivated account can be erased, and only after the
 * administrator typed the person's name; the audit log keeps the id, nothing else (docs/privacy.md).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ErasureService {

    private final PrivacyAccounts accounts;
    private final Erasure erasure;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ErasureService(PrivacyAccounts accounts, Erasure erasure, CurrentUser currentUser, AuditLog auditLog) {
        this.accounts = accounts;
        this.erasure = erasure;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** What erasing the person removes, kind by kind, for the confirmation dialog. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ErasurePreview preview(UserId person) {
        ErasureSubject subject = erasable(person);
        return new ErasurePreview(person, subject.displayName(), erasure.counts(subject));
    }

    /** Erases the person; {@code typedName} must be their name as the administrator sees it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void erase(UserId person, String typedName) {
        ErasureSubject subject = erasable(person);
        if (!normalised(typedName).equals(normalised(subject.displayName()))) {
            throw new DomainException("privacy.erase.nameMismatch");
        }
        erasure.erase(subject);
        auditLog.recordAbout(person, subject.organisation(), "ACCOUNT_ERASED", "user " + person.value());
    }

    private ErasureSubject erasable(UserId person) {
        ErasureSubject subject = accounts.subject(person).orElseThrow(NotFoundException::new);
        KopgroepUser admin = currentUser.require();
        if (!admin.hasRole(Role.ADMIN)
                || !admin.installationAdmin() && !admin.organisationId().equals(subject.organisation())) {
            throw new AccessDeniedException("admin of another organisation");
        }
        if (subject.active()) {
            throw new DomainException("privacy.erase.stillActive");
        }
        return subject;
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
