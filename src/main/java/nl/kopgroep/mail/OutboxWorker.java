package nl.kopgroep.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.base.InstallationLock;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox. Every few seconds each node's worker takes the ShedLock row
 * {@value #LOCK} (so on a Galera cluster, where row locks are not shared between nodes, still one node sends),
 * then locks the due rows themselves ({@code FOR UPDATE SKIP LOCKED}) in one transaction, sends them and marks
 * them sent in that transaction. An SMTP outage leaves the rows pending with a later attempt (back-off from
 * {@code kopgroep.mail.first-retry}, doubling up to {@code max-retry}); a refused address, or
 * {@code max-attempts} failures, marks the row failed, which administrators see.
 *
 * <p>The one window for a double mail: the SMTP server accepted the message and this node died before the
 * transaction committed. Each mail carries a stable Message-ID, so a receiving system can recognise the copy.
 */
@Component
public class OutboxWorker {

    static final String LOCK = "kopgroep-mail-outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxStore store;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final InstallationLock lock;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxWorker(OutboxStore store, JavaMailSender sender, MailSettings settings, LockProvider lockProvider,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.lock = new InstallationLock(lockProvider, LOCK, Duration.ofMinutes(5), Duration.ZERO);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${kopgroep.mail.worker-cron:*/5 * * * * *}")
    void poll() {
        sendDue();
    }

    /** One round: sends what is due (on this node, unless another node is sending now); returns the mails sent. */
    public int sendDue() {
        return lock.runOnce(this::round).orElse(0);
    }

    private int round() {
        Integer sent = transactions.execute(status -> {
            int count = 0;
            List<OutboxStore.Pending> due = store.lockDue(clock.instant(), settings.batchSize());
            for (OutboxStore.Pending mail : due) {
                if (deliver(mail)) {
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private boolean deliver(OutboxStore.Pending mail) {
        try {
            sender.send(message(mail));
            store.sent(mail.id(), clock.instant());
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            String error = describe(e);
            if (refusedAddress(e)) {
                log.warn("Mail {} ({}) refused for its address: {}", mail.id(), mail.topic(), error);
                store.failed(mail.id(), error);
            } else if (mail.attempts() + 1 >= settings.maxAttempts()) {
                log.warn("Mail {} ({}) given up after {} attempts: {}", mail.id(), mail.topic(), mail.attempts() + 1, error);
                store.failed(mail.id(), error);
            } else {
                Instant next = clock.instant().plus(backOff(mail.attempts()));
                log.info("Mail {} ({}) not sent, next attempt at {}: {}", mail.id(), mail.topic(), next, error);
                store.retryLater(mail.id(), next, error);
            }
            return false;
        }
    }

    Duration backOff(int attemptsSoFar) {
        Duration delay = settings.firstRetry();
        for (int i = 0; i < attemptsSoFar && delay.compareTo(settings.maxRetry()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : delay;
    }

    private MimeMessage message(OutboxStore.Pending mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender instanceof JavaMailSenderImpl impl
                ? new StableIdMessage(impl.getSession(), mail.messageId()) : sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
        helper.setTo(new InternetAddress(mail.address(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        message.setHeader("Content-Language", Locale.forLanguageTag(mail.locale()).getLanguage());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            if (mail.unsubscribeUrl().contains(MailLinks.ONE_CLICK_PATH)) {
                // RFC 8058 only for a one-click link; a digest of several topics points at the settings page instead.
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        }
        return message;
    }

    private static boolean refusedAddress(Exception e) {
        if (e instanceof jakarta.mail.internet.AddressException) {
            return true;
        }
        if (e instanceof MailAuthenticationException) {
            return false;
        }
        if (e instanceof MailSendException send) {
            for (Exception failure : send.getFailedMessages().values()) {
                for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                        return true;
                    }
                    if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                            && failed.getInvalidAddresses().length > 0 && failed.getNextException() instanceof SMTPAddressFailedException next
                            && next.getReturnCode() >= 500) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Keeps the Message-ID the outbox chose, so a copy sent twice is recognisable as the same mail. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    long pendingCount() {
        return store.pendingCount();
    }
}
