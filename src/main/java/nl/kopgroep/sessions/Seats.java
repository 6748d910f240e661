package nl.kopgroep.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kopgroep.base.NotFoundException;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Seats and the waiting list. Every change takes the session's row lock first ({@code SELECT … FOR UPDATE} on
 * {@code planned_session}) and reads the sign-ups with locking reads, so under concurrent sign-ups the seats are
 * handed out one after the other and the capacity is never exceeded. Callers run inside their service's
 * transaction; the lock holds until it commits.
 */
@Component
class Seats {

    private final SessionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Seats(SessionStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Locks the session and returns its current row. */
    SessionRow lock(SessionId session) {
        if (!store.lock(session)) {
            throw new NotFoundException();
        }
        return store.find(session).orElseThrow(NotFoundException::new);
    }

    /** A seat if there is one, else the end of the waiting list; for someone not (or no longer) signed up. */
    SignupStatus take(SessionRow session, UserId person, @Nullable UserId invitedBy) {
        Instant now = clock.instant();
        Optional<Signup> existing = store.lockedSignup(session.id(), person);
        if (existing.isPresent() && (existing.get().status() == SignupStatus.CONFIRMED
                || existing.get().status() == SignupStatus.WAITING)) {
            return existing.get().status();
        }
        boolean seat = store.confirmed(session.id()) < session.capacity();
        SignupStatus status = seat ? SignupStatus.CONFIRMED : SignupStatus.WAITING;
        Integer position = seat ? null : store.nextPosition(session.id());
        if (existing.isPresent()) {
            store.reactivate(existing.get().id(), status, position, invitedBy, now);
        } else {
            store.insertSignup(session.id(), person, status, position, invitedBy, now);
        }
        return status;
    }

    /** Invites a colleague (team sign-up); someone already signed up or invited stays as they are. */
    boolean invite(SessionRow session, UserId colleague, UserId by) {
        Optional<Signup> existing = store.lockedSignup(session.id(), colleague);
        if (existing.isPresent() && existing.get().status() != SignupStatus.CANCELLED) {
            return false;
        }
        Instant now = clock.instant();
        if (existing.isPresent()) {
            store.reactivate(existing.get().id(), SignupStatus.INVITED, null, by, now);
        } else {
            store.insertSignup(session.id(), colleague, SignupStatus.INVITED, null, by, now);
        }
        return true;
    }

    /** Gives up the sign-up (or declines an invitation); a freed seat goes to the first on the waiting list. */
    void release(SessionRow session, Signup signup) {
        store.setStatus(signup.id(), SignupStatus.CANCELLED, null, clock.instant());
        if (signup.status() == SignupStatus.CONFIRMED) {
            moveUp(session);
        }
    }

    /** Fills free seats from the waiting list, in order; those who move up hear of it. */
    void moveUp(SessionRow session) {
        List<UserId> movedUp = new ArrayList<>();
        int confirmed = store.confirmed(session.id());
        while (confirmed < session.capacity()) {
            Optional<Signup> next = store.firstWaiting(session.id());
            if (next.isEmpty()) {
                break;
            }
            store.setStatus(next.get().id(), SignupStatus.CONFIRMED, null, clock.instant());
            movedUp.add(next.get().person());
            confirmed++;
        }
        if (!movedUp.isEmpty()) {
            events.publishEvent(new SessionEvent(SessionEvent.Type.MOVED_UP, session.id(), session.title(), movedUp));
        }
    }
}
