package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.MailFailureService;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing lost, nothing doubled: an SMTP outage, time passing, an application restart (a new worker over the same
 * database), two workers at once (with ShedLock, and without it so the row lock alone must hold), a refused address
 * and the last attempt. Workers with their own clock are built here over the shared context's database.
 */
@KopgroepTest
class OutboxReliabilityTest {

    @Autowired MailOutbox outbox;
    @Autowired OutboxWorker worker;
    @Autowired OutboxStore store;
    @Autowired EmbeddedMailServer smtp;
    @Autowired JavaMailSender sender;
    @Autowired MailSettings settings;
    @Autowired LockProvider lockProvider;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired TransactionTemplate transactions;
    @Autowired MailRecipients recipients;
    @Autowired MailFailureService failures;
    @Autowired nl.kopgroep.organisation.AttentionService attention;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MailPersonalData personalData;
    @Autowired nl.kopgroep.privacy.RetentionSettings retention;

    private final List<Long> created = new ArrayList<>();
    private MailRecipient participant;

    @BeforeEach
    void drain() {
        worker.sendDue();
        smtp.clear();
        participant = recipient(DemoUsers.PARTICIPANT);
    }

    @AfterEach
    void cleanUp() {
        smtp.restart();
        DemoUsers.signOut();
        if (!created.isEmpty()) {
            jdbc.sql("DELETE FROM mail_outbox WHERE id IN (:ids)").param("ids", created).update();
        }
    }

