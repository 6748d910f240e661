package nl.kopgroep.notification;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The bell rings both ways: a coach for a newly shared entry, a participant for feedback, a coach for the answer. */
@KopgroepTest
@Transactional
class NotificationServiceTest {

    @Autowired NotificationService notifications;
    @Autowired JournalService journal;
    @Autowired nl.kopgroep.journal.FeedbackService feedback;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void sharingFeedbackAndAnsweringNotifyTheOtherSide() {
        as(DemoUsers.COACH);
        notifications.markAllRead();
        as(DemoUsers.PARTICIPANT);
        notifications.markAllRead();

        journal.save(entry("Alleen voor mij", Visibility.PRIVATE));
        ReflectionId shared = journal.save(entry("Na het college", Visibility.COACH));
        EntryForm again = journal.edit(shared);
        journal.save(new EntryForm(shared, again.title(), again.body() + " Aangevuld.", again.visibility(), null, null,
                null, again.baseVersion()));

        as(DemoUsers.COACH);
        assertThat(notifications.unreadCount()).as("one for the shared entry, none for private or an edit").isEqualTo(1);
        assertThat(notifications.recent().getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ENTRY_SHARED);
            assertThat(n.actorName()).isEqualTo("Sanne de Vries");
            assertThat(n.subject()).isEqualTo("Na het college");
            assertThat(n.target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, shared.value()));
        });
        feedback.addFeedback(shared, "Wat nam je mee uit dat gesprek?");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        as("a.elamrani@voorbeeldstad.nl");
        assertThat(notifications.recent()).extracting(NotificationItem::subject).doesNotContain("Na het college");

        as(DemoUsers.PARTICIPANT);
        assertThat(notifications.recent().getFirst().kind()).isEqualTo(NotificationKind.FEEDBACK_RECEIVED);
        assertThat(notifications.recent().getFirst().target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.OWN_ENTRY, shared.value()));
        feedback.addFeedback(shared, "Dat ik eerder moet doorvragen.");

        as(DemoUsers.COACH);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent().getFirst().kind()).isEqualTo(NotificationKind.ANSWER_RECEIVED);
        assertThat(notifications.recent().getFirst().target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, shared.value()));
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static EntryForm entry(String title, Visibility visibility) {
        return new EntryForm(null, title, "Tekst bij " + title + ".", visibility, null, null, null, null);
    }
}
