package nl.kopgroep.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.EntryForm;
import nl.kopgroep.journal.FeedbackMessage;
import nl.kopgroep.journal.JournalService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.journal.Visibility;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The coach's queue, feedback threads, rubric, library and private notes — and who never sees them. */
@KopgroepTest
@Transactional
class ReviewServiceTest {

    private static final String OTHER_COACH = "a.elamrani@voorbeeldstad.nl";
    private static final String FELLOW = "daan.jansen@voorbeeldstad.nl";

    @Autowired nl.kopgroep.journal.FeedbackService feedback;
    @Autowired nl.kopgroep.journal.EntryReadingService reading;
    @Autowired ReviewService review;
    @Autowired JournalService journal;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    private ReflectionId forCoach;
    private ReflectionId forGroup;
    private ReflectionId mine;
    private UserId sanne;

    @BeforeEach
    void sanneSharesTwoEntries() {
        as(DemoUsers.PARTICIPANT);
        forCoach = journal.save(entry("Lastig gesprek", Visibility.COACH));
        forGroup = journal.save(entry("Wijktafel", Visibility.GROUP));
        mine = journal.save(entry("Privé", Visibility.PRIVATE));
        sanne = new UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(DemoUsers.PARTICIPANT)
                .query(Long.class).single());
        DemoUsers.signOut();
    }

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void queueHoldsWhatMyCoacheesSharedUntilIMarkItReviewed() {
        as(DemoUsers.COACH);
        assertThat(review.queue(null)).extracting(q -> q.entry().id()).contains(forCoach, forGroup).doesNotContain(mine);
        assertThat(review.queue(sanne)).allSatisfy(q -> assertThat(q.entry().authorId()).isEqualTo(sanne));

        review.markReviewed(forCoach, Depth.ANALYSING);
        assertThat(review.queue(null)).extracting(q -> q.entry().id()).doesNotContain(forCoach).contains(forGroup);
        assertThat(review.myDepth(forCoach)).contains(Depth.ANALYSING);
        assertThatThrownBy(() -> review.markReviewed(mine, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDemoCoachQueuesLookLikeCoachesWhoKeepUp() {
        for (String coach : List.of(DemoUsers.COACH, "a.elamrani@voorbeeldstad.nl")) {
            as(coach);
            List<QueueItem> queue = review.queue(null);
            assertThat(queue).as("recent entries wait for %s", coach).isNotEmpty();
            assertThat(queue).allSatisfy(item -> assertThat(item.waitingDays()).as(item.entry().title())
                    .isLessThanOrEqualTo(14));
        }
    }

    @Test
    void anotherCoachNeitherQueuesNorReviewsSomeoneElsesCoachee() {
        as(OTHER_COACH);
        assertThat(review.queue(null)).extracting(q -> q.entry().id()).doesNotContain(forCoach, forGroup);
        assertThatThrownBy(() -> review.markReviewed(forCoach, Depth.DESCRIBING)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.notes(sanne)).isInstanceOf(NotFoundException.class);
        as(DemoUsers.LINDENDAL_COACH);
        assertThat(review.queue(null)).extracting(q -> q.entry().id()).doesNotContain(forCoach, forGroup);
    }

    @Test
    void feedbackIsAConversationBetweenAuthorAndCoachOnly() {
        as(DemoUsers.COACH);
        feedback.addFeedback(forGroup, "Mooi dat je de bewoners zelf aan het woord liet. Wat deed dat met jou?");
        as(DemoUsers.PARTICIPANT);
        feedback.addFeedback(forGroup, "Het maakte me onzeker, eerlijk gezegd.");
        assertThat(feedback.thread(forGroup)).extracting(FeedbackMessage::writerName, FeedbackMessage::fromAuthor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Marieke Jansen", false),
                        org.assertj.core.groups.Tuple.tuple("Sanne de Vries", true));

        as(FELLOW);
        assertThat(reading.read(forGroup).title()).as("the group reads the entry").isEqualTo("Wijktafel");
        assertThatThrownBy(() -> feedback.thread(forGroup)).as("but not the conversation").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feedback.addFeedback(forGroup, "Ik ook!")).isInstanceOf(NotFoundException.class);
        as(OTHER_COACH);
        assertThatThrownBy(() -> feedback.thread(forGroup)).isInstanceOf(NotFoundException.class);
        for (String email : new String[] {DemoUsers.MANAGER, DemoUsers.ADMIN}) {
            as(email);
            assertThatThrownBy(() -> feedback.thread(forGroup)).as(email).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void coachNotesAreForThatCoachAlone() {
        as(DemoUsers.COACH);
        review.addNote(sanne, "Testnotitie: vraagt om een tweede gesprek met de corporatie.");
        assertThat(review.notes(sanne)).first().satisfies(n -> assertThat(n.body()).startsWith("Testnotitie"));
        assertThatThrownBy(() -> review.addNote(sanne, "  ")).isInstanceOf(DomainException.class)
                .hasMessage("review.textRequired");
        as(OTHER_COACH);
        assertThatThrownBy(() -> review.notes(sanne)).isInstanceOf(NotFoundException.class);
        for (String email : new String[] {DemoUsers.PARTICIPANT, DemoUsers.MANAGER, DemoUsers.ADMIN}) {
            as(email);
            assertThatThrownBy(() -> review.notes(sanne)).as(email).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void commentLibraryBelongsToOneCoach() {
        as(DemoUsers.COACH);
        review.addComment("Testopmerking: welke rol van de gemeente zie je hier?");
        CommentTemplate comment = review.comments().stream()
                .filter(c -> c.body().startsWith("Testopmerking")).findFirst().orElseThrow();
        as(OTHER_COACH);
        assertThat(review.comments()).extracting(CommentTemplate::body).doesNotContain(comment.body());
        assertThatThrownBy(() -> review.removeComment(comment.id())).isInstanceOf(NotFoundException.class);
        as(DemoUsers.COACH);
        review.removeComment(comment.id());
        assertThat(review.comments()).extracting(CommentTemplate::id).doesNotContain(comment.id());
    }

    private void as(String email) {
        DemoUsers.signIn(users, email);
    }

    private static EntryForm entry(String title, Visibility visibility) {
        return new EntryForm(null, title, "Tekst van " + title + ".", visibility, null, null, null, null);
    }
}
