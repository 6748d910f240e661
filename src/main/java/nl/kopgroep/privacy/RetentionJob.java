package nl.kopgroep.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.base.InstallationLock;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.AuditLog;
import nl.kopgroep.security.PersonalRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the retention settings every night: drafts and other parts' old rows, client addresses in
 * the audit log, old audit events, and deactivated accounts past their term (erased like an
 * administrator would, recorded as the system). With several nodes each node's scheduler fires, but a
 * ShedLock row in the database lets only one of them work; the others skip. Times come from the
 * injected {@link Clock}.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final String LOCK = "kopgroep-retention";

    private final RetentionSettings settings;
    private final Erasure erasure;
    private final PrivacyAccounts accounts;
    private final PersonalRecords records;
    private final AuditLog auditLog;
    private final InstallationLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionJob(RetentionSettings settings, Erasure erasure, PrivacyAccounts accounts, PersonalRecords records,
                 AuditLog auditLog, LockProvider lockProvider, PlatformTransactionManager transactionManager, Clock clock,
                 @Value("${kopgroep.retention.lock-at-least:PT10M}") Duration lockAtLeast) {
        this.settings = settings;
        this.erasure = erasure;
        this.accounts = accounts;
        this.records = records;
        this.auditLog = auditLog;
        this.lock = new InstallationLock(lockProvider, LOCK, Duration.ofHours(2), lockAtLeast);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${kopgroep.retention.cron:0 30 3 * * *}", zone = "${kopgroep.time-zone:Europe/Amsterdam}")
    void nightly() {
        RetentionReport report = run();
        log.info("retention {}", report);
    }

    /**
     * One run, on this node only if no other node is running it (or ran it less than
     * {@code kopgroep.retention.lock-at-least} ago).
     */
    RetentionReport run() {
        return lock.runOnce(this::work).orElseGet(RetentionReport::skipped);
    }

    private RetentionReport work() {
        Instant now = clock.instant();
        ZonedDateTime today = now.atZone(clock.getZone());
        int rows = 0;
        for (PersonalDataPart part : erasure.parts()) {
            Integer removed = transactions.execute(status -> part.applyRetention(settings, now));
            rows += removed == null ? 0 : removed;
        }
        Instant addressCutoff = today.minus(settings.auditAddresses()).toInstant();
        Integer addresses = transactions.execute(status -> records.forgetAddressesBefore(addressCutoff));
        Instant auditCutoff = today.minus(settings.auditLog()).toInstant();
        Integer events = transactions.execute(status -> records.removeEventsBefore(auditCutoff));
        List<UserId> expired = accounts.deactivatedBefore(today.minus(settings.deactivatedAccounts()).toInstant());
        int erased = 0;
        for (UserId person : expired) {
            Boolean done = transactions.execute(status -> accounts.subject(person).filter(s -> !s.active()).map(subject -> {
                erasure.erase(subject);
                auditLog.recordAbout(person, subject.organisation(), "ACCOUNT_ERASED_RETENTION", "user " + person.value());
                return true;
            }).orElse(false));
            erased += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return new RetentionReport(true, rows, addresses == null ? 0 : addresses, events == null ? 0 : events, erased);
    }
}
