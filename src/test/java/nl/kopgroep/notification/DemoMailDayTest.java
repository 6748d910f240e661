package nl.kopgroep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.mail.DigestJob;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.OutboxWorker;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's day of mail: a coach and a participant want some mail at once, and the demo cohort gets its digests. */
@KopgroepTest
class DemoMailDayTest {

    @Autowired DemoMailDay day;
    @Autowired DigestJob digest;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailPreferences preferences;
    @Autowired OrganisationDirectory directory;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoCohortGetsARealisticDayOfMail() {
        UserId coach = directory.accountByEmail(DemoUsers.COACH).orElseThrow();
        UserId participant = directory.accountByEmail(DemoUsers.PARTICIPANT).orElseThrow();
        send();
        smtp.clear();
        // A fresh installation: nothing noted before.
        jdbc.sql("DELETE FROM mail_notice").update();
        transactions.executeWithoutResult(status -> {
            preferences.set(coach, MailTopic.REFLECTIONS_WAITING, MailTopic.REFLECTIONS_WAITING.defaultFrequency());
            preferences.set(participant, MailTopic.FEEDBACK, MailTopic.FEEDBACK.defaultFrequency());
        });
        try {
            int digests = day.runDay();
            assertThat(preferences.frequency(coach, MailTopic.REFLECTIONS_WAITING)).isEqualTo(MailFrequency.IMMEDIATE);
            assertThat(preferences.frequency(participant, MailTopic.FEEDBACK)).isEqualTo(MailFrequency.IMMEDIATE);
            assertThat(digests).as("the demo participants' goals are due for their evaluation").isGreaterThanOrEqualTo(5);
            send();
            assertThat(smtp.awaitReceived(digests, Duration.ofSeconds(10))).isTrue();
            List<MimeMessage> received = smtp.received();
            assertThat(received).extracting(MimeMessage::getSubject).contains("Je Kopgroep-overzicht");
            assertThat(digest.run()).as("the day's digest went once").isZero();
        } finally {
            transactions.executeWithoutResult(status -> {
                preferences.set(coach, MailTopic.REFLECTIONS_WAITING, MailFrequency.DAILY);
                preferences.set(participant, MailTopic.FEEDBACK, MailFrequency.DAILY);
            });
        }
    }

    private void send() {
        while (worker.sendDue() > 0) {
            // until nothing is due
        }
    }
}
