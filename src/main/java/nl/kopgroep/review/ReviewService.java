package nl.kopgroep.review;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.EntryReadingService;
import nl.kopgroep.journal.ReflectionId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's work: the queue of entries their own coachees shared, oldest first; marking an entry
 * reviewed with a depth on the rubric; a personal comment library; and private notes per coachee
 * that nobody else ever sees. Everything is scoped to the signed-in coach.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class ReviewService {

    static final int MAX_TEXT = 5000;

    private final EntryReadingService journal;
    private final CohortService cohorts;
    private final CoachNoteLog notes;
    private final ReviewMarkRepository marks;
    private final LibraryCommentRepository library;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(EntryReadingService journal, CohortService cohorts, CoachNoteLog notes, ReviewMarkRepository marks,
                  LibraryCommentRepository library, CurrentUser currentUser, Clock clock) {
        this.journal = journal;
        this.cohorts = cohorts;
        this.notes = notes;
        this.marks = marks;
        this.library = library;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Shared entries not yet reviewed by me, oldest first; optionally of one coachee. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<QueueItem> queue(@Nullable UserId coachee) {
        Set<Long> reviewed = marks.findByCoachId(currentUser.id().value()).stream().map(ReviewMark::reflectionId)
                .collect(Collectors.toSet());
        return journal.coacheeEntries().stream()
                .filter(e -> !reviewed.contains(e.id().value()))
                .filter(e -> coachee == null || e.authorId().equals(coachee))
                .map(e -> new QueueItem(e, Duration.between(e.updatedAt(), clock.instant()).toDays()))
                .sorted(Comparator.comparing((QueueItem q) -> q.entry().updatedAt()))
                .toList();
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<Person> coachees() {
        return cohorts.myCoachees().stream().map(c -> c.person()).distinct()
                .sorted(Comparator.comparing(Person::displayName)).toList();
    }

    /** Marks an entry of my coachee as reviewed; the depth on the rubric is optional. */
    @PreAuthorize("hasRole('COACH')")
    public void markReviewed(ReflectionId entry, @Nullable Depth depth) {
        if (!journal.reviewable(entry)) {
            throw new NotFoundException();
        }
        ReviewMark mark = marks.findByReflectionIdAndCoachId(entry.value(), currentUser.id().value())
                .orElseGet(() -> new ReviewMark(entry, currentUser.id()));
        mark.mark(depth, clock.instant());
        marks.save(mark);
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public Optional<Depth> myDepth(ReflectionId entry) {
        return marks.findByReflectionIdAndCoachId(entry.value(), currentUser.id().value()).map(ReviewMark::depth);
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<CommentTemplate> comments() {
        return library.findByCoachIdOrderByBodyAsc(currentUser.id().value()).stream().map(LibraryComment::toRecord).toList();
    }

    @PreAuthorize("hasRole('COACH')")
    public void addComment(String text) {
        String comment = required(text);
        if (comment.length() > 2000) {
            throw new DomainException("review.textTooLong", 2000);
        }
        library.save(new LibraryComment(currentUser.id(), comment, clock.instant()));
    }

    @PreAuthorize("hasRole('COACH')")
    public void removeComment(long id) {
        library.delete(library.findByIdAndCoachId(id, currentUser.id().value()).orElseThrow(NotFoundException::new));
    }

    /** My private notes about one of my coachees, newest first. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public List<CoachNote> notes(UserId coachee) {
        requireMyCoachee(coachee);
        return notes.notes(currentUser.id(), coachee);
    }

    @PreAuthorize("hasRole('COACH')")
    public void addNote(UserId coachee, String text) {
        requireMyCoachee(coachee);
        notes.addNote(currentUser.id(), coachee, required(text), clock.instant());
    }

    private void requireMyCoachee(UserId participant) {
        if (!cohorts.coachesParticipant(participant)) {
            throw new NotFoundException();
        }
    }

    private static String required(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new DomainException("review.textRequired");
        }
        if (value.length() > MAX_TEXT) {
            throw new DomainException("review.textTooLong", MAX_TEXT);
        }
        return value;
    }
}
