package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DbTime;
import nl.kopgroep.base.UserId;
import nl.kopgroep.privacy.ErasureSubject;
import nl.kopgroep.privacy.PersonalDataExport;
import nl.kopgroep.privacy.RetentionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail in a person's data: exported without any mail text, erased whole, old delivered notices forgotten. */
@KopgroepTest
class MailPersonalDataTest {

    @Autowired MailPersonalData part;
    @Autowired MailOutbox outbox;
    @Autowired MailNotices notices;
    @Autowired MailPreferences preferences;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailRecipients recipients;
    @Autowired UnsubscribeTokens tokens;
    @Autowired TransactionTemplate transactions;
    @Autowired RetentionSettings retention;
    @Autowired MailSettings settings;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private MailRecipient participant;
    private MailRecipient coach;

    @BeforeEach
    void plant() {
        worker.sendDue();
        participant = recipient(DemoUsers.PARTICIPANT);
        coach = recipient(DemoUsers.COACH);
        forget();
        transactions.executeWithoutResult(status -> {
            preferences.set(participant.id(), MailTopic.FEEDBACK, MailFrequency.WEEKLY);
            outbox.send(participant, MailTopic.MODULE_OPENS, MailContent.subject("mail.topic.module_opens")
                    .paragraph("mail.topic.module_opens.description").action("mail.action.open", "/programma")
                    .reason("mail.reason.module_opens").build());
            notices.note(participant, MailTopic.CHECK_IN_DUE, Notice.of("mail.topic.check_in_due", "/doelen"));
            notices.note(coach, MailTopic.REFLECTIONS_WAITING,
                    Notice.of("mail.topic.reflections_waiting", "/coach", participant.name()));
            notices.note(coach, MailTopic.REFLECTIONS_WAITING,
                    Notice.of("mail.topic.reflections_waiting", "/coach", participant.name()).once("test:kept"));
        });
        // The once-only notice went into an earlier digest; the other still waits.
        jdbc.sql("UPDATE mail_notice SET delivered_at = ? WHERE recipient_id = ? AND dedupe_key = 'test:kept'")
                .param(DbTime.utc(clock.instant())).param(coach.id().value()).update();
        worker.sendDue();
    }

    @AfterEach
    void forget() {
        DemoUsers.signOut();
        for (MailRecipient person : List.of(participant, coach)) {
            long id = person.id().value();
            jdbc.sql("DELETE FROM mail_outbox WHERE recipient_id = ?").param(id).update();
            jdbc.sql("DELETE FROM mail_notice WHERE recipient_id = ?").param(id).update();
            jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(id).update();
        }
    }

    private MailRecipient recipient(String email) {
        return recipients.find(new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email)
                .query(Long.class).single())).orElseThrow();
    }

    private Map<String, List<Map<String, Object>>> exportOf(String email) {
        DemoUsers.signIn(users, email);
        Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
        part.exportMine((kind, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            rows.forEach(list::add);
            kinds.put(kind, list);
        });
        return kinds;
    }

    @Test
    void theExportHoldsPreferencesNoticesAndMailsButNeverAMailsText() {
        Map<String, List<Map<String, Object>>> mine = exportOf(DemoUsers.PARTICIPANT);
        assertThat(mine.get("mail.preferences")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("topic", "FEEDBACK").containsEntry("frequency", "WEEKLY"));
        assertThat(mine.get("mail.notices")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("topic", "CHECK_IN_DUE"));
        assertThat(mine.get("mail.sent")).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("subject", "Modules die opengaan").containsEntry("status", "SENT")
                    .containsEntry("address", participant.address()).containsKey("sentAt");
            assertThat(row.keySet()).noneMatch(key -> key.toLowerCase().contains("body") || key.equals("text"));
        });
        assertThat(mine.toString()).doesNotContain("Beste ", "http://");
        assertThat(exportOf(DemoUsers.COACH).get("mail.sent")).as("nothing of another person").isEmpty();
    }

    @Test
    void erasureRemovesAllTheirRowsAndTheirNameFromWhatOthersGet() {
        tokens.tokenFor(participant.id(), MailTopic.FEEDBACK);
        ErasureSubject subject = new ErasureSubject(participant.id(), participant.organisation(), participant.name(),
                participant.address(), false, clock.instant());
        assertThat(part.erasureCounts(subject)).containsEntry("mail.sent", 1L).containsEntry("mail.notices", 1L)
                .containsEntry("mail.preferences", 1L);

        part.erase(subject);

        assertThat(part.erasureCounts(subject)).containsEntry("mail.sent", 0L).containsEntry("mail.notices", 0L)
                .containsEntry("mail.preferences", 0L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_subscriber WHERE user_id = ?").param(participant.id().value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ? AND delivered_at IS NULL")
                .param(coach.id().value()).query(Long.class).single()).as("a line still waiting that names them goes").isZero();
        assertThat(jdbc.sql("SELECT arg1 FROM mail_notice WHERE recipient_id = ?").param(coach.id().value())
                .query(String.class).list()).as("the kept once-only line loses the name").singleElement().isEqualTo("");
    }

    @Test
    void retentionForgetsOldDeliveredNoticesAndKeepsWaitingOnes() {
        jdbc.sql("UPDATE mail_notice SET delivered_at = ? WHERE recipient_id = ?")
                .param(DbTime.utc(clock.instant().minus(settings.keepSent()).minusSeconds(60))).param(participant.id().value())
                .update();
        jdbc.sql("UPDATE mail_outbox SET sent_at = ? WHERE recipient_id = ? AND status = 'SENT'")
                .param(DbTime.utc(clock.instant().minus(settings.keepSent()).minusSeconds(60))).param(participant.id().value())
                .update();
        assertThat(part.applyRetention(retention, clock.instant())).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient_id = ?").param(participant.id().value())
                .query(Long.class).single()).as("a mail sent longer ago than keep-sent is forgotten").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ?").param(participant.id().value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_notice WHERE recipient_id = ? AND delivered_at IS NULL")
                .param(coach.id().value()).query(Long.class).single()).as("still waiting for the digest").isEqualTo(1);
    }
}
