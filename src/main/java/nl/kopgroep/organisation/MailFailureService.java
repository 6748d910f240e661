package nl.kopgroep.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.MailOutbox;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.UndeliveredMail;
import nl.kopgroep.security.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail that could not be delivered to people of a municipality, for its administrators: who, to which address,
 * what about, when and why; and sending one again once the person's address is corrected (to the address the
 * account has now). Only for the municipalities the administrator may administer ({@link OrganisationAccess}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class MailFailureService {

    /** A failed mail as the administrator sees it; {@code currentAddress} is the account's address now. */
    public record FailedMail(long id, @Nullable UserId person, String name, String address, @Nullable String currentAddress,
                             MailTopic topic, Instant createdAt, int attempts, @Nullable String error, boolean retryable) {

        /** Whether the account's address changed since the mail failed. */
        public boolean addressCorrected() {
            return currentAddress != null && !currentAddress.equalsIgnoreCase(address);
        }
    }

    static final int LIMIT = 200;

    private final MailOutbox outbox;
    private final OrganisationAccess access;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;

    MailFailureService(MailOutbox outbox, OrganisationAccess access, UserAccountRepository accounts, AuditLog auditLog) {
        this.outbox = outbox;
        this.access = access;
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    /** The municipality's undelivered mails, newest first (at most {@value #LIMIT}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<FailedMail> failures(OrganisationId organisation) {
        access.requireAdminOf(organisation);
        List<UndeliveredMail> failed = outbox.failures(Set.of(organisation), LIMIT);
        Map<Long, UserAccount> people = accounts.findAllById(failed.stream().map(UndeliveredMail::recipient)
                        .filter(java.util.Objects::nonNull).map(UserId::value).distinct().toList())
                .stream().filter(account -> account.organisationId().equals(organisation))
                .collect(Collectors.toMap(account -> account.id().value(), Function.identity()));
        return failed.stream().map(mail -> {
            UserAccount account = mail.recipient() == null ? null : people.get(mail.recipient().value());
            return new FailedMail(mail.id(), mail.recipient(), account == null ? "" : account.displayName(), mail.address(),
                    account == null ? null : account.email(), mail.topic(), mail.createdAt(), mail.attempts(), mail.error(),
                    mail.retryable() && account != null && account.active());
        }).toList();
    }

    /**
     * Sends a failed mail again, to the address the person's account has now, with fresh attempts. Refused when the
     * mail is not (any more) a failed mail of this municipality, its text was given up, or the person is gone.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void retry(OrganisationId organisation, long mailId) {
        access.requireAdminOf(organisation);
        FailedMail mail = failures(organisation).stream().filter(failed -> failed.id() == mailId).findFirst()
                .orElseThrow(() -> new DomainException("mailFailures.gone"));
        if (!mail.retryable() || mail.person() == null || mail.currentAddress() == null
                || !outbox.retry(mailId, Set.of(organisation), mail.currentAddress())) {
            throw new DomainException("mailFailures.gone");
        }
        auditLog.recordAbout(mail.person(), organisation, "MAIL_RETRIED", "mail " + mailId);
    }
}
