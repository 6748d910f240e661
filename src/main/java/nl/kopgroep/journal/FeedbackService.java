package nl.kopgroep.journal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.CohortService;
import nl.kopgroep.organisation.Person;
import nl.kopgroep.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation under an entry: the coach's feedback and the author's answers, for the author
 * and the author's coaches only — never the group, a manager or an admin.
 */
@Service
@PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
@Transactional
public class FeedbackService {

    static final int MAX_MESSAGE = 5000;

    private final FeedbackLog feedback;
    private final EntryAccess access;
    private final CohortService cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FeedbackService(FeedbackLog feedback, EntryAccess access, CohortService cohorts, CurrentUser currentUser,
                    Clock clock, ApplicationEventPublisher events) {
        this.feedback = feedback;
        this.access = access;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The messages under an entry, oldest first. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public List<FeedbackMessage> thread(ReflectionId id) {
        Reflection reflection = access.conversable(id);
        List<FeedbackLog.Message> messages = feedback.of(reflection.id());
        Map<UserId, String> names = access.names(messages.stream().map(FeedbackLog.Message::writer)
                .filter(java.util.Objects::nonNull).toList());
        return messages.stream().map(m -> new FeedbackMessage(m.writer() == null ? "" : names.getOrDefault(m.writer(), ""),
                reflection.authorId().equals(m.writer()), m.body(), m.at())).toList();
    }

    /** Adds to the conversation: the coach's feedback, or the author's answer. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public void addFeedback(ReflectionId id, String text) {
        Reflection reflection = access.conversable(id);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("journal.feedbackRequired");
        }
        if (body.length() > MAX_MESSAGE) {
            throw new DomainException("journal.feedbackTooLong", MAX_MESSAGE);
        }
        feedback.add(reflection.id(), currentUser.id(), body, clock.instant());
        boolean byAuthor = reflection.authorId().equals(currentUser.id());
        List<UserId> recipients = byAuthor
                ? cohorts.myCohort().map(c -> c.myCoaches().stream().map(Person::id).toList()).orElse(List.of())
                : List.of(reflection.authorId());
        events.publishEvent(new FeedbackAdded(reflection.id(), currentUser.require().displayName(),
                !byAuthor, recipients));
    }
}
