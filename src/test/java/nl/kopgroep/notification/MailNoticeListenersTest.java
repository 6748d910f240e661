package nl.kopgroep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.UserId;
import nl.kopgroep.goals.CoacheeGoalService;
import nl.kopgroep.goals.GoalConversationService;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.FeedbackService;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import nl.kopgroep.mail.DigestJob;
import nl.kopgroep.mail.EmbeddedMailServer;
import nl.kopgroep.mail.MailFrequency;
import nl.kopgroep.mail.MailPreferences;
import nl.kopgroep.mail.MailTopic;
import nl.kopgroep.mail.OutboxWorker;
import nl.kopgroep.organisation.OrganisationDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journal and goal events become mail notices in the event's transaction: a share and an answer for the coach, feedback
 * and a coach's goal comment for the participant; a deleted entry takes its notice along; names and links only.
 */
@KopgroepTest
class MailNoticeListenersTest {

    @Autowired JournalService journal;
    @Autowired FeedbackService feedback;
    @Autowired GoalConversationService goalConversation;
    @Autowired CoacheeGoalService coacheeGoals;
    @Autowired DigestJob digest;
    @Autowired OutboxWorker worker;
    @Autowired EmbeddedMailServer smtp;
    @Autowired MailPreferences preferences;
    @Autowired OrganisationDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void eventsBecomeOneDigestLineEachForTheOtherSide() throws Exception {
        UserId participant = directory.accountByEmail(DemoUsers.PARTICIPANT).orElseThrow();
        UserId coach = directory.accountByEmail(DemoUsers.COACH).orElseThrow();
        transactions.executeWithoutResult(status -> {
            preferences.set(participant, MailTopic.FEEDBACK, MailFrequency.DAILY);
            preferences.set(coach, MailTopic.REFLECTIONS_WAITING, MailFrequency.DAILY);
        });
        LocalDate day = LocalDate.now(clock).plusDays(1);
        digest.run(day.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)));
        while (worker.sendDue() > 0) {
            // empty the outbox
        }
        smtp.clear();

        as(DemoUsers.PARTICIPANT);
        ReflectionId shared = journal.save(entry("Geheime titel over de wethouder", Visibility.COACH));
        ReflectionId gone = journal.save(entry("Toch maar niet", Visibility.COACH));
        journal.delete(gone);
        try {
            as(DemoUsers.COACH);
            feedback.addFeedback(shared, "Wat nam je mee?");
            long goal = coacheeGoals.goalsOf(participant).getFirst().id();
            goalConversation.comment(goal, "Mooie stap.");
            as(DemoUsers.PARTICIPANT);
            feedback.addFeedback(shared, "Dat ik moet doorvragen.");
            goalConversation.comment(goal, "Dank je.");

            digest.run(day.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? day.plusDays(1) : day);
            while (worker.sendDue() > 0) {
                // send
            }
            assertThat(smtp.awaitReceived(2, Duration.ofSeconds(5))).isTrue();
            String coachName = directory.displayName(coach);
            String toCoach = text(smtp.received(), DemoUsers.COACH);
            assertThat(toCoach).contains("Sanne de Vries deelde een reflectie met je",
                    "Sanne de Vries reageerde op je feedback bij een reflectie",
                    "http://localhost:8080/coach/notitie/" + shared.value())
                    .doesNotContain("/coach/notitie/" + gone.value(), "Geheime", "doorvragen");
            String toParticipant = text(smtp.received(), DemoUsers.PARTICIPANT);
            assertThat(toParticipant).contains(coachName + " gaf feedback op je reflectie",
                    "http://localhost:8080/dagboek/" + shared.value(),
                    coachName + " schreef een opmerking bij een van je doelen", "http://localhost:8080/doelen")
                    .doesNotContain("Mooie stap", "Wat nam je mee", "Geheime");
            assertThat(toParticipant.split("schreef een opmerking", -1)).as("her own comment is no news to her").hasSize(2);
        } finally {
            as(DemoUsers.PARTICIPANT);
            journal.delete(shared);
        }
    }

    private static String text(List<MimeMessage> mails, String address) throws Exception {
        for (MimeMessage mail : mails) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                return mail.getSubject() + "\n" + EmbeddedMailServer.part(mail, "text/plain");
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static EntryForm entry(String title, Visibility visibility) {
        return new EntryForm(null, title, "Tekst bij " + title + ".", visibility, null, null, null, null);
    }
}
