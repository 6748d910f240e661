package nl.kopgroep.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.base.InstallationLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every feature's {@link MailReminders} once a day, before the digest, once per installation: each node's
 * scheduler fires, the ShedLock row {@value #LOCK} lets one of them work. A reminder noted twice is still one
 * notice (the once-only keys), so a run that another node repeats after the lock ran out sends nothing twice.
 */
@Component
public class ReminderJob {

    static final String LOCK = "kopgroep-mail-reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ObjectProvider<MailReminders> producers;
    private final InstallationLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderJob(ObjectProvider<MailReminders> producers, LockProvider lockProvider,
                PlatformTransactionManager transactionManager, Clock clock,
                @Value("${kopgroep.mail.lock-at-least:PT5M}") Duration lockAtLeast) {
        this.producers = producers;
        this.lock = new InstallationLock(lockProvider, LOCK, Duration.ofMinutes(30), lockAtLeast);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One run for today; returns the notices noted (0 when another node is running it). */
    public int run() {
        return run(LocalDate.now(clock));
    }

    /** One run as on this day (the demo's start-up and tests pick the day). */
    public int run(LocalDate today) {
        return lock.runOnce(() -> work(today)).orElse(0);
    }

    private int work(LocalDate today) {
        int noted = 0;
        List<MailReminders> all = producers.orderedStream().toList();
        for (MailReminders producer : all) {
            try {
                Integer count = transactions.execute(status -> producer.remind(today));
                noted += count == null ? 0 : count;
            } catch (RuntimeException e) {
                // One feature's failure does not keep the others' reminders back; the next run tries again.
                log.error("Reminders of {} failed", producer.getClass().getSimpleName(), e);
            }
        }
        log.info("Mail reminders for {}: {} noted", today, noted);
        return noted;
    }
}
