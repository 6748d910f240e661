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
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
            assertThat(n.target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, shared.value()));
        });
        feedback.addFeedback(shared, "Wat nam je mee uit dat gesprek?");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        as("a.elamrani@voorbeeldstad.nl");
        assertThat(notifications.recent()).extracting(NotificationItem::target)
                .doesNotContain(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, shared.value()));

        as(DemoUsers.PARTICIPANT);
        assertThat(notifications.recent().getFirst().kind()).isEqualTo(NotificationKind.FEEDBACK_RECEIVED);
        assertThat(notifications.recent().getFirst().target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.OWN_ENTRY, shared.value()));
        feedback.addFeedback(shared, "Dat ik eerder moet doorvragen.");

        as(DemoUsers.COACH);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent().getFirst().kind()).isEqualTo(NotificationKind.ANSWER_RECEIVED);
        assertThat(notifications.recent().getFirst().target()).isEqualTo(new NotificationTarget(NotificationTarget.Kind.COACHEE_ENTRY, shared.value()));
    }

    /** A title is often the first words of a private text: no notification carries it, in any language. */
    @Test
    void aNotificationNamesThePersonAndNeverTheTitle() {
        as(DemoUsers.PARTICIPANT);
        ReflectionId shared = journal.save(entry("Mijn twijfel over de reorganisatie", Visibility.COACH));
        as(DemoUsers.COACH);
        NotificationItem item = notifications.recent().stream()
                .filter(n -> n.target() != null && n.target().id() == shared.value()).findFirst().orElseThrow();
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.of("nl"), java.util.Locale.ENGLISH)) {
            String text = nl.kopgroep.base.Messages.text(item.kind().messageKey(), locale, item.actorName());
            assertThat(text).contains("Sanne de Vries").doesNotContain("twijfel", "reorganisatie", "{");
        }
        assertThat(nl.kopgroep.base.Messages.text(item.kind().messageKey(), java.util.Locale.of("nl"), item.actorName()))
                .isEqualTo("Nieuwe reflectie van Sanne de Vries");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'notification' AND column_name = 'subject'").query(Integer.class).single())
                .as("no column left to hold a title").isZero();
    }

    @Test
    void notificationsGoWhenTheEntryIsDeleted() {
        as(DemoUsers.PARTICIPANT);
        ReflectionId shared = journal.save(entry("Na de raadsvergadering", Visibility.GROUP));
        as(DemoUsers.COACH);
        feedback.addFeedback(shared, "Mooi verwoord.");
        assertThat(about(shared)).as("the coach's and the author's").isEqualTo(2);

        as(DemoUsers.PARTICIPANT);
        journal.delete(shared);
        assertThat(about(shared)).isZero();
    }

    @Test
    void notificationsGoWhenTheEntryIsMadePrivate() {
        as(DemoUsers.PARTICIPANT);
        ReflectionId shared = journal.save(entry("Over mijn leidinggevende", Visibility.COACH));
        ReflectionId other = journal.save(entry("Een andere", Visibility.COACH));
        assertThat(about(shared)).isEqualTo(1);

        EntryForm form = journal.edit(shared);
        journal.save(new EntryForm(shared, form.title(), form.body(), Visibility.PRIVATE, null, null, null, form.baseVersion()));
        assertThat(about(shared)).as("made private: the coach's notification is gone").isZero();
        assertThat(about(other)).as("another entry's stays").isEqualTo(1);
    }

    private int about(ReflectionId entry) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE target_id = ? AND target_kind IN ('OWN_ENTRY', 'COACHEE_ENTRY')")
                .param(entry.value()).query(Integer.class).single();
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static EntryForm entry(String title, Visibility visibility) {
        return new EntryForm(null, title, "Tekst bij " + title + ".", visibility, null, null, null, null);
    }
}
