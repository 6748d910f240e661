package nl.kopgroep.goals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.UserId;
import nl.kopgroep.organisation.OrganisationDirectory;
import nl.kopgroep.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The comments under a goal: between its owner and the owner's coaches, nobody else. */
@Service
@PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
@Transactional
public class GoalConversationService {

    static final int MAX_COMMENT = 5000;

    private final GoalHistoryStore history;
    private final GoalAccess access;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GoalConversationService(GoalHistoryStore history, GoalAccess access, OrganisationDirectory directory, CurrentUser currentUser,
                            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.history = history;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The comments under a goal: for its owner and the owner's coaches only. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public List<GoalComment> comments(long goal) {
        return comments(List.of(goal)).get(goal);
    }

    /**
     * The comments under each of these goals, for a page of goal cards in three statements (issue 16: one per card
     * before); every goal must be one the signed-in person may converse on, else nothing is returned. A goal without
     * comments maps to an empty list.
     */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    @Transactional(readOnly = true)
    public Map<Long, List<GoalComment>> comments(java.util.Collection<Long> goals) {
        if (goals.isEmpty()) {
            return Map.of();
        }
        access.conversable(goals);
        Map<Long, List<GoalHistoryStore.Comment>> comments = history.comments(goals);
        Map<UserId, String> names = directory.displayNames(comments.values().stream().flatMap(List::stream)
                .map(GoalHistoryStore.Comment::author).filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, List<GoalComment>> result = new java.util.HashMap<>();
        for (Long goal : goals) {
            result.put(goal, comments.getOrDefault(goal, List.of()).stream().map(c -> new GoalComment(
                    c.author() == null ? "" : names.getOrDefault(c.author(), ""), c.body(), c.at())).toList());
        }
        return result;
    }

    /** A coach comments on a coachee's goal, or the participant answers. */
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'COACH')")
    public void comment(long goal, String text) {
        Goal row = access.conversable(goal);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DomainException("review.textRequired");
        }
        if (body.length() > MAX_COMMENT) {
            throw new DomainException("review.textTooLong", MAX_COMMENT);
        }
        history.comment(row.id(), currentUser.id().value(), body, clock.instant());
        events.publishEvent(new GoalCommented(row.id(), row.ownerId(), currentUser.id(), currentUser.require().displayName()));
    }
}