    private MailRecipient recipient(String email) {
        return recipients.find(new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email)
                .query(Long.class).single())).orElseThrow();
    }

    private long mail(MailRecipient to) {
        transactions.executeWithoutResult(status -> outbox.send(to, MailTopic.MODULE_OPENS,
                MailContent.subject("mail.topic.module_opens").paragraph("mail.topic.module_opens.description")
                        .action("mail.action.open", "/programma").reason("mail.reason.module_opens").build()));
        long id = jdbc.sql("SELECT MAX(id) FROM mail_outbox WHERE recipient_id = ?").param(to.id().value())
                .query(Long.class).single();
        created.add(id);
        return id;
    }

    private OutboxWorker worker(JavaMailSender with, Duration later, LockProvider locks) {
        return new OutboxWorker(store, with, settings, locks, transactionManager, Clock.offset(clock, later));
    }

    private OutboxWorker worker(Duration later) {
        return worker(sender, later, lockProvider);
    }

    /** A lock provider that always grants: the workers rely on the row lock alone. */
    private static final LockProvider NO_SHEDLOCK = configuration -> Optional.of(() -> { });

    private record Row(String status, int attempts, Instant nextAttempt, String error, boolean hasBody) {
    }

    private Row row(long id) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error, text_body IS NOT NULL FROM mail_outbox WHERE id = ?")
                .param(id).query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), DbTime.instant(rs, 3), rs.getString(4),
                        rs.getBoolean(5))).single();
    }

    private long received(long id) {
        String messageId = jdbc.sql("SELECT message_id FROM mail_outbox WHERE id = ?").param(id).query(String.class).single();
        return smtp.received().stream().filter(message -> {
            try {
                return messageId.equals(message.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void anSmtpOutageDelaysTheMailWithBackOffAndLosesNothingAndItGoesOnceWhenTheServerIsBack() {
        long id = mail(participant);
        smtp.stop();
        Instant before = clock.instant();
        assertThat(worker.sendDue()).isZero();

        Row waiting = row(id);
        assertThat(waiting.status()).isEqualTo("PENDING");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.error()).isNotBlank();
        assertThat(waiting.nextAttempt()).isAfterOrEqualTo(before.plus(settings.firstRetry()).minusSeconds(1));

        assertThat(worker(Duration.ofMinutes(2)).sendDue()).as("still down").isZero();
        Row later = row(id);
        assertThat(later.attempts()).isEqualTo(2);
        assertThat(Duration.between(clock.instant().plus(Duration.ofMinutes(2)), later.nextAttempt()))
                .as("the back-off doubled").isGreaterThan(settings.firstRetry().multipliedBy(2).minusSeconds(5));

        smtp.restart();
        assertThat(worker.sendDue()).as("not due yet, even with the server back").isZero();
        assertThat(worker(Duration.ofMinutes(10)).sendDue()).isEqualTo(1);
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
        assertThat(worker(Duration.ofMinutes(20)).sendDue()).isZero();
        assertThat(worker.sendDue()).isZero();
        assertThat(received(id)).isEqualTo(1);
        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(row(id).hasBody()).as("a sent mail's text is not kept").isFalse();
    }

    @Test
    void aRestartedApplicationANewWorkerOverTheSameDatabaseDoublesNothing() {
        long first = mail(participant);
        assertThat(worker.sendDue()).isEqualTo(1);
        long second = mail(participant);
        OutboxWorker afterRestart = worker(Duration.ZERO);
        assertThat(afterRestart.sendDue()).as("only what was still pending").isEqualTo(1);
        assertThat(worker(Duration.ofHours(1)).sendDue()).isZero();
        assertThat(worker.sendDue()).isZero();
        assertThat(smtp.awaitReceived(2, Duration.ofSeconds(5))).isTrue();
        assertThat(received(first)).isEqualTo(1);
        assertThat(received(second)).isEqualTo(1);
    }

    @Test
    void twoWorkersAtOnceSendEveryMailOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(mail(participant));
        }
        OutboxWorker one = worker(Duration.ZERO);
        OutboxWorker two = worker(Duration.ZERO);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> { start.await(); return one.sendDue(); });
            Future<Integer> b = pool.submit(() -> { start.await(); return two.sendDue(); });
            start.countDown();
            assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isEqualTo(12);
        } finally {
            pool.shutdownNow();
        }
        assertThat(smtp.awaitReceived(12, Duration.ofSeconds(10))).isTrue();
        for (long id : ids) {
            assertThat(received(id)).as("mail " + id).isEqualTo(1);
        }
    }

    @Test
    void withoutShedLockTheRowLockAloneKeepsASecondWorkerOffTheMailsTheFirstIsSending() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(mail(participant));
        }
        CountDownLatch firstIsSending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JavaMailSenderImpl real = (JavaMailSenderImpl) sender;
        JavaMailSenderImpl held = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage message) {
                firstIsSending.countDown();
                try {
                    if (!release.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                real.send(message);
            }
        };
        held.setHost(real.getHost());
        held.setPort(real.getPort());
        CountDownLatch secondLooked = new CountDownLatch(1);
        OutboxStore watched = new OutboxStore(jdbc) {
            @Override
            List<Pending> lockDue(Instant now, int limit) {
                List<Pending> due = super.lockDue(now, limit);
                secondLooked.countDown();
                return due;
            }
        };
        OutboxWorker first = worker(held, Duration.ZERO, NO_SHEDLOCK);
        OutboxWorker second = new OutboxWorker(watched, sender, settings, NO_SHEDLOCK, transactionManager, clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(first::sendDue);
            assertThat(firstIsSending.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> b = pool.submit(second::sendDue);
            assertThat(secondLooked.await(30, TimeUnit.SECONDS)).as("SKIP LOCKED: the second does not wait").isTrue();
            release.countDown();
            assertThat(a.get(60, TimeUnit.SECONDS)).isEqualTo(5);
            assertThat(b.get(60, TimeUnit.SECONDS)).as("every row was the first's").isZero();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(smtp.awaitReceived(5, Duration.ofSeconds(10))).isTrue();
        for (long id : ids) {
            assertThat(received(id)).as("mail " + id).isEqualTo(1);
        }
    }

    /** A server that refuses the recipient (550), as a real one does for an address that does not exist. */
    private static JavaMailSenderImpl refusing() {
        return new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage message) {
                try {
                    InternetAddress to = (InternetAddress) message.getAllRecipients()[0];
                    throw new MailSendException(Map.of(message,
                            new SMTPAddressFailedException(to, "RCPT TO", 550, "5.1.1 <" + to.getAddress() + ">: user unknown")));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Test
    void aRefusedAddressFailsAtOnceAndTheAdministratorSeesItAndSendsItAgain() {
        long id = mail(participant);
        assertThat(worker(refusing(), Duration.ZERO, lockProvider).sendDue()).isZero();
        Row failed = row(id);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).as("no retry for a refused address").isEqualTo(1);
        assertThat(failed.error()).contains("user unknown");
        assertThat(failed.hasBody()).as("kept until retried or given up for good").isTrue();

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(failures.failures(participant.organisation())).anySatisfy(mail -> {
            assertThat(mail.id()).isEqualTo(id);
            assertThat(mail.name()).isEqualTo(participant.name());
            assertThat(mail.address()).isEqualTo(participant.address());
            assertThat(mail.topic()).isEqualTo(MailTopic.MODULE_OPENS);
            assertThat(mail.retryable()).isTrue();
        });
        assertThat(attention.attentionItems(participant.organisation())).as("on the administrator's home page")
                .contains(new nl.kopgroep.organisation.AttentionItem(nl.kopgroep.organisation.AttentionItem.Kind.UNDELIVERED_MAIL,
                        participant.name()));
        failures.retry(participant.organisation(), id);
        assertThat(attention.attentionItems(participant.organisation())).noneMatch(item ->
                item.kind() == nl.kopgroep.organisation.AttentionItem.Kind.UNDELIVERED_MAIL);
        assertThat(row(id).status()).isEqualTo("PENDING");
        assertThat(row(id).attempts()).isZero();
        assertThatThrownBy(() -> failures.retry(participant.organisation(), id)).as("not failed any more")
                .isInstanceOf(DomainException.class);
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
        assertThat(received(id)).isEqualTo(1);
    }

    @Test
    void theLastAttemptFailsTheMailForGood() {
        long id = mail(participant);
        smtp.stop();
        jdbc.sql("UPDATE mail_outbox SET attempts = ? WHERE id = ?").param(settings.maxAttempts() - 1).param(id).update();
        assertThat(worker.sendDue()).isZero();
        assertThat(row(id).status()).isEqualTo("FAILED");
        assertThat(row(id).attempts()).isEqualTo(settings.maxAttempts());
        smtp.restart();
        assertThat(worker(Duration.ofDays(1)).sendDue()).as("a failed mail is not retried by itself").isZero();
        assertThat(received(id)).isZero();

        // Given up for good after keep-sent: the text goes, and it can no longer be sent again.
        jdbc.sql("UPDATE mail_outbox SET created_at = ? WHERE id = ?")
                .param(DbTime.utc(clock.instant().minus(settings.keepSent()).minusSeconds(60))).param(id).update();
        personalData.applyRetention(retention, clock.instant());
        assertThat(row(id).hasBody()).isFalse();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(failures.failures(participant.organisation())).filteredOn(mail -> mail.id() == id)
                .singleElement().satisfies(mail -> assertThat(mail.retryable()).isFalse());
        assertThatThrownBy(() -> failures.retry(participant.organisation(), id)).isInstanceOf(DomainException.class);
    }

    @Test
    void anAdministratorSeesOnlyTheChosenMunicipalitysFailuresAndOthersNone() {
        MailRecipient elsewhere = recipient(DemoUsers.LINDENDAL_PARTICIPANT);
        long there = mail(elsewhere);
        assertThat(worker(refusing(), Duration.ZERO, lockProvider).sendDue()).isZero();
        assertThat(row(there).status()).isEqualTo("FAILED");

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        assertThat(failures.failures(participant.organisation())).noneMatch(mail -> mail.id() == there);
        assertThatThrownBy(() -> failures.retry(participant.organisation(), there)).isInstanceOf(DomainException.class);
        assertThat(row(there).status()).isEqualTo("FAILED");

        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThatThrownBy(() -> failures.failures(participant.organisation())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> failures.retry(elsewhere.organisation(), there)).isInstanceOf(AccessDeniedException.class);
    }
}
