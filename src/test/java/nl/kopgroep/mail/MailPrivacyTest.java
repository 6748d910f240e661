package nl.kopgroep.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.CheckInForm;
import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.goals.GoalService;
import nl.kopgroep.goals.GoalStatus;
import nl.kopgroep.goals.GoalView;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.FeedbackService;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.organisation.PasswordRecoveryService;
import nl.kopgroep.review.ReviewService;
import nl.kopgroep.security.NewDeviceSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No mail ever carries what a person wrote. Unique markers go into an entry's title and text, feedback and an answer,
 * a check-in's explanation and evidence, goal comments and a coach's note; then every producer runs — the journal and
 * goal events, each feature's reminders, the digest — once with every topic "immediately" (a mail per notice) and
 * once as the daily digest; the account flows (a password-recovery link, a sign-in from a new device) go too. No received mail (subject, plain text, HTML, any header) holds a marker, and every
 * {@link MailTopic} must have been seen, so a new topic without a producer in this test fails it.
 */
@KopgroepTest
class MailPrivacyTest {

    @Autowired JournalService journal;
    @Autowired FeedbackService feedback;
    @Autowired GoalService goals;
    @Autowired GoalConversationService goalConversation;
    @Autowired ReviewService review;
    @Autowired PasswordRecoveryService recovery;
    @Autowired ApplicationEventPublisher events;
    @Autowired ReminderJob reminders;
    @Autowired DigestJob digest;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailPreferences preferences;
    @Autowired MailSettings settings;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired nl.kopgroep.sessions.SessionPlanningService sessionPlanning;
    @Autowired nl.kopgroep.sessions.SessionService sessions;
    @Autowired nl.kopgroep.sessions.SessionHostingService sessionHosting;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> markers = new ArrayList<>();
    private final List<ReflectionId> entries = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
        entries.forEach(journal::delete);
        DemoUsers.signOut();
        // The sessions this test planned (their sign-ups and cases go with them), and the bell items pointing at them.
        jdbc.sql("DELETE FROM notification WHERE target_kind = 'SESSION' AND target_id IN "
                + "(SELECT id FROM planned_session WHERE title = ?)").param("Casusworkshop " + run).update();
        jdbc.sql("DELETE FROM planned_session WHERE title = ?").param("Casusworkshop " + run).update();
        everyone(MailFrequency.DAILY);
    }

    private String marker(String where) {
        String marker = "PRIVE" + where.toUpperCase() + run;
        markers.add(marker);
        return marker;
    }

    @Test
    void noMailCarriesWhatSomeoneWrote() throws Exception {
        LocalDate weekly = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(settings.weeklyDigestDay()));
        digest.run(weekly);
        send();
        smtp.clear();
        // Every reminder may be noted again in this test, whatever ran before in this database.
        jdbc.sql("DELETE FROM mail_notice").update();

        List<MimeMessage> received = new ArrayList<>();
        everyone(MailFrequency.IMMEDIATE);
        Set<MailTopic> seen = EnumSet.noneOf(MailTopic.class);
        for (MailTopic topic : MailTopic.values()) {
            trigger(topic);
        }
        send();
        received.addAll(smtp.received());
        seen.addAll(topicsOf(smtp.received()));
        smtp.clear();

        everyone(MailFrequency.DAILY);
        jdbc.sql("DELETE FROM mail_notice").update();
        for (MailTopic topic : MailTopic.values()) {
            trigger(topic);
        }
        assertThat(digest.run(weekly)).isPositive();
        send();
        List<MimeMessage> digests = smtp.received();
        assertThat(digests).extracting(MimeMessage::getSubject).contains("Je Kopgroep-overzicht");
        received.addAll(digests);

        assertThat(received).hasSizeGreaterThan(10);
        assertThat(markers).hasSizeGreaterThanOrEqualTo(9);
        for (MimeMessage mail : received) {
            String everything = everything(mail);
            for (String marker : markers) {
                assertThat(everything).as("mail '%s' to %s", mail.getSubject(), mail.getAllRecipients()[0])
                        .doesNotContain(marker);
            }
        }
        List<String> stored = jdbc.sql("SELECT CONCAT_WS('|', line_key, arg1, arg2, link_path) FROM mail_notice")
                .query(String.class).list();
        for (String marker : markers) {
            assertThat(stored).noneMatch(line -> line.contains(marker));
        }
        for (MailTopic topic : MailTopic.values()) {
            assertThat(seen).as("a mail of topic %s was produced and checked", topic).contains(topic);
        }
    }

    /** Makes the producers of this topic write: an exhaustive switch, so a new topic does not compile without a case. */
    private void trigger(MailTopic topic) {
        LocalDate today = LocalDate.now(clock);
        switch (topic) {
            case ACCOUNT -> {
                // Earlier tests may have used up the recovery requests of this (test) client address.
                jdbc.sql("DELETE FROM request_throttle").update();
                DemoUsers.signInAnonymously();
                recovery.request(DemoUsers.PARTICIPANT);
                DemoUsers.signOut();
            }
            case NEW_DEVICE_SIGN_IN -> transactions.executeWithoutResult(status ->
                    events.publishEvent(new NewDeviceSignIn(participant(), "Firefox op Windows", clock.instant())));
            case REFLECTIONS_WAITING -> {
                DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
                ReflectionId entry = journal.save(new EntryForm(null, marker("title"), "Vandaag " + marker("text") + ".",
                        Visibility.COACH, null, null, null, null));
                entries.add(entry);
                DemoUsers.signIn(users, DemoUsers.COACH);
                feedback.addFeedback(entry, "Vraag: " + marker("feedback"));
                review.addNote(participant(), "Notitie " + marker("coachnote"));
                DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
                feedback.addFeedback(entry, "Antwoord: " + marker("answer"));
                DemoUsers.signOut();
                reminders.run(today.plusDays(settings.nudgeAfterDays() + 1L));
            }
            case FEEDBACK -> {
                DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
                GoalView goal = goals.myGoals().getFirst();
                goals.checkIn(new CheckInForm(goal.id(), GoalStatus.OFF_TRACK, 2, "Uitleg " + marker("explanation"),
                        "Bewijs " + marker("evidence"), Map.of(), Map.of()));
                goalConversation.comment(goal.id(), "Eigen " + marker("owncomment"));
                DemoUsers.signIn(users, DemoUsers.COACH);
                goalConversation.comment(goal.id(), "Coach " + marker("goalcomment"));
                DemoUsers.signOut();
            }
            case CHECK_IN_DUE, EVALUATION_DUE -> reminders.run(today.plusDays(45));
            case MODULE_OPENS -> reminders.run(moduleOpens().minusDays(2));
            case LESSONS_BEHIND -> reminders.run(moduleOpens().plusDays(25));
            case DASHBOARD_UPDATE -> reminders.run(YearMonth.from(today.minusDays(10)).plusMonths(1).atDay(1));
            case PLANNING_MOMENTS -> reminders.run(LocalDate.of(today.getYear() + 6, 8, 25));
            case SESSIONS -> {
                // A casusworkshop with a participant's case and the harvest's notes: a change and the harvest are
                // announced to the participant with the session's title only.
                DemoUsers.signIn(users, DemoUsers.ADMIN);
                java.time.Instant start = clock.instant().plus(java.time.Duration.ofDays(20));
                nl.kopgroep.sessions.SessionForm form = nl.kopgroep.sessions.SessionForm.of(
                        nl.kopgroep.sessions.SessionKind.CASUSWORKSHOP, "Casusworkshop " + run, start,
                        start.plus(java.time.Duration.ofHours(2)), 12);
                form.setAudienceType(nl.kopgroep.sessions.AudienceType.MUNICIPALITY);
                form.setAudienceId(jdbc.sql("SELECT organisation_id FROM app_user WHERE email = ?")
                        .param(DemoUsers.PARTICIPANT).query(Long.class).single());
                form.setPlace("Stadhuis");
                nl.kopgroep.sessions.SessionId session = sessionPlanning.plan(form);
                DemoUsers.signIn(users, DemoUsers.PARTICIPANT);
                sessions.signUp(session);
                sessions.submitCase(session, new nl.kopgroep.sessions.CaseForm("Situatie " + marker("casesituation"),
                        "Vraag " + marker("casequestion"), null));
                DemoUsers.signIn(users, DemoUsers.ADMIN);
                form.setPlace("Raadzaal");
                sessionPlanning.update(session, form);
                sessionHosting.saveNotes(session, "Oogst " + marker("harvest"));
                DemoUsers.signOut();
            }
        }
    }

    private UserId participant() {
        return new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT).query(Long.class).single());
    }

    /** When the demo participant's cohort opens its last module. */
    private LocalDate moduleOpens() {
        long cohort = jdbc.sql("SELECT cohort_id FROM cohort_member WHERE user_id = ? AND member_role = 'PARTICIPANT'")
                .param(participant().value()).query(Long.class).list().getFirst();
        LocalDate start = jdbc.sql("SELECT start_date FROM cohort WHERE id = ?").param(cohort).query(LocalDate.class).single();
        int from = jdbc.sql("""
                        SELECT COALESCE(w.window_from, m.window_from) FROM programme_module m
                        LEFT JOIN cohort_module_window w ON w.module_id = m.id AND w.cohort_id = ?
                        WHERE m.retired = FALSE ORDER BY m.position DESC LIMIT 1""")
                .param(cohort).query(Integer.class).single();
        return start.plusMonths(from - 1L);
    }

    /** The demo participant, coach and manager take every topic at this frequency (where the topic allows it). */
    private void everyone(MailFrequency frequency) {
        List<Long> people = jdbc.sql("SELECT id FROM app_user WHERE email IN (?, ?, ?)")
                .params(DemoUsers.PARTICIPANT, DemoUsers.COACH, DemoUsers.MANAGER).query(Long.class).list();
        transactions.executeWithoutResult(status -> {
            for (long person : people) {
                for (MailTopic topic : MailTopic.values()) {
                    if (topic.allows(frequency)) {
                        preferences.set(new UserId(person), topic, frequency);
                    }
                }
            }
        });
    }

    private void send() {
        while (worker.sendDue() > 0) {
            // until nothing is due
        }
    }

    private Set<MailTopic> topicsOf(List<MimeMessage> mails) throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage mail : mails) {
            ids.add(mail.getMessageID());
        }
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<MailTopic> topics = EnumSet.noneOf(MailTopic.class);
        jdbc.sql("SELECT DISTINCT topic FROM mail_outbox WHERE message_id IN (:ids)").param("ids", ids)
                .query(String.class).list().forEach(topic -> topics.add(MailTopic.valueOf(topic)));
        return topics;
    }

    private static String everything(MimeMessage mail) throws Exception {
        StringBuilder all = new StringBuilder(String.valueOf(mail.getSubject())).append('\n');
        for (Header header : Collections.list(mail.getAllHeaders())) {
            all.append(header.getName()).append(": ").append(header.getValue()).append('\n');
        }
        all.append(EmbeddedMailServer.part(mail, "text/plain")).append('\n').append(EmbeddedMailServer.part(mail, "text/html"));
        return all.toString();
    }
}
