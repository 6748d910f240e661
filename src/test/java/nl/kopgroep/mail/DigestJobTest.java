package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest through the embedded SMTP server: one mail per person with a section per topic, daily topics every
 * day and weekly ones on their day, each notice in exactly one digest, and two instances on one database sending
 * each digest once.
 */
@KopgroepTest
class DigestJobTest {

    @Autowired DigestJob digest;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailNotices notices;
    @Autowired MailRecipients recipients;
    @Autowired MailPreferences preferences;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired NoticeStore noticeStore;
    @Autowired PreferenceStore preferenceStore;
    @Autowired MailOutbox outbox;
    @Autowired UnsubscribeTokens tokens;
    @Autowired MailSettings settings;
    @Autowired LockProvider lockProvider;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    private LocalDate weeklyDay;
    private LocalDate otherDay;

    @BeforeEach
    void nothingWaits() {
        weeklyDay = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(settings.weeklyDigestDay()));
        otherDay = weeklyDay.plusDays(1);
        digest.run(weeklyDay);
        drain(worker);
        smtp.clear();
    }

    static void drain(OutboxWorker worker) {
        while (worker.sendDue() > 0) {
            // until the outbox has nothing due
        }
    }

    private MailRecipient person(String email) {
        Long id = jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
        return recipients.find(new UserId(id)).orElseThrow();
    }

    private void choose(MailRecipient person, MailTopic topic, MailFrequency frequency) {
        transactions.executeWithoutResult(status -> preferences.set(person.id(), topic, frequency));
    }

    private void note(MailRecipient person, MailTopic topic, Notice notice) {
        transactions.executeWithoutResult(status -> notices.note(person, topic, notice));
    }

    @Test
    void onePersonGetsOneMailWithASectionPerTopicAndEachNoticeOnce() throws Exception {
        MailRecipient participant = person("deelnemer@voorbeeldstad.nl");
        MailRecipient coach = person("coach@voorbeeldstad.nl");
        choose(participant, MailTopic.FEEDBACK, MailFrequency.DAILY);
        choose(participant, MailTopic.CHECK_IN_DUE, MailFrequency.DAILY);
        choose(coach, MailTopic.REFLECTIONS_WAITING, MailFrequency.DAILY);
        note(participant, MailTopic.FEEDBACK, Notice.of("mail.notice.feedback", "/dagboek/41", "Ingrid Bakker"));
        note(participant, MailTopic.FEEDBACK, Notice.of("mail.notice.goalComment", "/doelen", "Ingrid Bakker"));
        note(participant, MailTopic.CHECK_IN_DUE, Notice.of("mail.notice.checkInDue", "/doelen"));
        note(coach, MailTopic.REFLECTIONS_WAITING, Notice.of("mail.notice.shared", "/coach/notitie/41", "Sanne de Vries"));

        assertThat(digest.run(otherDay)).isEqualTo(2);
        assertThat(digest.run(otherDay)).as("each notice in one digest").isZero();
        drain(worker);
        assertThat(smtp.awaitReceived(2, Duration.ofSeconds(5))).isTrue();
        List<MimeMessage> received = smtp.received();
        assertThat(received).hasSize(2);

        MimeMessage toParticipant = to(received, participant.address());
        assertThat(toParticipant.getSubject()).isEqualTo("Je Kopgroep-overzicht");
        String text = EmbeddedMailServer.part(toParticipant, "text/plain");
        String html = EmbeddedMailServer.part(toParticipant, "text/html");
        assertThat(text).contains("Reacties van je coach", "Ingrid Bakker gaf feedback op je reflectie",
                "http://localhost:8080/dagboek/41", "Check-ins op je doelen", "http://localhost:8080/doelen",
                "http://localhost:8080/meldingen", "http://localhost:8080/afmelden/" + participant.id().value() + ".FEEDBACK.",
                "http://localhost:8080/afmelden/" + participant.id().value() + ".CHECK_IN_DUE.");
        assertThat(text.indexOf("Reacties van je coach")).isLessThan(text.indexOf("Check-ins op je doelen"));
        assertThat(html).contains("<html lang=\"nl\">", "href=\"http://localhost:8080/dagboek/41\"")
                .containsPattern("<h2[^>]*>Reacties van je coach</h2>").containsPattern("<h2[^>]*>Check-ins op je doelen</h2>");
        assertThat(toParticipant.getHeader("List-Unsubscribe")[0]).as("a digest of several topics: the settings page")
                .isEqualTo("<http://localhost:8080/meldingen>");
        assertThat(toParticipant.getHeader("List-Unsubscribe-Post")).isNull();

        MimeMessage toCoach = to(received, coach.address());
        assertThat(EmbeddedMailServer.part(toCoach, "text/plain")).contains("Sanne de Vries deelde een reflectie met je",
                "http://localhost:8080/coach/notitie/41");
        assertThat(toCoach.getHeader("List-Unsubscribe")[0]).as("one topic: its one-click link")
                .matches("<http://localhost:8080/mail/afmelden/[0-9]+\\.REFLECTIONS_WAITING\\.[A-Za-z0-9_-]+>");
        assertThat(toCoach.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void weeklyTopicsWaitForTheirDayImmediateOnesGoAtOnceAndNoneDrops() throws Exception {
        MailRecipient participant = person("deelnemer@voorbeeldstad.nl");
        choose(participant, MailTopic.MODULE_OPENS, MailFrequency.WEEKLY);
        choose(participant, MailTopic.LESSONS_BEHIND, MailFrequency.IMMEDIATE);
        choose(participant, MailTopic.EVALUATION_DUE, MailFrequency.NONE);
        try {
            note(participant, MailTopic.MODULE_OPENS, Notice.of("mail.notice.moduleOpens", "/programma", "Start", "7 december 2026"));
            note(participant, MailTopic.LESSONS_BEHIND, Notice.of("mail.notice.lessonsBehind", "/programma", "Start", "2"));
            note(participant, MailTopic.EVALUATION_DUE, Notice.of("mail.notice.evaluationDue", "/doelen"));
            drain(worker);
            assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
            assertThat(smtp.received()).singleElement().satisfies(mail ->
                    assertThat(mail.getSubject()).isEqualTo("In module Start heb je nog 2 lessen te doen"));

            assertThat(digest.run(otherDay)).as("the weekly topic waits").isZero();
            assertThat(digest.run(weeklyDay)).isEqualTo(1);
            drain(worker);
            assertThat(smtp.awaitReceived(2, Duration.ofSeconds(5))).isTrue();
            String text = EmbeddedMailServer.part(smtp.received().get(1), "text/plain");
            assertThat(text).contains("Module Start gaat open op 7 december 2026").doesNotContain("evaluatie");
        } finally {
            choose(participant, MailTopic.MODULE_OPENS, MailFrequency.DAILY);
            choose(participant, MailTopic.LESSONS_BEHIND, MailFrequency.DAILY);
            choose(participant, MailTopic.EVALUATION_DUE, MailFrequency.DAILY);
        }
    }

    @Test
    void aLongTopicSaysHowManyMoreWait() throws Exception {
        MailRecipient coach = person("a.elamrani@voorbeeldstad.nl");
        choose(coach, MailTopic.REFLECTIONS_WAITING, MailFrequency.DAILY);
        for (int i = 1; i <= DigestJob.MAX_LINES_PER_TOPIC + 3; i++) {
            note(coach, MailTopic.REFLECTIONS_WAITING, Notice.of("mail.notice.shared", "/coach/notitie/" + i, "Deelnemer " + i));
        }
        assertThat(digest.run(otherDay)).isEqualTo(1);
        drain(worker);
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
        String text = EmbeddedMailServer.part(smtp.received().getFirst(), "text/plain");
        assertThat(text).contains("Deelnemer " + DigestJob.MAX_LINES_PER_TOPIC + " deelde", "En nog 3 meer")
                .doesNotContain("Deelnemer " + (DigestJob.MAX_LINES_PER_TOPIC + 1) + " deelde");
        assertThat(digest.run(otherDay)).as("all were in this digest").isZero();
    }

    @Test
    void aPersonReadsTheirDigestInTheirLanguage() throws Exception {
        MailRecipient coach = person("coach@lindendal.nl");
        jdbc.sql("UPDATE app_user SET preferred_locale = 'en' WHERE id = ?").param(coach.id().value()).update();
        try {
            MailRecipient english = recipients.find(coach.id()).orElseThrow();
            note(english, MailTopic.REFLECTIONS_WAITING, Notice.of("mail.notice.nudge", "/coach/notitie/7", "Lucas", "6"));
            assertThat(digest.run(otherDay)).isEqualTo(1);
            drain(worker);
            assertThat(smtp.awaitReceived(1, Duration.ofSeconds(5))).isTrue();
            MimeMessage mail = smtp.received().getFirst();
            assertThat(mail.getSubject()).isEqualTo("Your Kopgroep overview");
            assertThat(EmbeddedMailServer.part(mail, "text/plain"))
                    .contains("A reflection by Lucas has been waiting 6 days for your response");
            assertThat(EmbeddedMailServer.part(mail, "text/html")).contains("<html lang=\"en\">");
        } finally {
            jdbc.sql("UPDATE app_user SET preferred_locale = NULL WHERE id = ?").param(coach.id().value()).update();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachDigestOnce() throws Exception {
        List<Long> ids = jdbc.sql("""
                        SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
                        WHERE r.role = 'PARTICIPANT' AND u.active = TRUE ORDER BY u.id LIMIT 8""").query(Long.class).list();
        List<MailRecipient> people = recipients.findAll(ids.stream().map(UserId::new).toList()).stream()
                .filter(MailRecipient::active).toList();
        assertThat(people).hasSizeGreaterThanOrEqualTo(4);
        for (MailRecipient person : people) {
            choose(person, MailTopic.CHECK_IN_DUE, MailFrequency.DAILY);
            note(person, MailTopic.CHECK_IN_DUE, Notice.of("mail.notice.checkInDue", "/doelen"));
            note(person, MailTopic.CHECK_IN_DUE, Notice.of("mail.notice.evaluationDue", "/doelen"));
        }
        DigestJob first = instance();
        DigestJob second = instance();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> await(start, first));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> await(start, second));
        start.countDown();
        int written = one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS);
        assertThat(written).isEqualTo(people.size());
        assertThat(first.run(otherDay) + second.run(otherDay)).isZero();

        drain(worker);
        assertThat(smtp.awaitReceived(people.size(), Duration.ofSeconds(10))).isTrue();
        List<String> addresses = new ArrayList<>();
        for (MimeMessage mail : smtp.received()) {
            for (Address address : mail.getAllRecipients()) {
                addresses.add(address.toString());
            }
        }
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(people.stream().map(MailRecipient::address).toList());
    }

    @Test
    void rowLocksAloneKeepTwoRunsFromSendingTwice() throws Exception {
        // Each instance with a lock provider of its own (as if ShedLock's row had run out): the row locks decide.
        List<Long> ids = jdbc.sql("""
                        SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
                        WHERE r.role = 'COACH' AND u.active = TRUE ORDER BY u.id LIMIT 6""").query(Long.class).list();
        List<MailRecipient> people = recipients.findAll(ids.stream().map(UserId::new).toList()).stream()
                .filter(MailRecipient::active).toList();
        for (MailRecipient person : people) {
            choose(person, MailTopic.REFLECTIONS_WAITING, MailFrequency.DAILY);
            note(person, MailTopic.REFLECTIONS_WAITING, Notice.of("mail.notice.shared", "/coach", "Sanne de Vries"));
        }
        LockProvider none = configuration -> java.util.Optional.of(() -> { });
        DigestJob first = instance(none);
        DigestJob second = instance(none);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> await(start, first));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> await(start, second));
        start.countDown();
        assertThat(one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS)).isEqualTo(people.size());
        drain(worker);
        assertThat(smtp.awaitReceived(people.size(), Duration.ofSeconds(10))).isTrue();
        assertThat(smtp.received()).hasSize(people.size());
    }

    private int await(CountDownLatch start, DigestJob job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return job.run(otherDay);
    }

    private DigestJob instance() {
        return instance(lockProvider);
    }

    private DigestJob instance(LockProvider locks) {
        return new DigestJob(noticeStore, preferenceStore, recipients, outbox, tokens, settings, locks, transactionManager,
                clock, Duration.ZERO);
    }

    private static MimeMessage to(List<MimeMessage> mails, String address) throws Exception {
        for (MimeMessage mail : mails) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                return mail;
            }
        }
        throw new AssertionError("no mail to " + address);
    }
}
